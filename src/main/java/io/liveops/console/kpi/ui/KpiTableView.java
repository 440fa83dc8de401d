package io.liveops.console.kpi.ui;

import io.liveops.console.kpi.core.KpiReading;
import io.liveops.console.ui.kit.Icons;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Every contract KPI for the as-of day as a sortable table: value in its unit, status as icon and
 * word, and for the selected row its definition, SQL file and error. Shows the board's readings, as the tiles do.
 */
public final class KpiTableView extends BorderPane {

    public KpiTableView(KpiReadingsViewModel readings) {
        getStyleClass().add("kpi-table-view");
        KpiBoardViewModel vm = readings.board();

        DatePicker day = new DatePicker();
        day.setId("as-of-picker");
        day.valueProperty().bindBidirectional(vm.asOfProperty());
        day.setTooltip(new Tooltip("As-of day (UTC): every KPI is computed for this day"));
        Button refresh = new Button("Refresh", Icons.REFRESH.create());
        refresh.setId("refresh-button");
        refresh.setTooltip(new Tooltip("Refresh now (F5)"));
        refresh.setOnAction(e -> vm.refresh());
        Label hint = new Label();
        hint.textProperty().bind(vm.lastErrorProperty());
        hint.getStyleClass().add("hint-error");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, new Label("As of"), day, refresh, spacer, hint);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(8));
        toolbar.getStyleClass().add("tool-bar-row");

        TableView<KpiReading> table = new TableView<>(readings.readings());
        table.setId("kpi-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No KPI values yet: they appear after the first refresh."));
        table.getColumns().add(column("Group", 150, r -> r.group().displayName()));
        table.getColumns().add(column("KPI", 200, r -> r.label()));
        table.getColumns().add(column("Id", 190, r -> r.id()));
        TableColumn<KpiReading, String> value = column("Value", 120, r -> r.valueText());
        value.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(value);
        TableColumn<KpiReading, KpiReading> status = new TableColumn<>("Status");
        status.setPrefWidth(130);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        table.getColumns().add(column("SQL file", 260, r -> r.sqlSource()));

        TextArea details = new TextArea();
        details.setId("kpi-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(4);
        details.setPromptText("Select a KPI to see its definition, its SQL file and any error.");
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> details.setText(row == null ? ""
                : row.label() + " (" + row.id() + ")\n" + row.definition().definition() + "\nSQL: " + row.sqlSource()
                + (row.error() == null ? "" : "\nError: " + row.error())));

        VBox.setVgrow(table, Priority.ALWAYS);
        setTop(toolbar);
        setCenter(table);
        setBottom(details);
    }

    private static TableColumn<KpiReading, String> column(String title, double width, java.util.function.Function<KpiReading, String> f) {
        TableColumn<KpiReading, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(f.apply(cell.getValue())));
        return c;
    }

    /** Status as an icon (shape) plus the word, coloured by CSS class; errors show their message as a tooltip. */
    private static final class StatusCell extends TableCell<KpiReading, KpiReading> {
        @Override
        protected void updateItem(KpiReading row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(s -> s.startsWith("status-"));
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            boolean error = row.error() != null;
            setGraphic(error ? Icons.ERROR.create() : Icons.forStatus(row.status()).create());
            setText(row.statusText());
            getStyleClass().add("status-" + (error ? "error" : row.status().name().toLowerCase(Locale.ROOT)));
            setTooltip(error ? new Tooltip(row.error()) : null);
        }
    }
}
