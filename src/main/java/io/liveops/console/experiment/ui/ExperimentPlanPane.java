package io.liveops.console.experiment.ui;

import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.ui.kit.Palette;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** "1 · Plan": the sample-size form and its figures with the power-against-duration chart. */
final class ExperimentPlanPane {

    private final ExperimentPlanViewModel plan;
    private final ExperimentControls controls;

    ExperimentPlanPane(ExperimentPlanViewModel plan, ExperimentControls controls) {
        this.plan = plan;
        this.controls = controls;
    }

    Node form() {
        GridPane g = ExperimentControls.grid();
        ChoiceBox<MetricKind> kind = ExperimentControls.kindChoice();
        kind.valueProperty().bindBidirectional(plan.kindProperty());
        int r = 0;
        g.addRow(r++, ExperimentControls.label("Metric"), kind);
        g.addRow(r++, ExperimentControls.label("Baseline", "Baseline rate (conversion) or baseline mean (continuous)"),
                controls.field("plan-baseline", plan.baselineProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.BASELINE)));
        TextField mde = controls.field("plan-mde", plan.mdeProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.MDE));
        CheckBox relative = new CheckBox("relative");
        relative.setMinWidth(Control.USE_PREF_SIZE);
        relative.selectedProperty().bindBidirectional(plan.relativeProperty());
        g.addRow(r++, ExperimentControls.label("Min. detectable effect", "Absolute (rate points or metric units), or a fraction of the baseline when relative"),
                mde);
        g.add(relative, 1, r++); // under the field, so the plan stays a narrow column
        TextField sd = controls.field("plan-sd", plan.sdProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.SD));
        sd.disableProperty().bind(plan.kindProperty().isEqualTo(MetricKind.BINARY));
        g.addRow(r++, ExperimentControls.label("Standard deviation", "Of the continuous metric; a conversion rate needs none"), sd);
        g.addRow(r++, ExperimentControls.label("Alpha"), controls.field("plan-alpha", plan.alphaProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.ALPHA)));
        g.addRow(r++, ExperimentControls.label("Power"), controls.field("plan-power", plan.powerProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.POWER)));
        g.addRow(r++, ExperimentControls.label("Arms"), controls.field("plan-arms", plan.armsProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.ARMS)));
        Button fromWarehouse = new Button("From warehouse");
        fromWarehouse.setId("plan-from-warehouse");
        fromWarehouse.setMinWidth(Control.USE_PREF_SIZE);
        fromWarehouse.setTooltip(new Tooltip("The mean daily session users of the last 7 days"));
        fromWarehouse.setOnAction(e -> plan.loadTrafficFromWarehouse());
        TextField traffic = controls.field("plan-traffic", plan.dailyTrafficProperty(), plan.errorProperty(ExperimentPlanViewModel.Field.TRAFFIC));
        traffic.setPromptText("users a day");
        g.addRow(r++, ExperimentControls.label("Daily traffic"), traffic);
        g.add(new VBox(4, fromWarehouse, ExperimentControls.small(plan.trafficSourceProperty())), 1, r);
        return ExperimentControls.card("1 · Plan: how long must it run?", g);
    }

    /** The figures, the power curve once the plan has a duration, and a one-line hint in the curve's place until then. */
    Node result(ObservableValue<Palette> palette) {
        Label perArm = ExperimentControls.big(plan.perArmProperty());
        perArm.setId("plan-per-arm");
        Label total = ExperimentControls.big(plan.totalProperty());
        Label days = ExperimentControls.big(plan.durationProperty());
        days.setId("plan-duration");
        GridPane figures = ExperimentControls.figures(new String[] {"Users per arm", "Users in all", "Duration"}, new Label[] {perArm, total, days});
        JFreeChart chart = ExperimentCharts.powerChart();
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("power-chart");
        viewer.setPrefSize(300, 170);
        viewer.setMinSize(200, 150);
        Label caption = ExperimentControls.label("Power against duration");
        Label hint = ExperimentControls.label("Power against duration shows once the plan has a duration.");
        hint.setId("power-hint");
        hint.getStyleClass().add("experiment-note");
        hint.setWrapText(true);
        hint.setMinWidth(Region.USE_COMPUTED_SIZE);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        var drawn = Bindings.isNotEmpty(plan.powerCurve());
        for (Node n : List.of(caption, viewer)) {
            n.visibleProperty().bind(drawn);
            n.managedProperty().bind(drawn);
        }
        hint.visibleProperty().bind(drawn.not());
        hint.managedProperty().bind(drawn.not());
        Runnable redraw = () -> {
            ExperimentCharts.showPower(chart, plan.powerCurve(), plan.plan() == null ? 0.8 : plan.plan().power());
            ExperimentCharts.applyPalette(chart, palette.getValue());
        };
        plan.powerCurve().addListener((ListChangeListener<Object>) c -> redraw.run());
        palette.addListener((o, was, p) -> redraw.run());
        redraw.run();
        Label summary = ExperimentControls.small(plan.summaryProperty());
        summary.setId("plan-summary");
        VBox box = new VBox(8, figures, summary, caption, viewer, hint);
        return ExperimentControls.card("Sample size", box);
    }
}
