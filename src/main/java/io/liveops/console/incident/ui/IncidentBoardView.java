package io.liveops.console.incident.ui;

import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.Runbook;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.Status;
import io.liveops.console.incident.core.TemplateKind;
import io.liveops.console.incident.core.TimelineEntry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
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
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Incidents tab, built in code and bound to {@link IncidentBoardViewModel}: four columns of
 * cards (drag a card, or its arrows, or Alt+←/→ on the selected one; Alt+R resolves), the
 * declare form (Ctrl+N), the selected incident's details, templates, timeline and post-mortem,
 * and the history with MTTA/MTTR.
 */
public final class IncidentBoardView extends BorderPane {

    private static final Map<Severity, String> COLOURS = Map.of(
            Severity.P0, "#b71c1c", Severity.P1, "#e65100", Severity.P2, "#f9a825", Severity.P3, "#1565c0");

    private final IncidentBoardViewModel vm;
    private final Map<Status, VBox> columns = new EnumMap<>(Status.class);
    private final TextField titleField = new TextField();

    private final Tab boardTab;

    public IncidentBoardView(IncidentBoardViewModel vm) {
        this.vm = vm;
        boardTab = new Tab("Board", board());
        getStyleClass().add("incident-board");
        setId("incident-board");

        Button newIncident = new Button("New incident (Ctrl+N)");
        newIncident.setId("new-incident");
        newIncident.setOnAction(e -> openForm());
        ChoiceBox<SeverityPolicy.Preset> preset = new ChoiceBox<>();
        preset.getItems().setAll(SeverityPolicy.Preset.values());
        preset.setConverter(converter(p -> "Policy: " + p.label()));
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        Button reload = new Button("Reload");
        reload.setOnAction(e -> vm.reload());
        Label message = new Label();
        message.setId("incident-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        ToolBar bar = new ToolBar(newIncident, preset, reload, message);

        VBox top = new VBox(bar, form());
        setTop(top);

        TabPane tabs = new TabPane(boardTab, new Tab("History", history()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.N) {
                openForm();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
                vm.moveSelected(true);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
                vm.moveSelected(false);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.R) {
                vm.resolveSelected();
                e.consume();
            }
        });
    }

    /** Shows an incident's card on the board (from a toast or the alert drawer). */
    public void open(long id) {
        boardTab.getTabPane().getSelectionModel().select(boardTab);
        vm.select(id);
    }

    /** Opens the declare form on the board (Ctrl+N anywhere in the console). */
    public void declareNew() {
        boardTab.getTabPane().getSelectionModel().select(boardTab);
        openForm();
    }

    private void openForm() {
        vm.openForm();
        titleField.requestFocus();
    }

