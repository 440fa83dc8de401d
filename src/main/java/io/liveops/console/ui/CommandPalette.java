package io.liveops.console.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/** The palette's popup: a field to type words and the matching commands; Enter runs, Esc closes. */
public final class CommandPalette {

    private final CommandPaletteViewModel vm;
    private final Popup popup = new Popup();
    private final TextField field = new TextField();
    private final ListView<CommandPaletteViewModel.Entry> list = new ListView<>();

    public CommandPalette(CommandPaletteViewModel vm) {
        this.vm = vm;
        field.setId("palette-query");
        field.setPromptText("Type a command: go to, new incident, refresh, theme, KPI…");
        field.textProperty().bindBidirectional(vm.queryProperty());
        list.setId("palette-list");
        list.setItems(vm.matches());
        list.setPrefHeight(320);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CommandPaletteViewModel.Entry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(e.title());
                Label keys = new Label(e.shortcut());
                keys.getStyleClass().add("palette-shortcut");
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                setText(null);
                setGraphic(new HBox(8, title, gap, keys));
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                list.getSelectionModel().select(now.intValue());
                list.scrollTo(now.intValue());
            }
        });
        list.setOnMouseClicked(e -> {
            vm.selectedProperty().set(list.getSelectionModel().getSelectedIndex());
            run();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                vm.moveSelection(1);
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                vm.moveSelection(-1);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
        VBox box = new VBox(6, field, list);
        box.setId("command-palette");
        box.getStyleClass().add("command-palette");
        box.setPadding(new Insets(10));
        box.setPrefWidth(560);
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    private void run() {
        popup.hide();
        vm.runSelected();
    }

    public void show(Window owner) {
        vm.open();
        double x = owner.getX() + (owner.getWidth() - 560) / 2;
        double y = owner.getY() + 80;
        popup.show(owner, x, y);
        field.requestFocus();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }
}
