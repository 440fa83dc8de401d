package io.liveops.console.checklist.ui;

import io.liveops.console.ui.kit.Icons;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One item of a routine: its tick box, live KPI chips, who did it, its note, and its buttons (link, tab, skip or reopen, note). */
final class ChecklistItemView extends HBox {

    ChecklistItemView(TodayViewModel vm, ItemRow item) {
        super(10);
        String id = item.itemId().replaceAll("[^A-Za-z0-9_-]", "_");
        CheckBox check = new CheckBox();
        check.setId("item-" + id);
        check.setAccessibleText(item.text());
        check.setSelected(item.doneProperty().get());
        check.disableProperty().bind(vm.readOnlyProperty().or(item.skippedProperty()));
        check.setOnAction(e -> {
            check.setSelected(item.doneProperty().get()); // the ViewModel decides, after the state store saved it
            vm.toggle(item);
        });
        item.doneProperty().addListener((o, was, done) -> check.setSelected(done));
        // the text beside the box rather than the box's own: a check box's wrapped text is measured a line short
        Label itemText = new Label(item.text());
        itemText.setId("text-" + id);
        itemText.getStyleClass().add("item-text");
        itemText.setWrapText(true);
        itemText.setMinHeight(Region.USE_PREF_SIZE);
        itemText.setMaxWidth(Double.MAX_VALUE);
        itemText.setOnMouseClicked(e -> {
            if (!check.isDisabled()) {
                check.fire();
            }
        });
        HBox.setHgrow(itemText, Priority.ALWAYS);
        HBox tick = new HBox(6, check, itemText);
        tick.setAlignment(Pos.TOP_LEFT);

        FlowPane chips = new FlowPane(6, 4);
        Runnable fillChips = () -> chips.getChildren().setAll(item.kpis().stream().map(c -> {
            Label chip = new Label(c.label() + "  " + c.value(), c.judged() ? Icons.forStatus(c.status()).create() : null);
            chip.getStyleClass().addAll("kpi-chip", c.judged() ? "status-" + c.status().id() : "unjudged");
            chip.setId("kpi-" + item.itemId() + "-" + c.id().replace(':', '-'));
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.setTooltip(new Tooltip(c.label() + ": " + c.value() + (c.judged() ? " (" + c.status().id() + ")" : " (no threshold)")));
            return chip;
        }).toList());
        item.kpis().addListener((ListChangeListener<KpiChip>) c -> fillChips.run());
        fillChips.run();
        chips.visibleProperty().bind(Bindings.isNotEmpty(item.kpis()));
        chips.managedProperty().bind(chips.visibleProperty());

        HBox buttons = new HBox(6);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        item.link().ifPresent(url -> {
            Hyperlink link = new Hyperlink("Open link");
            link.setTooltip(new Tooltip(url));
            link.setOnAction(e -> vm.openLink(item));
            buttons.getChildren().add(link);
        });
        item.action().ifPresent(tab -> {
            Button action = new Button(vm.actionText(item));
            action.setOnAction(e -> vm.openAction(item));
            buttons.getChildren().add(action);
        });
        Button skip = new Button("Skip…");
        skip.setId("skip-" + id);
        skip.disableProperty().bind(vm.readOnlyProperty().or(item.doneProperty()));
        skip.visibleProperty().bind(item.skippedProperty().not());
        skip.managedProperty().bind(skip.visibleProperty());
        skip.setOnAction(e -> ItemDialogs.skip(vm.skipForm(item), this));
        Button reopen = new Button("Reopen");
        reopen.setId("reopen-" + id);
        reopen.setTooltip(new Tooltip("Undo the skip: the item is open again"));
        reopen.disableProperty().bind(vm.readOnlyProperty());
        reopen.visibleProperty().bind(item.skippedProperty());
        reopen.managedProperty().bind(reopen.visibleProperty());
        reopen.setOnAction(e -> vm.reopen(item));
        Button note = new Button("Note…");
        note.setId("note-" + id);
        note.disableProperty().bind(vm.readOnlyProperty());
        note.setOnAction(e -> ItemDialogs.note(item, this).ifPresent(n -> vm.note(item, n)));
        buttons.getChildren().addAll(skip, reopen, note);
        // the item's text wraps instead: buttons keep their labels readable
        buttons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        buttons.setMinWidth(Region.USE_PREF_SIZE);

        Label status = new Label();
        status.getStyleClass().add("item-status");
        status.setId("status-" + id);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(item.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Label noteText = new Label();
        noteText.getStyleClass().add("item-note");
        noteText.setWrapText(true);
        noteText.setMinHeight(Region.USE_PREF_SIZE);
        noteText.textProperty().bind(Bindings.when(item.noteProperty().isEmpty()).then("").otherwise(Bindings.concat("Note: ", item.noteProperty())));
        noteText.visibleProperty().bind(item.noteProperty().isNotEmpty());
        noteText.managedProperty().bind(noteText.visibleProperty());

        VBox text = new VBox(4, tick, chips, status, noteText);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(text, buttons);
        getStyleClass().add("checklist-item");
        ChecklistView.styleWhile(this, "breached", item.breachedProperty().get());
        item.breachedProperty().addListener((o, was, on) -> ChecklistView.styleWhile(this, "breached", on));
        ChecklistView.styleWhile(this, "done", item.doneProperty().get());
        item.doneProperty().addListener((o, was, on) -> ChecklistView.styleWhile(this, "done", on));
        ChecklistView.styleWhile(this, "skipped", item.skippedProperty().get());
        item.skippedProperty().addListener((o, was, on) -> ChecklistView.styleWhile(this, "skipped", on));
    }
}
