package io.liveops.console.economy.ui;

import io.liveops.console.economy.core.ExcludedItem;
import io.liveops.console.economy.core.Gauge;
import io.liveops.console.ui.kit.Palette;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The Economy tab's three drill-downs as inner tabs: sources and sinks (chart and 7-day table), prices (index chart, item
 * table, items left out) and fraud (30-day chart, the last 24 h by rule and severity, the most-flagged users).
 */
final class EconomyDrillDown extends TabPane {

    private final EconomyViewModel vm;
    private final ObservableValue<Palette> palette;
    private final ChartViewer ledgerChart = viewer("economy-ledger-chart");
    private final ChartViewer indexChart = viewer("economy-index-chart");
    private final ChartViewer fraudChart = viewer("economy-fraud-chart");
    private final FlowPane ledgerLegend = legend("economy-ledger-legend");
    private final FlowPane indexLegend = legend("economy-index-legend");
    private final FlowPane fraudLegend = legend("economy-fraud-legend");
    private final VBox excluded = new VBox(4);

    EconomyDrillDown(EconomyViewModel vm, ObservableValue<Palette> palette) {
        this.vm = vm;
        this.palette = palette;
        setId("economy-drilldown");
        getStyleClass().add("economy-drilldown");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().addAll(tab("Sources and sinks", sourcesAndSinks()), tab("Prices", prices()), tab("Fraud", fraud()));
        vm.ledgerProperty().addListener((o, a, b) -> redraw());
        vm.pricesProperty().addListener((o, a, b) -> redraw());
        vm.fraudProperty().addListener((o, a, b) -> redraw());
        palette.addListener((o, a, b) -> redraw());
        redraw();
    }

    private void redraw() {
        Palette p = palette.getValue();
        show(ledgerChart, ledgerLegend, vm.ledgerProperty().get() == null ? EconomyCharts.emptyChart()
                : EconomyCharts.ledger(vm.ledgerProperty().get(), vm.thresholds().get(Gauge.RATIO.kpiId()), p));
        show(indexChart, indexLegend, vm.pricesProperty().get() == null ? EconomyCharts.emptyChart()
                : EconomyCharts.index(vm.pricesProperty().get(), vm.gaugeProperty(Gauge.INFLATION).get().bands(),
                vm.thresholds().get(Gauge.INFLATION.kpiId()), p));
        show(fraudChart, fraudLegend, vm.fraudProperty().get() == null ? EconomyCharts.emptyChart()
                : EconomyCharts.fraud(vm.fraudProperty().get(), p));
        excluded.getChildren().clear();
        if (vm.pricesProperty().get() != null) {
            List<ExcludedItem> items = vm.pricesProperty().get().excluded();
            Label title = new Label(items.isEmpty() ? "Every item traded in either window is in the index."
                    : "Left out of the index (" + items.size() + "):");
            title.getStyleClass().add("economy-subtitle");
            excluded.getChildren().add(title);
            for (ExcludedItem e : items) {
                Label l = new Label(e.itemId() + ": " + e.reason());
                l.setWrapText(true);
                l.getStyleClass().add("economy-note");
                excluded.getChildren().add(l);
            }
        }
    }

    private static void show(ChartViewer viewer, FlowPane legend, EconomyCharts.Drawn drawn) {
        viewer.setChart(drawn.chart());
        legend.getChildren().clear();
        for (EconomyCharts.Key k : drawn.legend()) {
            Shape swatch = k.line() ? new Line(0, 0, 14, 0) : new Rectangle(10, 10);
            if (k.line()) {
                swatch.setStroke(k.colour());
                swatch.setStrokeWidth(2);
            } else {
                swatch.setFill(k.colour());
            }
            Label l = new Label(k.name(), swatch);
            l.getStyleClass().add("economy-legend-item");
            l.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(l);
        }
    }

    private Node sourcesAndSinks() {
        TableView<EconomyRows.ReasonRow> t = EconomyTables.table("economy-reasons", vm.reasonRows(), vm.ledgerProblemProperty());
        t.getColumns().setAll(List.of(
                EconomyTables.text("Reason", 112, EconomyRows.ReasonRow::reason),
                EconomyTables.text("Flow", 52, EconomyRows.ReasonRow::flow),
                EconomyTables.column("7 days", 80, EconomyRows.ReasonRow::current, EconomyRows.ReasonRow::currentText, true),
                EconomyTables.column("Share", 60, EconomyRows.ReasonRow::share, EconomyRows.ReasonRow::shareText, true),
                EconomyTables.column("Week before", 104, EconomyRows.ReasonRow::previous, EconomyRows.ReasonRow::previousText, true),
                EconomyTables.column("Change", 72, EconomyRows.ReasonRow::change, EconomyRows.ReasonRow::changeText, true)));
        VBox side = titled("7-day totals per reason, against the week before", t);
        return split(chartArea(ledgerChart, ledgerLegend, vm.ledgerProblemProperty()), side, 0.48);
    }

