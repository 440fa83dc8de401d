package io.liveops.console.checklist.ui;

import io.liveops.console.checklist.core.ChecklistItem;
import io.liveops.console.checklist.core.ChecklistTemplate;
import io.liveops.console.checklist.core.Routine;
import io.liveops.console.shared.DisplayFormats;
import io.liveops.console.ui.kit.WrappingCell;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The template editor panel: routines and items of the user's template, a text field for names and
 * texts, a window field for a new routine, each with its problem right below it. It scrolls rather
 * than cut a line when the window is low.
 */
final class TemplateEditorView extends ScrollPane {

    private static final double LIST_MIN = 90;

    TemplateEditorView(TemplateEditorViewModel vm) {
        getStyleClass().add("checklist-editor");
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label title = new Label("Edit routines");
        title.getStyleClass().add("checklist-side-title");
        Label hint = wrapping(new Label("Changes are saved to your template file and apply from tomorrow; past days keep their items."));
        hint.getStyleClass().add("item-status");

        TextField text = new TextField();
        text.setId("editor-text");
        text.setPromptText("Name of a routine, or text of an item");
        text.textProperty().bindBidirectional(vm.textProperty());
        Label textProblem = ChecklistView.message("editor-text-problem", "field-problem");
        textProblem.textProperty().bind(vm.textProblemProperty());

        ListView<Routine> routines = new ListView<>();
        routines.setId("editor-routines");
        routines.setPrefHeight(150);
        routines.setMinHeight(LIST_MIN);
        routines.setCellFactory(l -> WrappingCell.of(r -> r.name() + (r.start() == null ? ""
                : "  " + DisplayFormats.time(r.start()) + "–" + DisplayFormats.time(r.end()))));
        ListView<ChecklistItem> items = new ListView<>();
        items.setId("editor-items");
        items.setMinHeight(LIST_MIN);
        items.setPrefHeight(180);
        items.setCellFactory(l -> WrappingCell.of(ChecklistItem::text));
        VBox.setVgrow(items, Priority.ALWAYS);
        Runnable fill = () -> {
            String selectedRoutine = Optional.ofNullable(routines.getSelectionModel().getSelectedItem()).map(Routine::id).orElse(null);
            String selectedItem = Optional.ofNullable(items.getSelectionModel().getSelectedItem()).map(ChecklistItem::id).orElse(null);
            ChecklistTemplate t = vm.templateProperty().get();
            routines.getItems().setAll(t == null ? List.of() : t.routines());
            routines.getItems().stream().filter(r -> r.id().equals(selectedRoutine)).findFirst()
                    .ifPresent(r -> routines.getSelectionModel().select(r));
            items.getItems().stream().filter(i -> i.id().equals(selectedItem)).findFirst()
                    .ifPresent(i -> items.getSelectionModel().select(i));
        };
        routines.getSelectionModel().selectedItemProperty().addListener((o, was, r) -> items.getItems().setAll(r == null ? List.of() : r.items()));
        vm.templateProperty().addListener((o, was, t) -> fill.run());
        fill.run();

        TextField window = new TextField();
        window.setId("editor-window");
        window.setPromptText("Window, e.g. 23:00-23:30");
        window.setPrefColumnCount(11);
        window.textProperty().bindBidirectional(vm.windowProperty());
        Button addRoutine = new Button("Add routine");
        addRoutine.setId("editor-add-routine");
        addRoutine.setMinWidth(Region.USE_PREF_SIZE);
        addRoutine.setOnAction(e -> vm.addRoutine());
        HBox.setHgrow(window, Priority.ALWAYS);
        Label windowProblem = ChecklistView.message("editor-window-problem", "field-problem");
        windowProblem.textProperty().bind(vm.windowProblemProperty());

        Button renameRoutine = button("Rename", routines, r -> vm.renameRoutine(r.id()));
        Button removeRoutine = button("Remove", routines, r -> vm.removeRoutine(r.id()));
        Button routineUp = button("↑", routines, r -> vm.moveRoutine(r.id(), -1));
        routineUp.setTooltip(new Tooltip("Move the routine up"));
        Button routineDown = button("↓", routines, r -> vm.moveRoutine(r.id(), 1));
        routineDown.setTooltip(new Tooltip("Move the routine down"));
        Button addItem = button("Add item", routines, r -> vm.addItem(r.id()));
        addItem.setId("editor-add-item");
        Button renameItem = itemButton("Rename", routines, items, (r, i) -> vm.renameItem(r.id(), i.id()));
        Button removeItem = itemButton("Remove", routines, items, (r, i) -> vm.removeItem(r.id(), i.id()));
        Button itemUp = itemButton("↑", routines, items, (r, i) -> vm.moveItem(r.id(), i.id(), -1));
        itemUp.setTooltip(new Tooltip("Move the item up"));
        Button itemDown = itemButton("↓", routines, items, (r, i) -> vm.moveItem(r.id(), i.id(), 1));
        itemDown.setTooltip(new Tooltip("Move the item down"));

        Label status = ChecklistView.message("editor-status", "item-status");
        status.textProperty().bind(vm.statusProperty());

        VBox box = new VBox(8, title, hint, text, textProblem,
                wrapping(new Label("Routines")), routines, new FlowPane(4, 4, renameRoutine, removeRoutine, routineUp, routineDown),
                new HBox(6, window, addRoutine), windowProblem,
                wrapping(new Label("Items of the selected routine")), items,
                new FlowPane(4, 4, addItem, renameItem, removeItem, itemUp, itemDown), status);
        box.getStyleClass().add("checklist-editor-box");
        setContent(box);
    }

    private static Label wrapping(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }


    private static Button button(String label, ListView<Routine> routines, Consumer<Routine> action) {
        Button b = new Button(label);
        b.disableProperty().bind(routines.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> action.accept(routines.getSelectionModel().getSelectedItem()));
        return b;
    }

    private static Button itemButton(String label, ListView<Routine> routines, ListView<ChecklistItem> items,
                                     BiConsumer<Routine, ChecklistItem> action) {
        Button b = new Button(label);
        b.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> action.accept(routines.getSelectionModel().getSelectedItem(), items.getSelectionModel().getSelectedItem()));
        return b;
    }
}
