package io.liveops.console.calendar.ui;

import io.liveops.console.calendar.core.Cadence;
import io.liveops.console.calendar.core.CadenceRule;
import io.liveops.console.calendar.core.Channel;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The rule editor pane: the rules with Edit, Pause and Delete, and the form with each refusal under its field. */
final class RuleEditorView extends ScrollPane {

    RuleEditorView(RuleEditorViewModel vm) {
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setId("rule-editor");
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.fileProblemProperty());
        problem.visibleProperty().bind(vm.fileProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        ListView<CadenceRule> list = new ListView<>(vm.rules());
        list.setId("rule-list");
        list.setPrefHeight(220);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CadenceRule r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Label text = new Label((r.paused() ? "⏸ " : "") + r.title() + "\n" + summary(r));
                text.setWrapText(true);
                text.prefWidthProperty().bind(l.widthProperty().subtract(30));
                FlowPane actions = new FlowPane(4, 2, ItemEditorView.button("Edit", "rule-edit-" + r.id(), () -> vm.edit(r)),
                        ItemEditorView.button(r.paused() ? "Resume" : "Pause", "rule-pause-" + r.id(), () -> vm.togglePaused(r)),
                        ItemEditorView.button("Delete", "rule-delete-" + r.id(), () -> vm.delete(r)));
                setGraphic(new VBox(2, text, actions));
            }
        });

        ComboBox<Channel> channel = new ComboBox<>();
        channel.getItems().setAll(Channel.values());
        channel.setConverter(ItemEditorView.converter(Channel::label));
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        ComboBox<Cadence> every = new ComboBox<>();
        every.setId("rule-every");
        every.getItems().setAll(Cadence.values());
        every.setConverter(ItemEditorView.converter(Cadence::label));
        every.valueProperty().bindBidirectional(vm.everyProperty());
        FlowPane days = new FlowPane(6, 2);
        for (DayOfWeek d : DayOfWeek.values()) {
            CheckBox box = new CheckBox(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            box.selectedProperty().bindBidirectional(vm.day(d));
            days.getChildren().add(box);
        }
        CheckBox paused = new CheckBox("Paused");
        paused.selectedProperty().bindBidirectional(vm.pausedProperty());

        Label message = new Label();
        message.setWrapText(true);
        message.setId("rule-message");
        message.textProperty().bind(vm.messageProperty());

        VBox form = new VBox(5,
                text(vm, "id", "Id (letters, digits, dashes)"), text(vm, "title", "Title"),
                FormRows.field("Channel", channel, null), FormRows.field("Every", every, null),
                FormRows.field("Days (weekly; for a season week, its weekday)", days, vm.error("days")),
                text(vm, "time", "Time (HH:mm)"), text(vm, "zone", "Time zone"), text(vm, "duration", "Duration (optional, e.g. PT1H)"),
                text(vm, "monthDay", "Day of the month (1–31 or last)"), text(vm, "quarterMonth", "Month of the quarter (1–3)"),
                text(vm, "seasonWeeks", "Season weeks (e.g. 2, 4, 6)"), text(vm, "afterLaunch", "After launch (e.g. P3M)"),
                FormRows.field("Template (file name without .txt)", FormRows.bound(new TextField(), "rule-template", vm.templateProperty()), null),
                paused, text(vm, "launchDate", "Launch day for launch rules (YYYY-MM-DD)"),
                new FlowPane(6, 4, ItemEditorView.button("Save rule", "rule-save", vm::save), ItemEditorView.button("Cancel", "rule-cancel", vm::cancel)));
        form.visibleProperty().bind(vm.formOpenProperty());
        form.managedProperty().bind(form.visibleProperty());

        Label heading = new Label("Cadence rules (calendar-rules.json)");
        heading.getStyleClass().add("pane-heading");
        heading.setWrapText(true);
        VBox content = new VBox(6, heading, problem, list, new FlowPane(6, 4, ItemEditorView.button("Add rule", "rule-add", vm::add),
                ItemEditorView.button("Re-read the file", "rule-reload", vm::reloadFile)), message, form);
        content.setStyle("-fx-padding: 8;");
        setContent(content);
    }

    private static VBox text(RuleEditorViewModel vm, String field, String caption) {
        return FormRows.field(caption, FormRows.bound(new TextField(), "rule-" + field, vm.value(field)), vm.error(field));
    }

    static String summary(CadenceRule r) {
        String at = r.time() + " " + r.zone();
        return switch (r.every()) {
            case DAY -> "Daily at " + at;
            case WEEK -> "Every " + String.join(", ", r.days().stream().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList()) + " at " + at;
            case MONTH -> "Monthly on day " + r.monthDay() + " at " + at;
            case QUARTER -> "Quarterly, month " + r.quarterMonth() + " day " + r.monthDay() + " at " + at;
            case SEASON -> "Season weeks " + r.seasonWeeks() + " at " + at;
            case LAUNCH -> "Launch + " + r.afterLaunch() + " at " + at;
        } + " · " + r.channel().label();
    }
}