    private Node prices() {
        TableView<EconomyRows.ItemRow> t = EconomyTables.table("economy-items", vm.itemRows(), vm.pricesProblemProperty());
        t.getColumns().setAll(List.of(
                EconomyTables.text("Item", 110, EconomyRows.ItemRow::item),
                EconomyTables.column("Base price", 86, EconomyRows.ItemRow::basePrice, EconomyRows.ItemRow::basePriceText, true),
                EconomyTables.column("Current price", 108, EconomyRows.ItemRow::currentPrice, EconomyRows.ItemRow::currentPriceText, true),
                EconomyTables.column("Change", 68, EconomyRows.ItemRow::change, EconomyRows.ItemRow::changeText, true),
                EconomyTables.column("Base qty", 76, EconomyRows.ItemRow::baseQuantity, EconomyRows.ItemRow::baseQuantityText, true),
                EconomyTables.column("Weight", 64, EconomyRows.ItemRow::weight, EconomyRows.ItemRow::weightText, true),
                EconomyTables.column("Contribution", 102, EconomyRows.ItemRow::contribution, EconomyRows.ItemRow::contributionText, true)));
        VBox.setVgrow(t, Priority.ALWAYS);
        VBox side = titled("Items in the index (sort by contribution to see what drives it)", t);
        side.getChildren().add(excluded);
        return split(chartArea(indexChart, indexLegend, vm.pricesProblemProperty()), side, 0.35);
    }

    private Node fraud() {
        TableView<EconomyRows.RuleRow> rules = EconomyTables.table("economy-fraud-rules", vm.ruleRows(), vm.fraudProblemProperty());
        rules.getColumns().setAll(List.of(
                EconomyTables.text("Rule", 150, EconomyRows.RuleRow::rule),
                EconomyTables.text("Severity", 76, EconomyRows.RuleRow::severity),
                EconomyTables.column("Flags", 60, EconomyRows.RuleRow::flags, r -> Long.toString(r.flags()), true)));
        TableView<EconomyRows.UserRow> users = EconomyTables.table("economy-fraud-users", vm.userRows(), vm.fraudProblemProperty());
        users.getColumns().setAll(List.of(
                EconomyTables.column("User id", 110, EconomyRows.UserRow::userId, u -> Long.toString(u.userId()), true),
                EconomyTables.column("Flags", 60, EconomyRows.UserRow::flags, u -> Long.toString(u.flags()), true)));
        VBox side = titled("Last 24 h by rule and severity", rules);
        Label usersTitle = new Label("Users with most flags (ids and counts only)");
        usersTitle.getStyleClass().add("economy-subtitle");
        VBox.setVgrow(users, Priority.ALWAYS);
        side.getChildren().addAll(usersTitle, users);
        return split(chartArea(fraudChart, fraudLegend, vm.fraudProblemProperty()), side, 0.6);
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId("economy-tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return t;
    }

    private static VBox titled(String title, TableView<?> table) {
        Label l = new Label(title);
        l.getStyleClass().add("economy-subtitle");
        l.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, l, table);
        box.setPadding(new Insets(8));
        return box;
    }

    private static SplitPane split(Node left, Node right, double divider) {
        SplitPane s = new SplitPane(left, right);
        s.setDividerPositions(divider);
        return s;
    }

    /** The chart and its legend, with what is missing and why over the chart when there is no data. */
    private static VBox chartArea(ChartViewer viewer, FlowPane legend, ObservableValue<String> problem) {
        Label why = new Label();
        why.textProperty().bind(problem);
        why.visibleProperty().bind(Bindings.createBooleanBinding(() -> problem.getValue() != null && !problem.getValue().isEmpty(), problem));
        why.setWrapText(true);
        why.setMaxWidth(420);
        why.getStyleClass().add("economy-chart-problem");
        StackPane area = new StackPane(viewer, why);
        area.setMinSize(260, 200);
        VBox.setVgrow(area, Priority.ALWAYS);
        VBox box = new VBox(2, area, legend);
        box.setMinWidth(260);
        return box;
    }

    private static FlowPane legend(String id) {
        FlowPane legend = new FlowPane(12, 2);
        legend.setId(id);
        legend.getStyleClass().add("economy-legend");
        legend.setPadding(new Insets(0, 8, 4, 8));
        return legend;
    }

    private static ChartViewer viewer(String id) {
        ChartViewer v = new ChartViewer(EconomyCharts.emptyChart().chart());
        v.setId(id);
        return v;
    }

    /** For tests: the chart on screen in a drill-down. */
    JFreeChart chart(String which) {
        return switch (which) {
            case "ledger" -> ledgerChart.getChart();
            case "index" -> indexChart.getChart();
            default -> fraudChart.getChart();
        };
    }
}