    private Node form() {
        titleField.setId("incident-title");
        titleField.setPromptText("What is broken, in one line");
        titleField.textProperty().bindBidirectional(vm.formTitleProperty());
        ChoiceBox<Severity> severity = new ChoiceBox<>();
        severity.setId("incident-severity");
        severity.getItems().setAll(Severity.values());
        severity.setConverter(converter(s -> s + " — " + vm.policy().rule(s).meaning()));
        severity.valueProperty().bindBidirectional(vm.formSeverityProperty());
        TextField feature = new TextField();
        feature.setId("incident-feature");
        feature.setPromptText("Affected feature (chat, login, …)");
        feature.textProperty().bindBidirectional(vm.formFeatureProperty());
        TextArea description = new TextArea();
        description.setId("incident-description");
        description.setPromptText("Optional: what users see");
        description.setPrefRowCount(2);
        description.textProperty().bindBidirectional(vm.formDescriptionProperty());
        Label error = new Label();
        error.setId("incident-form-error");
        error.setStyle("-fx-text-fill: #c62828;");
        error.textProperty().bind(vm.formErrorProperty());
        Button declare = new Button("Declare");
        declare.setId("declare-incident");
        declare.setDefaultButton(true);
        declare.setOnAction(e -> vm.declare());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> vm.cancelForm());

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(8));
        g.addRow(0, new Label("Title"), titleField, new Label("Severity"), severity);
        g.addRow(1, new Label("Feature"), feature, new Label("Description"), description);
        g.add(new HBox(8, declare, cancel, error), 1, 2, 3, 1);
        GridPane.setHgrow(titleField, Priority.ALWAYS);
        GridPane.setHgrow(description, Priority.ALWAYS);
        g.visibleProperty().bind(vm.formOpenProperty());
        g.managedProperty().bind(vm.formOpenProperty());
        g.setStyle("-fx-border-color: -fx-box-border; -fx-border-width: 0 0 1 0;");
        return g;
    }

    // ---- board ----

    private Node board() {
        HBox cols = new HBox(8);
        cols.setPadding(new Insets(8));
        for (Status s : Status.values()) {
            VBox cards = new VBox(8);
            cards.setId("column-" + s.name());
            cards.setFillWidth(true);
            columns.put(s, cards);
            Label head = new Label(s.label());
            head.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
            ScrollPane scroll = new ScrollPane(cards);
            scroll.setFitToWidth(true);
            VBox.setVgrow(scroll, Priority.ALWAYS);
            VBox column = new VBox(6, head, scroll);
            column.setPrefWidth(260);
            column.setMinWidth(180);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setStyle("-fx-background-color: derive(-fx-base, 4%); -fx-padding: 6; -fx-background-radius: 6;");
            column.setOnDragOver(e -> {
                if (e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            column.setOnDragDropped(e -> {
                boolean ok = false;
                if (e.getDragboard().hasString()) {
                    IncidentCard card = findCard(e.getDragboard().getString());
                    if (card != null) {
                        vm.move(card, s);
                        ok = true;
                    }
                }
                e.setDropCompleted(ok);
                e.consume();
            });
            cols.getChildren().add(column);
        }
        vm.cards().addListener((ListChangeListener<IncidentCard>) c -> {
            while (c.next()) {
                for (IncidentCard added : c.getAddedSubList()) {
                    added.incidentProperty().addListener((o, was, now) -> rebuildColumns());
                }
            }
            rebuildColumns();
        });
        for (IncidentCard card : vm.cards()) {
            card.incidentProperty().addListener((o, was, now) -> rebuildColumns());
        }
        rebuildColumns();
        vm.selectedProperty().addListener((o, was, now) -> rebuildColumns());

        SplitPane split = new SplitPane(cols, details());
        split.setDividerPositions(0.62);
        return split;
    }

    private IncidentCard findCard(String id) {
        return vm.cards().stream().filter(c -> String.valueOf(c.incident().id()).equals(id)).findFirst().orElse(null);
    }

    private void rebuildColumns() {
        Map<Status, List<Node>> nodes = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            nodes.put(s, new ArrayList<>());
        }
        vm.cards().stream()
                .sorted((a, b) -> {
                    int bySeverity = a.incident().severity().compareTo(b.incident().severity());
                    return bySeverity != 0 ? bySeverity : b.incident().declaredAt().compareTo(a.incident().declaredAt());
                })
                .forEach(card -> nodes.get(card.incident().status()).add(cardNode(card)));
        nodes.forEach((s, list) -> columns.get(s).getChildren().setAll(list));
    }

    private Node cardNode(IncidentCard card) {
        Incident i = card.incident();
        String colour = COLOURS.get(i.severity());
        Label sev = new Label(i.severity().name());
        sev.setStyle("-fx-background-color: " + colour + "; -fx-text-fill: white; -fx-padding: 1 6; -fx-background-radius: 3; -fx-font-weight: bold;");
        sev.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(i.label() + "  " + i.title());
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold;");
        HBox head = new HBox(6, sev, title);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(3, head);
        if (!i.feature().isBlank()) {
            box.getChildren().add(small(new Label("Feature: " + i.feature())));
        }
        box.getChildren().addAll(bound(card.ageProperty()), bound(card.escalationProperty()), bound(card.respondProperty()),
                bound(card.resolveProperty()), bound(card.updateProperty()), bound(card.runbooksProperty()));
        Label update = (Label) box.getChildren().get(box.getChildren().size() - 2);
        update.styleProperty().bind(Bindings.when(card.updateDueProperty()).then("-fx-text-fill: #c62828; -fx-font-weight: bold;").otherwise(""));

        Button left = new Button("◀");
        left.setDisable(i.status() == Status.INVESTIGATING);
        left.setOnAction(e -> vm.move(card, i.status().previous()));
        Button right = new Button("▶");
        right.setId("move-right-" + i.id());
        right.setDisable(i.status() == Status.RESOLVED);
        right.setOnAction(e -> vm.move(card, i.status().next()));
        Button resolve = new Button("Resolve");
        resolve.setId("resolve-" + i.id());
        resolve.setDisable(i.resolved());
        resolve.setOnAction(e -> vm.move(card, Status.RESOLVED));
        HBox buttons = new HBox(4, left, right, resolve);
        box.getChildren().add(buttons);

        box.setId("card-" + i.id());
        box.setPadding(new Insets(6, 8, 6, 8));
        boolean isSelected = vm.selectedProperty().get() == card;
        String base = "-fx-background-radius: 4; -fx-border-radius: 4; -fx-border-width: " + (isSelected ? "2 2 2 6" : "1 1 1 6") + "; ";
        box.styleProperty().bind(Bindings.when(card.breachedProperty())
                .then(base + "-fx-background-color: #ffcdd2; -fx-border-color: #c62828;")
                .otherwise(base + "-fx-background-color: -fx-control-inner-background; -fx-border-color: "
                        + (isSelected ? "-fx-focus-color" : "-fx-box-border") + " -fx-box-border -fx-box-border " + colour + ";"));
        box.setOnMouseClicked(e -> {
            vm.selectedProperty().set(card);
            box.requestFocus();
        });
        box.setOnDragDetected(e -> {
            var db = box.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(String.valueOf(i.id()));
            db.setContent(content);
            e.consume();
        });
        box.setFocusTraversable(true);
        return box;
    }

    private static Label bound(javafx.beans.value.ObservableStringValue text) {
        Label l = small(new Label());
        l.textProperty().bind(text);
        l.visibleProperty().bind(Bindings.isNotEmpty(l.textProperty()));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Label small(Label l) {
        l.setStyle("-fx-font-size: 0.92em;");
        l.setWrapText(true);
        return l;
    }

    // ---- details ----

    private Node details() {
        Label heading = new Label("Select an incident");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            IncidentCard c = vm.selectedProperty().get();
            return c == null ? "Select an incident" : c.incident().label() + " " + c.incident().title();
        }, vm.selectedProperty(), vm.cards()));

        ChoiceBox<Severity> severity = new ChoiceBox<>();
        severity.getItems().setAll(Severity.values());
        vm.selectedProperty().addListener((o, was, now) -> severity.setValue(now == null ? null : now.incident().severity()));
        severity.setOnAction(e -> {
            IncidentCard c = vm.selectedProperty().get();
            if (c != null && severity.getValue() != null && severity.getValue() != c.incident().severity()) {
                vm.changeSeverity(severity.getValue());
            }
        });
        Button ack = new Button("Acknowledge");
        ack.setOnAction(e -> vm.acknowledgeSelected());
        Button postMortem = new Button("Post-mortem");
        postMortem.setId("open-post-mortem");
        postMortem.setOnAction(e -> vm.openPostMortem());
        HBox actions = new HBox(6, new Label("Severity"), severity, ack, postMortem);
        actions.setAlignment(Pos.CENTER_LEFT);

        FlowPane templateButtons = new FlowPane(6, 6);
        for (TemplateKind k : TemplateKind.values()) {
            Button b = new Button(k.label());
            b.setId("template-" + k.name());
            b.setOnAction(e -> vm.openTemplate(k));
            templateButtons.getChildren().add(b);
        }
        TextArea preview = new TextArea();
        preview.setId("template-preview");
        preview.setPrefRowCount(7);
        preview.setWrapText(true);
        preview.textProperty().bindBidirectional(vm.previewTextProperty());
        preview.textProperty().addListener((o, was, now) -> vm.updatePreviewInfo());
        Label info = new Label();
        info.setId("template-info");
        info.textProperty().bind(vm.previewInfoProperty());
        info.styleProperty().bind(Bindings.when(vm.previewTooLongProperty()).then("-fx-text-fill: #c62828;").otherwise(""));
        Button copy = new Button("Copy");
        copy.setId("copy-template");
        copy.disableProperty().bind(vm.previewKindProperty().isNull());
        copy.setOnAction(e -> vm.copyPreview());
        VBox templates = new VBox(6, templateButtons, preview, new HBox(8, copy, info));

        TextField eta = new TextField();
        eta.setPromptText("ETA");
        eta.textProperty().bindBidirectional(vm.etaProperty());
        TextField happened = new TextField();
        happened.setPromptText("What happened");
        happened.textProperty().bindBidirectional(vm.whatHappenedProperty());
        TextField did = new TextField();
        did.setPromptText("What we did");
        did.textProperty().bindBidirectional(vm.whatWeDidProperty());
        Button saveDetails = new Button("Save details");
        saveDetails.setOnAction(e -> vm.saveDetails());
        VBox detailFields = new VBox(6, eta, happened, did, saveDetails);

        TextArea note = new TextArea();
        note.setId("incident-note");
        note.setPromptText("A note, or the update you posted");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteTextProperty());
        Button addNote = new Button("Add note");
        addNote.setOnAction(e -> vm.addNote());
        Button postUpdate = new Button("Post update");
        postUpdate.setOnAction(e -> vm.postUpdate());
        ListView<TimelineEntry> timeline = new ListView<>(vm.timeline());
        timeline.setId("incident-timeline");
        timeline.setPrefHeight(180);
        timeline.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.describe(item));
            }
        });
        VBox timelineBox = new VBox(6, note, new HBox(6, addNote, postUpdate), timeline);

        VBox runbooks = new VBox(4);
        Runnable fillRunbooks = () -> {
            runbooks.getChildren().clear();
            IncidentCard c = vm.selectedProperty().get();
            if (c == null) {
                return;
            }
            Incident i = c.incident();
            for (Runbook r : Runbook.values()) {
                CheckBox linked = new CheckBox("Link");
                linked.setSelected(i.runbooks().contains(r));
                CheckBox done = new CheckBox(r.label());
                done.setSelected(i.runbooksDone().contains(r));
                done.setDisable(!linked.isSelected());
                linked.setOnAction(e -> vm.setRunbook(r, linked.isSelected(), false));
                done.setOnAction(e -> vm.setRunbook(r, true, done.isSelected()));
                runbooks.getChildren().add(new HBox(10, linked, done));
            }
        };
        javafx.beans.value.ChangeListener<Incident> selectedChanged = (o, w, n) -> fillRunbooks.run();
        vm.selectedProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.incidentProperty().removeListener(selectedChanged);
            }
            if (now != null) {
                now.incidentProperty().addListener(selectedChanged);
            }
            fillRunbooks.run();
        });

        TextArea pm = new TextArea();
        pm.setId("post-mortem-text");
        pm.setPrefRowCount(14);
        pm.textProperty().bindBidirectional(vm.postMortemTextProperty());
        Button savePm = new Button("Save post-mortem");
        savePm.setId("save-post-mortem");
        savePm.setOnAction(e -> vm.savePostMortem());
        Button copyPm = new Button("Copy");
        copyPm.setOnAction(e -> vm.copyPostMortem());
        Button exportPm = new Button("Export…");
        exportPm.setOnAction(e -> vm.exportPostMortem());
        VBox pmBox = new VBox(6, pm, new HBox(6, savePm, copyPm, exportPm));
        TitledPane pmPane = new TitledPane("Post-mortem", pmBox);
        pmPane.setId("post-mortem-pane");
        pmPane.visibleProperty().bind(vm.postMortemOpenProperty());
        pmPane.managedProperty().bind(vm.postMortemOpenProperty());

        VBox content = new VBox(10, heading, actions, pmPane,
                titled("Templates", templates), titled("Timeline", timelineBox), titled("Details for the announcements", detailFields),
                titled("Runbooks", runbooks));
        content.setPadding(new Insets(8));
        content.disableProperty().bind(vm.selectedProperty().isNull());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TitledPane titled(String title, Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setCollapsible(true);
        return p;
    }

    // ---- history ----

    private Node history() {
        ChoiceBox<Severity> sev = new ChoiceBox<>();
        sev.getItems().add(null);
        sev.getItems().addAll(Severity.values());
        sev.setConverter(converter(s -> s == null ? "All severities" : s.name()));
        sev.valueProperty().bindBidirectional(vm.historySeverityProperty());
        TextField search = new TextField();
        search.setPromptText("Search title, feature, description");
        search.textProperty().bindBidirectional(vm.historyTextProperty());
        ChoiceBox<Integer> days = new ChoiceBox<>();
        days.getItems().setAll(30, 90);
        days.setConverter(converter(d -> "Last " + d + " days"));
        days.valueProperty().bindBidirectional(vm.metricsDaysProperty());
        Label metrics = new Label();
        metrics.setWrapText(true);
        metrics.textProperty().bind(vm.metricsProperty());

        TableView<Incident> table = new TableView<>(vm.history());
        table.getColumns().add(column("#", i -> String.valueOf(i.id()), 50));
        table.getColumns().add(column("Severity", i -> i.severity().name(), 70));
        table.getColumns().add(column("Title", Incident::title, 300));
        table.getColumns().add(column("Feature", Incident::feature, 120));
        table.getColumns().add(column("Status", i -> i.status().label(), 110));
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT).withZone(vm.zone());
        table.getColumns().add(column("Declared", i -> f.format(i.declaredAt()), 140));
        table.getColumns().add(column("Resolved", i -> i.resolvedAt() == null ? "" : f.format(i.resolvedAt()), 140));
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox filters = new HBox(8, sev, search, days);
        HBox.setHgrow(search, Priority.ALWAYS);
        VBox box = new VBox(8, filters, metrics, table);
        box.setPadding(new Insets(8));
        return box;
    }

    private static TableColumn<Incident, String> column(String title, java.util.function.Function<Incident, String> value, double width) {
        TableColumn<Incident, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("read-only choice");
            }
        };
    }

}
