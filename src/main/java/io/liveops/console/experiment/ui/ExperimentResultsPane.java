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
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** "3 · Decide" and "Results": the recommendation, its rule and the trust checks; the result tables and the lift chart. */
final class ExperimentResultsPane {


    private final ExperimentResultViewModel vm;

    ExperimentResultsPane(ExperimentResultViewModel vm) {
        this.vm = vm;
    }

    /** The verdict, its rule, the trust checks, export, and the lifts with their intervals filling the card's height. */
    Node decision(ObservableValue<Palette> palette) {
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
        JFreeChart forest = ExperimentCharts.forestChart();
        ChartViewer viewer = new ChartViewer(forest);
        viewer.setId("lift-chart");
        viewer.setPrefSize(300, 170);
        viewer.setMinSize(200, 140);
        Runnable redraw = () -> {
            ExperimentCharts.showForest(forest, vm.forest(), vm.forestUnitProperty().get());
            ExperimentCharts.applyPalette(forest, palette.getValue());
        };
        vm.forest().addListener((ListChangeListener<Object>) c -> redraw.run());
        palette.addListener((o, was, p) -> redraw.run());
        redraw.run();
        Label liftsTitle = section("Lifts with confidence intervals");
        for (Node n : List.of(liftsTitle, viewer)) {
            n.visibleProperty().bind(vm.hasResultProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox.setVgrow(viewer, Priority.ALWAYS);
        Label status = ExperimentControls.small(vm.statusProperty());
        Label hint = ExperimentControls.small(Bindings.when(vm.hasResultProperty()).then("")
                .otherwise("Press Analyse for the verdict, the rule that gave it, and the trust checks."));
        hint.setId("decide-hint");
        VBox box = new VBox(8, rec, hint, rule, method, srm, peek, exports, status, liftsTitle, viewer);
        VBox.setVgrow(box, Priority.ALWAYS);
        return ExperimentControls.card("3 · Decide: can I roll it out?", box);
    }

    Node results() {
        var none = Bindings.when(vm.hasResultProperty()).then("none in this analysis").otherwise("Analyse to see results");
        var railsNone = Bindings.when(vm.hasResultProperty()).then("no guardrails in this analysis").otherwise("Analyse to see results");
        ResultGrid<ArmLine> arms = new ResultGrid<>("arms", vm.armLines(), List.of(Column.of("arm", ArmLine::name, false),
                Column.of("users", ArmLine::users, true), Column.of("rate / mean", ArmLine::value, true), Column.of("interval", ArmLine::interval, true)), none);
        ResultGrid<ComparisonLine> comps = new ResultGrid<>("comparisons", vm.comparisonLines(), List.of(
                Column.of("metric", ComparisonLine::metric, false), Column.of("variant", ComparisonLine::variant, false),
                Column.of("lift", ComparisonLine::lift, true), Column.of("relative", ComparisonLine::relativeLift, true),
                Column.bound(vm.intervalLabelProperty(), ComparisonLine::interval, true),
                Column.bound(vm.statisticLabelProperty(), ComparisonLine::statistic, true), Column.of("p", ComparisonLine::p, true),
                Column.bound(vm.adjustedLabelProperty(), ComparisonLine::pAdjusted, true),
                Column.bound(vm.effectLabelProperty(), ComparisonLine::effect, true),
                Column.of("P(beats\ncontrol)", ComparisonLine::chanceToBeatControl, true)), none);
        ResultGrid<CupedLine> cuped = new ResultGrid<>("cuped", vm.cupedLines(), List.of(Column.of("metric", CupedLine::metric, false),
                Column.of("variant", CupedLine::variant, false), Column.of("θ", CupedLine::theta, true),
                Column.of("lift before", CupedLine::unadjustedLift, true), Column.of("CI before", CupedLine::unadjustedInterval, true),
                Column.of("lift after", CupedLine::adjustedLift, true), Column.of("CI after", CupedLine::adjustedInterval, true),
                Column.of("variance\ncut", CupedLine::varianceReduction, true), Column.of("as extra\ntraffic", CupedLine::extraDays, true)), none);
        Label cupedTitle = section("CUPED: adjusted with each user's 14 days before exposure");
        for (Node n : List.of(cuped, cupedTitle)) {
            n.visibleProperty().bind(Bindings.isNotEmpty(vm.cupedLines()));
            n.managedProperty().bind(n.visibleProperty());
        }
        ResultGrid<GuardrailLine> rails = new ResultGrid<>("guardrails", vm.guardrailLines(), List.of(Column.of("guardrail", GuardrailLine::metric, false),
                Column.of("variant", GuardrailLine::variant, false), Column.of("status", GuardrailLine::status, false),
                Column.of("change", GuardrailLine::change, true), Column.of("CI of the\nchange", GuardrailLine::interval, true),
                Column.of("tolerated", GuardrailLine::tolerance, false)), railsNone);

        // the comparison first: it is what the decision reads, and it stays on the first screen under the form
        VBox box = new VBox(8, section("Variants against control"), comps, section("Arms"), arms, section("Guardrails"), rails, cupedTitle, cuped);
        return ExperimentControls.card("Results", box);
    }

    private static Label section(String title) {
        Label l = ExperimentControls.label(title);
        l.getStyleClass().add("experiment-section");
        return l;
    }
}
