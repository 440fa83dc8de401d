package io.liveops.console.experiment.ui;

import io.liveops.console.ui.kit.ClipboardService;
import io.liveops.console.ui.kit.SaveDialogService;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.experiment.core.ExperimentReport;
import io.liveops.console.experiment.core.stats.Correction;
import io.liveops.console.experiment.core.stats.Cuped;
import io.liveops.console.experiment.core.stats.Decision;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.Comparison;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricResult;
import io.liveops.console.experiment.core.stats.Format;
import io.liveops.console.experiment.core.stats.Guardrail;
import io.liveops.console.experiment.core.stats.Interval;
import io.liveops.console.experiment.ui.ExperimentRows.ArmLine;
import io.liveops.console.experiment.ui.ExperimentRows.ComparisonLine;
import io.liveops.console.experiment.ui.ExperimentRows.CupedLine;
import io.liveops.console.experiment.ui.ExperimentRows.ForestPoint;
import io.liveops.console.experiment.ui.ExperimentRows.GuardrailLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The outcome part of the Experiments tab: the decision, the trust checks, the result tables, the lift chart and the report export. */
final class ExperimentResultViewModel {

    private final TaskExecutor executor;
    private final ClipboardService clipboard;
    private final SaveDialogService saveDialog;
    private final ExperimentReport report = new ExperimentReport();

    private final ReadOnlyObjectWrapper<ExperimentAnalysis.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper recommendation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper srmText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper srmAlarm = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper peekingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper peekingAlarm = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper method = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<ArmLine> armLines = FXCollections.observableArrayList();
    private final ObservableList<ComparisonLine> comparisonLines = FXCollections.observableArrayList();
    private final ObservableList<CupedLine> cupedLines = FXCollections.observableArrayList();
    private final ObservableList<GuardrailLine> guardrailLines = FXCollections.observableArrayList();
    private final ObservableList<ForestPoint> forest = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper forestUnit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statisticLabel = new ReadOnlyStringWrapper("z / t");
    private final ReadOnlyStringWrapper effectLabel = new ReadOnlyStringWrapper("effect");
    private final ReadOnlyStringWrapper adjustedLabel = new ReadOnlyStringWrapper("p (Holm)");
    private final ReadOnlyStringWrapper intervalLabel = new ReadOnlyStringWrapper("CI of the lift");
    private final BooleanBinding hasResult = result.isNotNull();
    private final ObjectBinding<Decision.Recommendation> recommendationKind =
            Bindings.createObjectBinding(() -> result.get() == null ? null : result.get().decision().recommendation(), result);

    public ExperimentResultViewModel(TaskExecutor executor, ClipboardService clipboard, SaveDialogService saveDialog) {
        this.executor = executor;
        this.clipboard = clipboard;
        this.saveDialog = saveDialog;
    }

    /** Removes the result (its inputs changed or became invalid) and says why. */
    void clear(String why) {
        if (result.get() == null && armLines.isEmpty()) {
            return;
        }
        result.set(null);
        recommendation.set("");
        rule.set(why);
        srmText.set("");
        srmAlarm.set(false);
        peekingText.set("");
        peekingAlarm.set(false);
        method.set("");
        armLines.clear();
        comparisonLines.clear();
        cupedLines.clear();
        guardrailLines.clear();
        forest.clear();
    }

