package io.liveops.console.incident.ui;

import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.Runbook;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.TimelineEntry;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected incident beside the board: what to do with it, the details the announcements use
 * (labelled, before the templates that use them), the templates, the timeline and the runbooks.
 */
final class IncidentDetailView extends ScrollPane {

    private final IncidentBoardViewModel vm;
    private final IncidentDetailViewModel detail;

    IncidentDetailView(IncidentBoardViewModel vm) {
        this.vm = vm;
        this.detail = vm.detail();
        getStyleClass().add("incident-detail");
        setId("incident-detail");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label heading = new Label("Select an incident");
        heading.setId("incident-detail-heading");
        heading.getStyleClass().add("incident-detail-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            Incident i = detail.incidentProperty().get();
            return i == null ? "Select an incident" : i.label() + " " + i.title();
        }, detail.incidentProperty()));

        VBox content = new VBox(10, heading, actions(), postMortem(), titled("Details for the announcements", announcementDetails()),
                titled("Templates", new TemplatePreviewView(vm.preview())), titled("Timeline", timeline()), titled("Runbooks", runbooks()));
        content.setPadding(new Insets(8));
        content.disableProperty().bind(detail.incidentProperty().isNull());
        setContent(content);
    }

    private Node actions() {
        ChoiceBox<Severity> severity = new ChoiceBox<>();
        severity.setId("detail-severity");
        severity.getItems().setAll(Severity.values());
        detail.incidentProperty().addListener((o, was, now) -> severity.setValue(now == null ? null : now.severity()));
        severity.setOnAction(e -> {
            Incident i = detail.incidentProperty().get();
            if (i != null && severity.getValue() != null && severity.getValue() != i.severity()) {
                detail.changeSeverity(severity.getValue());
            }
        });
        Label severityLabel = new Label("Severity");
        severityLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox severityBox = new HBox(6, severityLabel, severity);
        severityBox.setAlignment(Pos.CENTER_LEFT);
        Button ack = new Button("Acknowledge");
        ack.setId("acknowledge");
        ack.disableProperty().bind(detail.canAcknowledgeProperty().not());
        ack.setOnAction(e -> detail.acknowledge());
        Button resolve = new Button("Resolve…");
        resolve.setId("detail-resolve");
        resolve.disableProperty().bind(Bindings.createBooleanBinding(
                () -> detail.incidentProperty().get() == null || detail.incidentProperty().get().resolved(), detail.incidentProperty()));
        resolve.setOnAction(e -> vm.resolveSelected());
        Button postMortem = new Button("Post-mortem");
        postMortem.setId("open-post-mortem");
        postMortem.setTooltip(new Tooltip("Written once the incident is resolved"));
        postMortem.setOnAction(e -> vm.postMortem().openEditor());
        FlowPane actions = new FlowPane(8, 6, severityBox, ack, resolve, postMortem);
        for (Node n : actions.getChildren()) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private Node postMortem() {
        PostMortemViewModel pmVm = vm.postMortem();
        TextArea pm = new TextArea();
        pm.setId("post-mortem-text");
        pm.setPrefRowCount(14);
        pm.setWrapText(true);
        pm.textProperty().bindBidirectional(pmVm.textProperty());
        Button save = new Button("Save post-mortem");
        save.setId("save-post-mortem");
        save.setOnAction(e -> pmVm.save());
        Button copy = new Button("Copy");
        copy.setOnAction(e -> pmVm.copy());
        Button export = new Button("Export…");
        export.setOnAction(e -> pmVm.export());
        TitledPane pane = new TitledPane("Post-mortem", new VBox(6, pm, new FlowPane(6, 6, save, copy, export)));
        pane.setId("post-mortem-pane");
        pane.visibleProperty().bind(pmVm.openProperty());
        pane.managedProperty().bind(pmVm.openProperty());
        return pane;
    }

    private Node announcementDetails() {
        TextField issue = field("detail-issue", detail.issueProperty(), new TextField());
        issue.promptTextProperty().bind(detail.suggestedIssueProperty());
        TextField eta = field("detail-eta", detail.etaProperty(), new TextField());
        eta.setPromptText("e.g. within the hour");
        TextArea happened = field("detail-what-happened", detail.whatHappenedProperty(), new TextArea());
        TextArea did = field("detail-what-we-did", detail.whatWeDidProperty(), new TextArea());
        for (TextArea a : new TextArea[] {happened, did}) {
            a.setPrefRowCount(2);
            a.setWrapText(true);
        }
        Label hint = new Label("The templates use these as typed; copying one saves them too.");
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Button save = new Button("Save details");
        save.setId("save-details");
        save.disableProperty().bind(detail.detailsEditedProperty().not());
        save.setOnAction(e -> detail.saveDetails());
        return new VBox(4, labelled("Issue, as users would say it", issue), labelled("ETA", eta), labelled("What happened", happened),
                labelled("What we did", did), hint, save);
    }

    private static <T extends TextInputControl> T field(String id, javafx.beans.property.StringProperty value, T control) {
        control.setId(id);
        control.textProperty().bindBidirectional(value);
        return control;
    }

    /** A field under its label: the label stays once the field is filled (a prompt text would not). */
    private static Node labelled(String text, Node field) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(2, l, field);
    }

    private Node timeline() {
        TextArea note = new TextArea();
        note.setId("incident-note");
        note.setPromptText("A note, or the update you posted");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(detail.noteTextProperty());
        Button addNote = new Button("Add note");
        addNote.setId("add-note");
        addNote.setOnAction(e -> detail.addNote());
        Button postUpdate = new Button("Post update");
        postUpdate.setId("post-update");
        postUpdate.setOnAction(e -> detail.postUpdate());
        ListView<TimelineEntry> list = new ListView<>(detail.timeline());
        list.setId("incident-timeline");
        list.setPrefHeight(180);
        list.setCellFactory(l -> new ListCell<>() {
            {
                // wraps long lines inside the list's width instead of cutting them ("…")
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(TimelineEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : detail.describe(item) + (item.hasDetail() ? "  (select to read)" : ""));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> detail.selectedEntryProperty().set(now));
        detail.selectedEntryProperty().addListener((o, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        TextArea entryText = new TextArea();
        entryText.setId("timeline-entry-text");
        entryText.setEditable(false);
        entryText.setWrapText(true);
        entryText.setPrefRowCount(5);
        entryText.textProperty().bind(detail.entryTextProperty());
        entryText.visibleProperty().bind(detail.entryTextProperty().isNotEmpty());
        entryText.managedProperty().bind(entryText.visibleProperty());
        Label hint = new Label("Copied announcements keep their text: select one to read it.");
        hint.getStyleClass().add("entry-text-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(6, note, new FlowPane(6, 6, addNote, postUpdate), list, hint, entryText);
    }

    private Node runbooks() {
        VBox box = new VBox(4);
        Runnable fill = () -> {
            box.getChildren().clear();
            Incident i = detail.incidentProperty().get();
            if (i == null) {
                return;
            }
            for (Runbook r : Runbook.values()) {
                CheckBox linked = new CheckBox("Link");
                linked.setSelected(i.runbooks().contains(r));
                CheckBox done = new CheckBox(r.label());
                done.setSelected(i.runbooksDone().contains(r));
                done.setDisable(!linked.isSelected());
                linked.setOnAction(e -> detail.setRunbook(r, linked.isSelected(), false));
                done.setOnAction(e -> detail.setRunbook(r, true, done.isSelected()));
                box.getChildren().add(new FlowPane(10, 4, linked, done));
            }
        };
        detail.incidentProperty().addListener((o, was, now) -> fill.run());
        fill.run();
        return box;
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setCollapsible(true);
        return p;
    }
}
