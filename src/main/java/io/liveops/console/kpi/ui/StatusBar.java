package io.liveops.console.kpi.ui;

import io.liveops.console.ui.kit.Icons;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.geometry.Orientation;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

/** The window's bottom line: warehouse, as-of day, last refresh and freshness. Binds only. */
public final class StatusBar extends HBox {

    public StatusBar(StatusBarViewModel vm, ReadOnlyDoubleProperty progress, ReadOnlyBooleanProperty busy) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 10, 4, 10));

        Label warehouse = new Label();
        warehouse.setId("status-warehouse");
        warehouse.textProperty().bind(vm.warehouseText());
        warehouse.setGraphic(Icons.DATABASE.create());
        Tooltip tables = new Tooltip();
        tables.textProperty().bind(vm.warehouseDetail());
        tables.setWrapText(true);
        tables.setMaxWidth(520);
        warehouse.setTooltip(tables);

        Label asOf = new Label();
        asOf.setId("status-asof");
        asOf.textProperty().bind(vm.asOfText());

        Label last = new Label();
        last.setId("status-last-refresh");
        last.textProperty().bind(vm.lastRefreshText());

        Label state = new Label();
        state.setId("status-state");
        state.getStyleClass().add("status-state");
        state.textProperty().bind(vm.stateText());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.stateText());
        state.setTooltip(tip);
        state.setMinWidth(Region.USE_PREF_SIZE);
        state.setMaxWidth(700);
        vm.stateStyleClass().addListener((o, old, now) -> {
            state.getStyleClass().remove(old);
            state.getStyleClass().add(now);
        });
        state.getStyleClass().add(vm.stateStyleClass().get());

        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(120);
        bar.progressProperty().bind(progress);
        bar.visibleProperty().bind(busy);
        bar.managedProperty().bind(busy);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(warehouse, new Separator(Orientation.VERTICAL), asOf, new Separator(Orientation.VERTICAL), last,
                spacer, bar, state);
    }
}