    void show(ExperimentAnalysis.Result r) {
        boolean binary = r.input().kind() == MetricKind.BINARY;
        ExperimentAnalysis.Options o = r.input().options();
        result.set(r);
        recommendation.set(r.decision().recommendation().label() + (r.decision().variant() == null ? "" : " · " + r.decision().variant()));
        rule.set(r.decision().rule());
        srmText.set(ExperimentReport.srmLine(r.srm()).replace("**", ""));
        srmAlarm.set(r.srm() != null && r.srm().mismatch());
        var peek = r.peeking();
        peekingAlarm.set(peek.early());
        peekingText.set(o.sequential() ? "Sequential testing: the intervals and p-values are always valid, so reading them now is not peeking."
                : peek.plannedPerArm() == null ? "Peeking: no planned sample size given."
                : peek.early() ? String.format(Locale.ROOT, "Peeking: the smallest arm has %,d of the planned %,d users; a result now is not final.",
                peek.smallestArm(), peek.plannedPerArm())
                : String.format(Locale.ROOT, "Planned sample size reached (%,d per arm).", peek.plannedPerArm()));
        method.set((o.sequential() ? "Always-valid results (N* " + Format.plain(o.sequentialNStar()) + ")" : "Fixed-horizon tests") + " · "
                + (o.correction() == Correction.NONE ? "no correction" : o.correction().label() + " correction across metrics × variants")
                + (r.metrics().stream().anyMatch(m -> m.cuped() != null) ? " · CUPED applied" : ""));
        armLines.setAll(r.arms().stream().map(a -> new ArmLine(a.name(), String.format(Locale.ROOT, "%,d", a.users()),
                binary ? Format.percent(a.value()) : Format.plain(a.value()),
                binary ? String.format(Locale.ROOT, "%.2f to %.2f %%", 100 * a.ci().lower(), 100 * a.ci().upper())
                        : Format.plain(a.ci().lower()) + " to " + Format.plain(a.ci().upper()))).toList());
        statisticLabel.set(binary ? "z" : "t (df)");
        effectLabel.set(binary ? "Cohen's h" : "Cohen's d");
        adjustedLabel.set(o.correction() == Correction.NONE ? "p (uncorrected)" : "p (" + o.correction().label() + ")");
        intervalLabel.set(o.sequential() ? "CI (always valid)" : Format.plain(100 * (1 - r.input().alpha())) + " % CI");
        List<ComparisonLine> lines = new ArrayList<>();
        List<CupedLine> cuped = new ArrayList<>();
        for (MetricResult m : r.metrics()) {
            boolean rate = m.data().kind() == MetricKind.BINARY;
            for (Comparison c : m.comparisons()) {
                lines.add(line(m, c, rate));
                if (c.cuped() != null) {
                    cuped.add(cupedLine(m, c, rate));
                }
            }
        }
        comparisonLines.setAll(lines);
        cupedLines.setAll(cuped);
        guardrailLines.setAll(r.guardrails().stream().map(g -> new GuardrailLine(g.metric(), g.variant(), g.status().label(),
                Format.change(g.change(), g.binary()), g.changeCi() == null ? "undefined: " + g.undefined() : Format.interval(g.changeCi(), g.binary()),
                Format.change(g.tolerance(), g.binary()).replace("+", "") + (g.direction() == Guardrail.Direction.LOWER_IS_BETTER
                        ? " (lower is better)" : " (higher is better)"))).toList());
        double scale = binary ? 100 : 1;
        forestUnit.set(binary ? "lift (percentage points)" : "lift (" + r.input().metric() + ")");
        forest.setAll(r.comparisons().stream().filter(c -> c.liftCi() != null).map(c -> new ForestPoint(c.variant(), scale * c.lift(),
                scale * c.liftCi().lower(), scale * c.liftCi().upper(), c.significant())).toList());
    }

    private static ComparisonLine line(MetricResult m, Comparison c, boolean rate) {
        String stat;
        String effect;
        if (c.cuped() != null) {
            var w = c.cuped().adjusted();
            stat = w.t() == null ? "undefined" : Format.plain(w.t()) + " (" + String.format(Locale.ROOT, "%.1f", w.df()) + ")";
            effect = w.cohensD() == null ? "undefined" : Format.plain(w.cohensD());
        } else if (rate) {
            Double z = c.proportions().z();
            stat = z == null ? "undefined" : Format.plain(z);
            effect = Format.plain(c.proportions().cohensH());
        } else {
            Double t = c.means().t();
            stat = t == null ? "undefined" : Format.plain(t) + " (" + String.format(Locale.ROOT, "%.1f", c.means().df()) + ")";
            effect = c.means().cohensD() == null ? "undefined" : Format.plain(c.means().cohensD());
        }
        String chance = c.chanceToBeatControl() == null ? "n/a" : Format.percent(c.chanceToBeatControl());
        String metric = m.data().metric() + (m.cuped() != null ? " (CUPED)" : "") + (m.data().role() == ExperimentAnalysis.Role.SECONDARY ? " · secondary" : "");
        return new ComparisonLine(metric, c.variant(), Format.change(c.lift(), rate), Format.signedPercent(c.relativeLift()),
                Format.interval(c.liftCi(), rate), stat, Format.p(c.rawP(), c.undefined()), Format.p(c.adjustedP(), c.undefined()), effect, chance,
                c.significant(), c.note() == null ? "" : c.note());
    }

