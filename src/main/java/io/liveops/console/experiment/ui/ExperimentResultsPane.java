package io.liveops.console.experiment.ui;

import io.liveops.console.experiment.ui.ExperimentRows.ArmLine;
import io.liveops.console.experiment.ui.ExperimentRows.ComparisonLine;
import io.liveops.console.experiment.ui.ExperimentRows.CupedLine;
import io.liveops.console.experiment.ui.ExperimentRows.GuardrailLine;
import io.liveops.console.experiment.ui.ResultGrid.Column;
import io.liveops.console.ui.kit.Palette;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** "3 · Decide" and "Results": the recommendation, its rule and the trust checks; the result tables and the lift chart. */
final class ExperimentResultsPane {

    private static final String EMPTY = "Analyse to see results";

    private final ExperimentResultViewModel vm;

    ExperimentResultsPane(ExperimentResultViewModel vm) {
        this.vm = vm;
    }

    Node decision() {
        Label rec = new Label();
        rec.setId("recommendation");
        rec.setMinWidth(Control.USE_PREF_SIZE);
        rec.textProperty().bind(Bindings.when(vm.hasResultProperty()).then(vm.recommendationProperty()).otherwise("No analysis yet"));
        rec.getStyleClass().add("experiment-recommendation");
        vm.recommendationKindProperty().addListener((o, a, b) -> {
            rec.getStyleClass().removeAll("rollout", "rollback", "monitor");
            if (b != null) {
                rec.getStyleClass().add(switch (b) {
                    case ROLLOUT -> "rollout";
                    case ROLLBACK -> "rollback";
                    case CONTINUE_MONITORING -> "monitor";
                });
            }
        });
        Label rule = ExperimentControls.sentence("rule", vm.ruleProperty());
        Label method = ExperimentControls.small(vm.methodProperty());
        method.setId("method");
        Label srm = ExperimentControls.sentence("srm", vm.srmTextProperty());
        vm.srmAlarmProperty().addListener((o, a, b) -> ExperimentControls.toggle(srm, "experiment-alarm", b));
        Label peek = ExperimentControls.sentence("peeking", vm.peekingTextProperty());
        vm.peekingAlarmProperty().addListener((o, a, b) -> ExperimentControls.toggle(peek, "experiment-warning", b));

        Button exportMd = new Button("Export Markdown…");
        exportMd.setId("export-md");
        exportMd.setOnAction(e -> vm.exportMarkdown());
        Button exportJson = new Button("Export JSON…");
        exportJson.setId("export-json");
        exportJson.setOnAction(e -> vm.exportJson());
        Button copyMd = new Button("Copy Markdown");
        copyMd.setId("copy-md");
        copyMd.setOnAction(e -> vm.copyMarkdown());
        Button copyJson = new Button("Copy JSON");
        copyJson.setId("copy-json");
        copyJson.setOnAction(e -> vm.copyJson());
        FlowPane exports = new FlowPane(8, 8, exportMd, exportJson, copyMd, copyJson);
        for (Node b : exports.getChildren()) {
            ((Button) b).setMinWidth(Control.USE_PREF_SIZE);
            b.disableProperty().bind(vm.hasResultProperty().not());
        }
        Label status = ExperimentControls.small(vm.statusProperty());
        return ExperimentControls.card("3 · Decide: can I roll it out?", new VBox(8, rec, rule, method, srm, peek, exports, status));
    }

    Node results(ObservableValue<Palette> palette) {
        ResultGrid<ArmLine> arms = new ResultGrid<>("arms", vm.armLines(), List.of(Column.of("arm", ArmLine::name, false),
                Column.of("users", ArmLine::users, true), Column.of("rate / mean", ArmLine::value, true), Column.of("interval", ArmLine::interval, true)), EMPTY);
        ResultGrid<ComparisonLine> comps = new ResultGrid<>("comparisons", vm.comparisonLines(), List.of(
                Column.of("metric", ComparisonLine::metric, false), Column.of("variant", ComparisonLine::variant, false),
                Column.of("lift", ComparisonLine::lift, true), Column.of("relative", ComparisonLine::relativeLift, true),
                Column.bound(vm.intervalLabelProperty(), ComparisonLine::interval, true),
                Column.bound(vm.statisticLabelProperty(), ComparisonLine::statistic, true), Column.of("p", ComparisonLine::p, true),
                Column.bound(vm.adjustedLabelProperty(), ComparisonLine::pAdjusted, true),
                Column.bound(vm.effectLabelProperty(), ComparisonLine::effect, true),
                Column.of("P(beats control)", ComparisonLine::chanceToBeatControl, true)), EMPTY);
        ResultGrid<CupedLine> cuped = new ResultGrid<>("cuped", vm.cupedLines(), List.of(Column.of("metric", CupedLine::metric, false),
                Column.of("variant", CupedLine::variant, false), Column.of("θ", CupedLine::theta, true),
                Column.of("lift before", CupedLine::unadjustedLift, true), Column.of("CI before", CupedLine::unadjustedInterval, true),
                Column.of("lift after", CupedLine::adjustedLift, true), Column.of("CI after", CupedLine::adjustedInterval, true),
                Column.of("variance cut", CupedLine::varianceReduction, true), Column.of("as extra traffic", CupedLine::extraDays, true)), EMPTY);
        Label cupedTitle = ExperimentControls.label("CUPED: adjusted with each user's 14 days before exposure");
        for (Node n : List.of(cuped, cupedTitle)) {
            n.visibleProperty().bind(Bindings.isNotEmpty(vm.cupedLines()));
            n.managedProperty().bind(n.visibleProperty());
        }
        ResultGrid<GuardrailLine> rails = new ResultGrid<>("guardrails", vm.guardrailLines(), List.of(Column.of("guardrail", GuardrailLine::metric, false),
                Column.of("variant", GuardrailLine::variant, false), Column.of("status", GuardrailLine::status, false),
                Column.of("change", GuardrailLine::change, true), Column.of("CI of the change", GuardrailLine::interval, true),
                Column.of("tolerated", GuardrailLine::tolerance, false)), EMPTY);

        JFreeChart forest = ExperimentCharts.forestChart();
        ChartViewer viewer = new ChartViewer(forest);
        viewer.setId("lift-chart");
        viewer.setPrefSize(520, 170);
        viewer.setMinHeight(140);
        Runnable redraw = () -> {
            ExperimentCharts.showForest(forest, vm.forest(), vm.forestUnitProperty().get());
            ExperimentCharts.applyPalette(forest, palette.getValue());
        };
        vm.forest().addListener((ListChangeListener<Object>) c -> redraw.run());
        palette.addListener((o, was, p) -> redraw.run());
        redraw.run();
        VBox box = new VBox(8, ExperimentControls.label("Arms"), arms, ExperimentControls.label("Variants against control"), comps, cupedTitle, cuped,
                ExperimentControls.label("Guardrails"), rails, ExperimentControls.label("Lifts with confidence intervals"), viewer);
        return ExperimentControls.card("Results", box);
    }
}
