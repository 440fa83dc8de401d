package io.liveops.console.kpi.ui;

import io.liveops.console.kpi.core.KpiReading;
import io.liveops.console.kpi.core.KpiReadingOrder;
import io.liveops.console.ui.kit.Icons;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every contract KPI for the as-of day as a sortable table: value in its unit, status as icon and
 * word, and for the selected row its definition, SQL file and error. Shows the board's readings, as the tiles do; the
 * board's toolbar above it has the day and refresh.
 */
public final class KpiTableView extends BorderPane {

    public KpiTableView(KpiReadingsViewModel readings) {
        getStyleClass().add("kpi-table-view");

        TableView<KpiReading> table = new TableView<>(readings.readings());
        table.setId("kpi-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No KPI values yet: they appear after the first refresh."));
        table.getColumns().add(column("Group", 150, r -> r.group().displayName()));
        table.getColumns().add(column("KPI", 200, r -> r.label()));
        table.getColumns().add(column("Id", 190, r -> r.id()));
        // the cells show the formatted text; the column sorts by the number behind it
        TableColumn<KpiReading, KpiReading> value = new TableColumn<>("Value");
        value.setId("kpi-table-value");
        value.setPrefWidth(120);
        value.setStyle("-fx-alignment: CENTER-RIGHT;");
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        value.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(KpiReading row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.valueText());
            }
        });
        value.setComparator(KpiReadingOrder.BY_VALUE);
        table.getColumns().add(value);
        TableColumn<KpiReading, KpiReading> status = new TableColumn<>("Status");
        status.setId("kpi-table-status");
        status.setPrefWidth(130);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        status.setComparator(KpiReadingOrder.BY_SEVERITY);
        table.getColumns().add(status);
        table.getColumns().add(column("SQL file", 260, r -> r.sqlSource()));

        TextArea details = new TextArea();
        details.setId("kpi-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(4);
        details.setPromptText("Select a KPI to see its definition, its SQL file and any error.");
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> details.setText(row == null ? ""
                : row.label() + " (" + row.id() + ")\n" + row.definition().definition() + "\nSQL: " + row.sqlSourceText()
                + (row.error() == null ? "" : "\nError: " + row.error())));

        VBox.setVgrow(table, Priority.ALWAYS);
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
            if (row.unjudged()) { // no threshold: no verdict, so no icon and no word that could read as healthy
                setText(null);
                setGraphic(null);
                setTooltip(new Tooltip(row.thresholdText()));
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