    private static CupedLine cupedLine(MetricResult m, Comparison c, boolean rate) {
        Cuped.Comparison cc = c.cuped();
        Interval before = cc.unadjusted().differenceCi();
        return new CupedLine(m.data().metric(), c.variant(), Format.plain(m.cuped().theta()), Format.change(c.unadjustedLift(), rate),
                Format.interval(before, rate), Format.change(c.lift(), rate), Format.interval(c.liftCi(), rate),
                cc.varianceReduction() == null ? "undefined" : Format.percent(cc.varianceReduction()),
                cc.extraDays() == null ? "n/a" : String.format(Locale.ROOT, "%.1f days", cc.extraDays()));
    }

    // ------------------------------------------------------------------ export

    public String markdown() {
        return result.get() == null ? "" : report.markdown(result.get());
    }

    public String json() {
        return result.get() == null ? "" : report.json(result.get());
    }

    public void copyMarkdown() {
        if (result.get() != null) {
            clipboard.putText(markdown());
            status.set("Markdown report copied to the clipboard.");
        }
    }

    public void copyJson() {
        if (result.get() != null) {
            clipboard.putText(json());
            status.set("JSON report copied to the clipboard.");
        }
    }

    public void exportMarkdown() {
        export(markdown(), "md");
    }

    public void exportJson() {
        export(json(), "json");
    }

    private void export(String text, String extension) {
        if (result.get() == null) {
            return;
        }
        String name = "experiment-" + result.get().input().experimentId().replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension;
        saveDialog.askSaveFile("Save the experiment report", name).ifPresent(file -> executor.execute(
                BackgroundTask.of("Save report", (p, c) -> {
                            file.write(text);
                            return file;
                        })
                        .onSuccess(f -> status.set("Saved the report to " + f.location() + "."))
                        .onFailure(e -> status.set("Could not save the report to " + file.location() + ": " + e.getMessage()))));
    }

    // ------------------------------------------------------------------ properties

    public ReadOnlyObjectProperty<ExperimentAnalysis.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True while a result is on screen; Export and Copy are enabled only then. */
    public BooleanBinding hasResultProperty() {
        return hasResult;
    }

    public ReadOnlyStringProperty recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ruleProperty() {
        return rule.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty srmTextProperty() {
        return srmText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty srmAlarmProperty() {
        return srmAlarm.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty peekingTextProperty() {
        return peekingText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty peekingAlarmProperty() {
        return peekingAlarm.getReadOnlyProperty();
    }

    /** How the numbers were computed, in one line (inference, correction, CUPED). */
    public ReadOnlyStringProperty methodProperty() {
        return method.getReadOnlyProperty();
    }

    /** What the last export or copy did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<ArmLine> armLines() {
        return armLines;
    }

    public ObservableList<ComparisonLine> comparisonLines() {
        return comparisonLines;
    }

    public ObservableList<CupedLine> cupedLines() {
        return cupedLines;
    }

    public ObservableList<GuardrailLine> guardrailLines() {
        return guardrailLines;
    }

    public ObservableList<ForestPoint> forest() {
        return forest;
    }

    /** Header of the statistic column: "z" for rates, "t (df)" for means. */
    public ReadOnlyStringProperty statisticLabelProperty() {
        return statisticLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty effectLabelProperty() {
        return effectLabel.getReadOnlyProperty();
    }

    /** Header of the adjusted p column, e.g. "p (Holm)". */
    public ReadOnlyStringProperty adjustedLabelProperty() {
        return adjustedLabel.getReadOnlyProperty();
    }

    /** Header of the interval column, e.g. "95 % CI" or "CI (always valid)". */
    public ReadOnlyStringProperty intervalLabelProperty() {
        return intervalLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty forestUnitProperty() {
        return forestUnit.getReadOnlyProperty();
    }

    /** The recommendation of the current result; null when none is on screen (the View colours the banner by it). */
    public ObjectBinding<Decision.Recommendation> recommendationKindProperty() {
        return recommendationKind;
    }
}
