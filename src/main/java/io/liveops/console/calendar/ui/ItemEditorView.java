package io.liveops.console.calendar.ui;

import io.liveops.console.calendar.core.Channel;
import io.liveops.console.calendar.core.ItemStatus;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The side pane's item editor: binds the fields, shows each refusal under its field, and forwards the buttons. */
final class ItemEditorView extends javafx.scene.layout.BorderPane {

    ItemEditorView(ItemEditorViewModel vm, CalendarViewModel calendar) {
        setId("item-editor");
        Label empty = new Label("Select an item, or double-click a day to plan a new one (Ctrl+Shift+N).");
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");

        Label heading = new Label();
        heading.getStyleClass().add("pane-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(vm.headingProperty());

        ComboBox<Channel> channel = new ComboBox<>();
        channel.getItems().setAll(Channel.values());
        channel.setConverter(converter(Channel::label));
        channel.valueProperty().bindBidirectional(vm.channel);
        channel.setId("item-channel");
        channel.setMaxWidth(Double.MAX_VALUE);
        ComboBox<ItemStatus> status = new ComboBox<>();
        status.getItems().setAll(ItemStatus.values());
        status.setConverter(converter(ItemStatus::label));
        status.valueProperty().bindBidirectional(vm.status);
        status.setId("item-status");
        status.setMaxWidth(Double.MAX_VALUE);

        GridPane when = new GridPane();
        when.setHgap(6);
        when.setVgap(2);
        when.add(FormRows.field("Date (YYYY-MM-DD)", FormRows.bound(new TextField(), "item-date", vm.date), vm.dateError), 0, 0);
        when.add(FormRows.field("Time", FormRows.bound(new TextField(), "item-time", vm.time), vm.timeError), 1, 0);
        when.add(FormRows.field("End date (optional)", FormRows.bound(new TextField(), "item-end-date", vm.endDate), null), 0, 1);
        when.add(FormRows.field("End time", FormRows.bound(new TextField(), "item-end-time", vm.endTime), null), 1, 1);
        when.getColumnConstraints().addAll(percent(60), percent(40));
        Label endError = new Label();
        endError.setId("item-end-error");
        endError.getStyleClass().add("field-error");
        endError.setWrapText(true);
        endError.textProperty().bind(vm.endError);
        endError.visibleProperty().bind(vm.endError.isNotEmpty());
        endError.managedProperty().bind(endError.visibleProperty());

        TextArea body = FormRows.bound(new TextArea(), "item-body", vm.body);
        body.setWrapText(true);
        body.setPrefRowCount(6);
        TextArea notes = FormRows.bound(new TextArea(), "item-notes", vm.notes);
        notes.setWrapText(true);
        notes.setPrefRowCount(2);

        Button save = button("Save", "item-save", vm::save);
        Button fill = button("Fill", "item-fill", vm::fill);
        Button copy = button("Copy", "item-copy", vm::copy);
        Button delete = button("Delete", "item-delete", vm::delete);
        delete.visibleProperty().bind(vm.canDeleteBinding());
        delete.managedProperty().bind(delete.visibleProperty());
        save.disableProperty().bind(vm.busyProperty());
        copy.disableProperty().bind(vm.busyProperty());
        FlowPane buttons = new FlowPane(6, 4, save, fill, copy, delete);

        Label confirmText = new Label("Copied. Did it go out?");
        confirmText.setWrapText(true);
        HBox confirm = new HBox(confirmText, button("Mark published", "item-publish", () -> vm.confirmPublished(true)),
                button("Not yet", "item-not-yet", () -> vm.confirmPublished(false)));
        confirm.getStyleClass().add("confirm-bar");
        confirm.visibleProperty().bind(vm.confirmPublishProperty());
        confirm.managedProperty().bind(confirm.visibleProperty());

        Label message = new Label();
        message.setId("item-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        TextArea preview = new TextArea();
        preview.setId("item-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(7);
        preview.textProperty().bind(vm.previewProperty());
        VBox previewBox = FormRows.field("Filled text (what Copy puts on the clipboard)", preview, null);
        previewBox.visibleProperty().bind(vm.previewProperty().isNotEmpty());
        previewBox.managedProperty().bind(previewBox.visibleProperty());

        Label flags = new Label();
        flags.setWrapText(true);
        flags.getStyleClass().add("clash-text");
        flags.setId("item-flags");
        flags.textProperty().bind(Bindings.createStringBinding(() -> {
            var sel = calendar.selectedProperty().get();
            var shown = vm.originalProperty().get();
            if (sel == null || shown == null || !sel.key().equals(shown.key())) {
                return "";
            }
            String overdue = sel.overdue() ? "Overdue: not published yet.\n" : sel.dueSoon() ? "Due within 30 minutes.\n" : "";
            return (overdue + String.join("\n", sel.collisions())).strip();
        }, calendar.selectedProperty(), vm.originalProperty()));
        flags.visibleProperty().bind(flags.textProperty().isNotEmpty());
        flags.managedProperty().bind(flags.visibleProperty());

        ListView<String> history = new ListView<>(vm.history());
        history.setPrefHeight(110);
        history.setId("item-history");

        // the actions stay on top, the fields scroll under them
        VBox actions = new VBox(6, heading, buttons, confirm, message, flags);
        VBox fields = new VBox(6, previewBox,
                FormRows.field("Title", FormRows.bound(new TextField(), "item-title", vm.title), vm.titleError),
                FormRows.field("Channel", channel, null), when, endError,
                FormRows.field("Time zone (e.g. Asia/Seoul)", FormRows.bound(new TextField(), "item-zone", vm.zoneText), vm.zoneError),
                FormRows.field("Status", status, null),
                FormRows.field("Owner", FormRows.bound(new TextField(), "item-owner", vm.owner), null),
                FormRows.field("Link", FormRows.bound(new TextField(), "item-link", vm.link), null),
                FormRows.field("Body ({{prices}}, {{fear_greed}}, {{time_12h}}, … are filled on Copy)", body, vm.bodyError),
                FormRows.field("Notes", notes, null), FormRows.field("History", history, null));
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        actions.getStyleClass().add("editor-actions");
        fields.getStyleClass().add("editor-fields");
        actions.visibleProperty().bind(vm.openProperty());
        actions.managedProperty().bind(actions.visibleProperty());
        scroll.visibleProperty().bind(vm.openProperty());
        empty.visibleProperty().bind(vm.openProperty().not());
        empty.managedProperty().bind(empty.visibleProperty());
        setTop(new VBox(empty, actions));
        setCenter(scroll);
    }

    private static javafx.scene.layout.ColumnConstraints percent(double p) {
        javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
        c.setPercentWidth(p);
        return c;
    }

    static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
