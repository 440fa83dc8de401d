package io.liveops.console.incident.ui;

import io.liveops.console.shared.DisplayFormats;

import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.Severity;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The History tab: every incident, filtered, with MTTA and MTTR; bound to {@link IncidentHistoryViewModel}. */
final class IncidentHistoryView extends VBox {

    IncidentHistoryView(IncidentHistoryViewModel vm, ZoneId zone) {
        super(8);
        getStyleClass().add("incident-history");
        setPadding(new Insets(8));
        ChoiceBox<Severity> sev = new ChoiceBox<>();
        sev.getItems().add(null);
        sev.getItems().addAll(Severity.values());
        sev.setConverter(IncidentBoardView.converter(s -> s == null ? "All severities" : s.name()));
        sev.valueProperty().bindBidirectional(vm.severityProperty());
        TextField search = new TextField();
        search.setPromptText("Search title, feature, description");
        search.textProperty().bindBidirectional(vm.textProperty());
        ChoiceBox<Integer> days = new ChoiceBox<>();
        days.getItems().setAll(30, 90);
        days.setConverter(IncidentBoardView.converter(d -> "Last " + d + " days"));
        days.valueProperty().bindBidirectional(vm.daysProperty());
        Label metrics = new Label();
        metrics.setWrapText(true);
        metrics.textProperty().bind(vm.metricsProperty());

        TableView<Incident> table = new TableView<>(vm.incidents());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DateTimeFormatter f = DisplayFormats.DATE_TIME.withZone(zone);
        table.getColumns().add(column("#", i -> String.valueOf(i.id()), 50));
        table.getColumns().add(column("Severity", i -> i.severity().name(), 80));
        table.getColumns().add(column("Title", Incident::title, 300));
        table.getColumns().add(column("Feature", Incident::feature, 110));
        table.getColumns().add(column("Status", i -> i.status().label(), 110));
        table.getColumns().add(column("Declared", i -> f.format(i.declaredAt()), 140));
        table.getColumns().add(column("Resolved", i -> i.resolvedAt() == null ? "" : f.format(i.resolvedAt()), 140));
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox filters = new HBox(8, sev, search, days);
        HBox.setHgrow(search, Priority.ALWAYS);
        getChildren().addAll(filters, metrics, table);
    }

    private static TableColumn<Incident, String> column(String title, Function<Incident, String> value, double width) {
        TableColumn<Incident, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 80));
        return c;
    }
}
