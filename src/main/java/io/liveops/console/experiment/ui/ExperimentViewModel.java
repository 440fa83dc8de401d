package io.liveops.console.experiment.ui;

import io.liveops.console.experiment.core.ArmInputs;
import io.liveops.console.experiment.core.ExperimentReport;
import io.liveops.console.experiment.core.ExperimentService;
import io.liveops.console.experiment.core.GuardrailSpec;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.experiment.ui.ExperimentRows.ArmLine;
import io.liveops.console.experiment.ui.ExperimentRows.ArmRow;
import io.liveops.console.experiment.ui.ExperimentRows.ComparisonLine;
import io.liveops.console.experiment.ui.ExperimentRows.ForestPoint;
import io.liveops.console.experiment.ui.ExperimentRows.GuardrailLine;
import io.liveops.console.experiment.ui.ExperimentRows.GuardrailRow;
import io.liveops.console.experiment.core.ExperimentService.ExperimentInfo;
import io.liveops.console.experiment.core.stats.Arm;
import io.liveops.console.experiment.core.stats.ArmCounts;
import io.liveops.console.experiment.core.stats.ArmMoments;
import io.liveops.console.experiment.core.stats.Decision;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.Comparison;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.Format;
import io.liveops.console.experiment.core.stats.Guardrail;
import io.liveops.console.experiment.core.stats.InvalidInputException;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Experiments tab's state and behaviour: plan, analyse (typed counts or a warehouse experiment),
 * trust checks, decision and report export. JavaFX properties only; validation rules live here,
 * warehouse work runs through the {@link TaskExecutor}; the clipboard and the save dialog are ports,
 * so the whole tab is testable without a screen.
 */
public final class ExperimentViewModel {

    /** Where the analysed numbers come from. */
    public enum Source { MANUAL, WAREHOUSE }

    /** Form-level inputs that can carry a message. */
    public enum Field { ALPHA, PLANNED, WEIGHTS, ARMS, EXPERIMENT }

    /** Puts text on the system clipboard. */
    @FunctionalInterface
    public interface ClipboardPort {
        void putText(String text);
    }

    /** Asks the user where to save; empty when cancelled. */
    @FunctionalInterface
    public interface SaveDialog {
        Optional<Path> askSavePath(String suggestedName, String extension);
    }

    private final TaskExecutor executor;
    private final Supplier<Optional<ExperimentService>> service;
    private final ClipboardPort clipboard;
    private final SaveDialog saveDialog;
    private final ExperimentAnalysis analysis = new ExperimentAnalysis();
    private final ExperimentReport report = new ExperimentReport();
    private final ExperimentPlanViewModel plan;

    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.MANUAL);
    private final ObjectProperty<MetricKind> kind = new SimpleObjectProperty<>(MetricKind.BINARY);
    private final StringProperty experimentId = new SimpleStringProperty("manual");
    private final StringProperty alpha = new SimpleStringProperty("0.05");
    private final StringProperty plannedPerArm = new SimpleStringProperty("");
    private final StringProperty plannedSplit = new SimpleStringProperty("equal");
    private final ObservableList<ArmRow> arms = FXCollections.observableArrayList();
    private final ObservableList<GuardrailRow> guardrails = FXCollections.observableArrayList();
    private final ObservableList<ExperimentInfo> experiments = FXCollections.observableArrayList();
    private final ObjectProperty<ExperimentInfo> selectedExperiment = new SimpleObjectProperty<>();
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);

    private final ReadOnlyObjectWrapper<ExperimentAnalysis.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper recommendation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper srmText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper srmAlarm = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper peekingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper peekingAlarm = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ArmLine> armLines = FXCollections.observableArrayList();
    private final ObservableList<ComparisonLine> comparisonLines = FXCollections.observableArrayList();
    private final ObservableList<GuardrailLine> guardrailLines = FXCollections.observableArrayList();
    private final ObservableList<ForestPoint> forest = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper forestUnit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statisticLabel = new ReadOnlyStringWrapper("z / t");
    private final ReadOnlyStringWrapper effectLabel = new ReadOnlyStringWrapper("effect");
    private final BooleanBinding hasResult = result.isNotNull();
    private final ObjectBinding<Decision.Recommendation> recommendationKind =
            Bindings.createObjectBinding(() -> result.get() == null ? null : result.get().decision().recommendation(), result);

    /**
     * @param executor        runs warehouse work (FxTaskExecutor in the app, CurrentThreadTaskExecutor in tests)
     * @param warehouse       the active warehouse, if any; asked on every use, so switching warehouses needs no rewiring
     * @param sqlOverrideRoot the user's config folder for SQL overrides; may be null
     * @param clipboard       the system clipboard
     * @param saveDialog      the save-file dialog
     */
    public ExperimentViewModel(TaskExecutor executor, Supplier<Optional<Warehouse>> warehouse, Path sqlOverrideRoot,
                               ClipboardPort clipboard, SaveDialog saveDialog) {
        this.executor = executor;
        this.service = () -> warehouse.get().map(w -> new ExperimentService(w, new SqlCatalog(w.dialect(), sqlOverrideRoot), Duration.ofSeconds(60)));
        this.clipboard = clipboard;
        this.saveDialog = saveDialog;
        this.plan = new ExperimentPlanViewModel(executor, service);
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        arms.add(newArm("control", ""));
        arms.add(newArm("variant", ""));
        guardrails.add(newGuardrail("session_crash", Guardrail.Direction.LOWER_IS_BETTER, "0"));
        kind.addListener((o, a, b) -> arms.forEach(this::validateArm));
        alpha.addListener(o -> validateForm());
        plannedPerArm.addListener(o -> validateForm());
        plannedSplit.addListener(o -> validateForm());
        source.addListener(o -> validateForm());
        selectedExperiment.addListener(o -> validateForm());
        validateForm();
    }

    public ExperimentPlanViewModel plan() {
        return plan;
    }

    // ------------------------------------------------------------------ rows

    public void addVariant() {
        arms.add(newArm("", ""));
        renumber();
    }

    /** Removes the last variant; the control stays. */
    public void removeVariant() {
        if (arms.size() > 1) {
            arms.remove(arms.size() - 1);
            renumber();
        }
    }

    public GuardrailRow addGuardrail() {
        GuardrailRow row = newGuardrail("", Guardrail.Direction.LOWER_IS_BETTER, "0");
        guardrails.add(row);
        return row;
    }

    public void removeGuardrail(GuardrailRow row) {
        guardrails.remove(row);
    }

    private ArmRow newArm(String name, String text) {
        ArmRow row = new ArmRow(name, text);
        row.textProperty().addListener(o -> validateArm(row));
        return row;
    }

    private GuardrailRow newGuardrail(String metric, Guardrail.Direction direction, String tolerance) {
        GuardrailRow row = new GuardrailRow(metric, direction, tolerance);
        row.metricProperty().addListener(o -> validateGuardrail(row));
        row.toleranceProperty().addListener(o -> validateGuardrail(row));
        row.countsProperty().addListener(o -> validateGuardrail(row));
        return row;
    }

    private void renumber() {
        List<String> names = ArmInputs.armNames(arms.size());
        for (int i = 0; i < arms.size(); i++) {
            arms.get(i).rename(names.get(i));
        }
        validateForm();
    }

    // ------------------------------------------------------------------ validation

    private void validateArm(ArmRow row) {
        validateArm(row, false);
    }

    /** A blank arm is only refused when the user asks for an analysis ({@code strict}): no red marks on a fresh form. */
    private void validateArm(ArmRow row, boolean strict) {
        if (source.get() == Source.WAREHOUSE) {
            row.setError("");
            return;
        }
        if (row.textProperty().get() == null || row.textProperty().get().isBlank()) {
            row.setError(!strict ? "" : kind.get() == MetricKind.BINARY ? "Enter " + row.nameProperty().get() + " as successes/trials, e.g. 450/1000."
                    : "Enter " + row.nameProperty().get() + " as MEAN,SD,N, e.g. 4.2,3.1,1500.");
            return;
        }
        row.setError(message(() -> parseArm(row)));
    }

    private Arm parseArm(ArmRow row) {
        String name = row.nameProperty().get();
        return kind.get() == MetricKind.BINARY ? ArmInputs.counts("arm", name, row.textProperty().get())
                : ArmInputs.moments("arm", name, row.textProperty().get());
    }

    private void validateGuardrail(GuardrailRow row) {
        row.setError(message(() -> guardrail(row, arms.size())));
    }

    /** The guardrail of a row, or null when its counts are left empty (skipped in manual mode). */
    private Guardrail guardrail(GuardrailRow row, int armCount) {
        GuardrailSpec spec = spec(row);
        String text = row.countsProperty().get();
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(";", -1);
        if (parts.length != armCount) {
            throw new InvalidInputException("guardrail", "Give guardrail " + spec.metric() + " one value per arm separated by ';' ("
                    + armCount + " arms, got " + parts.length + ").");
        }
        List<String> names = ArmInputs.armNames(armCount);
        List<Arm> data = new ArrayList<>(armCount);
        for (int i = 0; i < armCount; i++) {
            data.add(parts[i].contains("/") ? ArmInputs.counts("guardrail", spec.metric() + " of " + names.get(i), parts[i])
                    : ArmInputs.moments("guardrail", spec.metric() + " of " + names.get(i), parts[i]));
        }
        List<Arm> renamed = new ArrayList<>(armCount);
        for (int i = 0; i < armCount; i++) {
            Arm a = data.get(i);
            renamed.add(a instanceof ArmCounts c ? new ArmCounts(names.get(i), c.successes(), c.trials())
                    : new ArmMoments(names.get(i), ((ArmMoments) a).mean(), ((ArmMoments) a).sd(), ((ArmMoments) a).n()));
        }
        if (renamed.stream().map(Object::getClass).distinct().count() > 1) {
            throw new InvalidInputException("guardrail", "Guardrail " + spec.metric() + " mixes counts and means: use one kind for every arm.");
        }
        return new Guardrail(spec.metric(), spec.direction(), spec.tolerance(), renamed);
    }

    private static GuardrailSpec spec(GuardrailRow row) {
        String metric = row.metricProperty().get() == null ? "" : row.metricProperty().get().trim();
        if (metric.isEmpty()) {
            throw new InvalidInputException("guardrail", "Name the guardrail metric, e.g. session_crash.");
        }
        double tol = ArmInputs.number("guardrail", "The tolerated change of " + metric, row.toleranceProperty().get());
        if (tol < 0) {
            throw new InvalidInputException("guardrail", "The tolerated change of " + metric + " must be 0 or more (it counts in the bad direction).");
        }
        return new GuardrailSpec(metric, row.directionProperty().get(), tol);
    }

    private void validateForm() {
        errors.get(Field.ALPHA).set(message(() -> ArmInputs.probability("alpha", "Alpha", alpha.get())));
        errors.get(Field.PLANNED).set(message(this::planned));
        errors.get(Field.WEIGHTS).set(message(this::weights));
        errors.get(Field.ARMS).set(source.get() == Source.MANUAL && arms.size() < 2
                ? "An experiment needs a control and at least one variant: add a variant." : "");
        errors.get(Field.EXPERIMENT).set(source.get() == Source.WAREHOUSE && selectedExperiment.get() == null ? "Pick an experiment of the warehouse." : "");
        arms.forEach(this::validateArm);
        guardrails.forEach(this::validateGuardrail);
    }

    private Long planned() {
        String t = plannedPerArm.get();
        if (t == null || t.isBlank()) {
            return null;
        }
        long v = ArmInputs.whole("planned", "The planned users per arm", t);
        if (v <= 0) {
            throw new InvalidInputException("planned", "The planned users per arm must be positive, got " + v + ".");
        }
        return v;
    }

    /** Planned split: blank = no SRM check, "equal" = equal shares, else one weight per arm. */
    private double[] weights() {
        String t = plannedSplit.get();
        if (t == null || t.isBlank()) {
            return null;
        }
        if (t.trim().equalsIgnoreCase("equal")) {
            double[] w = new double[Math.max(2, arms.size())];
            Arrays.fill(w, 1);
            return w;
        }
        double[] w = ArmInputs.numbers("weights", "Planned weights", t);
        for (double x : w) {
            if (x <= 0) {
                throw new InvalidInputException("weights", "Planned weights must be positive, e.g. 50,50.");
            }
        }
        return w;
    }

    private interface Check {
        Object run();
    }

    private static String message(Check check) {
        try {
            check.run();
            return "";
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    /** True when nothing in the form carries a message. */
    public boolean isValid() {
        boolean form = errors.values().stream().allMatch(e -> e.get().isEmpty());
        if (source.get() == Source.WAREHOUSE) {
            return form;
        }
        return form && arms.stream().allMatch(a -> a.errorProperty().get().isEmpty())
                && guardrails.stream().allMatch(g -> g.errorProperty().get().isEmpty());
    }

    // ------------------------------------------------------------------ warehouse

    public boolean warehouseAvailable() {
        return service.get().isPresent();
    }

    /** Loads the warehouse's experiments into {@link #experiments()}. */
    public void refreshExperiments() {
        Optional<ExperimentService> svc = service.get();
        if (svc.isEmpty()) {
            status.set("No warehouse connected: type the counts by hand.");
            return;
        }
        busy.set(true);
        status.set("Loading experiments…");
        executor.execute(BackgroundTask.of("Experiments", (p, c) -> svc.get().list(c))
                .onSuccess(list -> {
                    busy.set(false);
                    experiments.setAll(list);
                    status.set(list.isEmpty() ? "The warehouse has no experiments." : list.size() + " experiments in the warehouse.");
                    if (selectedExperiment.get() == null && !list.isEmpty()) {
                        selectedExperiment.set(list.get(0));
                    }
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set(e.getMessage());
                })
                .onCancelled(() -> busy.set(false)));
    }

    // ------------------------------------------------------------------ analysis

    /** Analyses the typed counts at once, or the selected warehouse experiment in the background. */
    public void analyze() {
        validateForm();
        arms.forEach(row -> validateArm(row, true));
        if (!isValid()) {
            status.set("Fix the highlighted inputs first.");
            return;
        }
        double a = ArmInputs.probability("alpha", "Alpha", alpha.get());
        Long plannedN = planned();
        if (source.get() == Source.MANUAL) {
            try {
                List<Arm> data = arms.stream().map(this::parseArm).toList();
                List<Guardrail> rails = new ArrayList<>();
                for (GuardrailRow row : guardrails) {
                    Guardrail g = guardrail(row, data.size());
                    if (g != null) {
                        rails.add(g);
                    }
                }
                double[] w = weights();
                if (w != null && w.length != data.size()) {
                    throw new InvalidInputException("weights", "Give one planned weight per arm: " + data.size() + " arms but " + w.length + " weights.");
                }
                String id = experimentId.get() == null || experimentId.get().isBlank() ? "manual" : experimentId.get().trim();
                show(analysis.analyze(new ExperimentAnalysis.Input(id, kind.get() == MetricKind.BINARY ? "conversion" : "value", kind.get(),
                        data, w, a, plannedN, rails)));
                status.set("Analysed the typed counts.");
            } catch (InvalidInputException e) {
                refuse(e);
            }
            return;
        }
        Optional<ExperimentService> svc = service.get();
        ExperimentInfo info = selectedExperiment.get();
        if (svc.isEmpty()) {
            status.set("No warehouse connected: type the counts by hand.");
            return;
        }
        List<GuardrailSpec> specs;
        double[] w;
        try {
            specs = guardrails.stream().filter(g -> !g.metricProperty().get().isBlank()).map(ExperimentViewModel::spec).toList();
            w = weights();
        } catch (InvalidInputException e) {
            refuse(e);
            return;
        }
        double[] weightsForWarehouse = w;
        busy.set(true);
        status.set("Analysing " + info.id() + "…");
        executor.execute(BackgroundTask.of("Experiment " + info.id(), (p, c) -> {
                    ExperimentService.Loaded loaded = svc.get().load(info.id(), a, weightsForWarehouse, plannedN, specs, c);
                    return analysis.analyze(loaded.input());
                })
                .onSuccess(r -> {
                    busy.set(false);
                    show(r);
                    status.set("Analysed " + info.id() + " from the warehouse.");
                })
                .onFailure(e -> {
                    busy.set(false);
                    if (e instanceof InvalidInputException iie) {
                        refuse(iie);
                    } else {
                        status.set(e.getMessage());
                    }
                })
                .onCancelled(() -> busy.set(false)));
    }

    private void refuse(InvalidInputException e) {
        Field f = switch (e.field()) {
            case "alpha" -> Field.ALPHA;
            case "planned" -> Field.PLANNED;
            case "weights", "counts" -> Field.WEIGHTS;
            case "experiment" -> Field.EXPERIMENT;
            default -> Field.ARMS;
        };
        errors.get(f).set(e.getMessage());
        status.set(e.getMessage());
    }

    private void show(ExperimentAnalysis.Result r) {
        boolean binary = r.input().kind() == MetricKind.BINARY;
        result.set(r);
        recommendation.set(r.decision().recommendation().name() + (r.decision().variant() == null ? "" : " · " + r.decision().variant()));
        rule.set(r.decision().rule());
        srmText.set(ExperimentReport.srmLine(r.srm()).replace("**", ""));
        srmAlarm.set(r.srm() != null && r.srm().mismatch());
        var peek = r.peeking();
        peekingAlarm.set(peek.early());
        peekingText.set(peek.plannedPerArm() == null ? "Peeking: no planned sample size given."
                : peek.early() ? String.format(Locale.ROOT, "Peeking: the smallest arm has %,d of the planned %,d users; a result now is not final.",
                peek.smallestArm(), peek.plannedPerArm())
                : String.format(Locale.ROOT, "Planned sample size reached (%,d per arm).", peek.plannedPerArm()));
        armLines.setAll(r.arms().stream().map(a -> new ArmLine(a.name(), String.format(Locale.ROOT, "%,d", a.users()),
                binary ? Format.percent(a.value()) : Format.plain(a.value()),
                binary ? String.format(Locale.ROOT, "%s – %s", Format.percent(a.ci().lower()), Format.percent(a.ci().upper()))
                        : Format.plain(a.ci().lower()) + " – " + Format.plain(a.ci().upper()))).toList());
        statisticLabel.set(binary ? "z" : "t (df)");
        effectLabel.set(binary ? "Cohen's h" : "Cohen's d");
        comparisonLines.setAll(r.comparisons().stream().map(c -> line(c, binary)).toList());
        guardrailLines.setAll(r.guardrails().stream().map(g -> new GuardrailLine(g.metric(), g.variant(), g.status().name(),
                Format.signed(g.change()), Format.plain(g.changeCi().lower()) + " – " + Format.plain(g.changeCi().upper()),
                Format.plain(g.tolerance()) + (g.direction() == Guardrail.Direction.LOWER_IS_BETTER ? " (lower is better)" : " (higher is better)")))
                .toList());
        double scale = binary ? 100 : 1;
        forestUnit.set(binary ? "lift (percentage points)" : "lift (" + r.input().metric() + ")");
        forest.setAll(r.comparisons().stream().map(c -> new ForestPoint(c.variant(), scale * c.lift(), scale * c.liftCi().lower(),
                scale * c.liftCi().upper(), c.significant())).toList());
    }

    private static ComparisonLine line(Comparison c, boolean binary) {
        String lift = binary ? String.format(Locale.ROOT, "%+.2f pp", 100 * c.lift()) : Format.signed(c.lift());
        String ci = binary ? String.format(Locale.ROOT, "%+.2f … %+.2f pp", 100 * c.liftCi().lower(), 100 * c.liftCi().upper())
                : Format.plain(c.liftCi().lower()) + " … " + Format.plain(c.liftCi().upper());
        String stat;
        String effect;
        if (binary) {
            Double z = c.proportions().z();
            stat = z == null ? "n/a" : Format.plain(z);
            effect = Format.plain(c.proportions().cohensH());
        } else {
            Double t = c.means().t();
            stat = t == null ? "n/a" : Format.plain(t) + " (" + String.format(Locale.ROOT, "%.1f", c.means().df()) + ")";
            effect = c.means().cohensD() == null ? "n/a" : Format.plain(c.means().cohensD());
        }
        String chance = c.chanceToBeatControl() == null ? "n/a" : Format.percent(c.chanceToBeatControl());
        return new ComparisonLine(c.variant(), lift, Format.signedPercent(c.relativeLift()), ci, stat, Format.p(c.rawP()), Format.p(c.adjustedP()),
                effect, chance, c.significant(), c.note() == null ? "" : c.note());
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
        Optional<Path> target = saveDialog.askSavePath(name, extension);
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        executor.execute(BackgroundTask.of("Save report", (p, c) -> Files.writeString(file, text, StandardCharsets.UTF_8))
                .onSuccess(path -> status.set("Saved the report to " + file + "."))
                .onFailure(e -> status.set("Could not save the report to " + file + ": " + e.getMessage())));
    }

    // ------------------------------------------------------------------ properties

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<MetricKind> kindProperty() {
        return kind;
    }

    public StringProperty experimentIdProperty() {
        return experimentId;
    }

    public StringProperty alphaProperty() {
        return alpha;
    }

    public StringProperty plannedPerArmProperty() {
        return plannedPerArm;
    }

    public StringProperty plannedSplitProperty() {
        return plannedSplit;
    }

    public ObservableList<ArmRow> arms() {
        return arms;
    }

    public ObservableList<GuardrailRow> guardrails() {
        return guardrails;
    }

    public ObservableList<ExperimentInfo> experiments() {
        return experiments;
    }

    public ObjectProperty<ExperimentInfo> selectedExperimentProperty() {
        return selectedExperiment;
    }

    public ReadOnlyStringProperty errorProperty(Field f) {
        return errors.get(f).getReadOnlyProperty();
    }

    public String error(Field f) {
        return errors.get(f).get();
    }

    public ReadOnlyObjectProperty<ExperimentAnalysis.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

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

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<ArmLine> armLines() {
        return armLines;
    }

    public ObservableList<ComparisonLine> comparisonLines() {
        return comparisonLines;
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

    public ReadOnlyStringProperty forestUnitProperty() {
        return forestUnit.getReadOnlyProperty();
    }

    /** The recommendation of the current result; null before the first analysis (the View colours the banner by it). */
    public ObjectBinding<Decision.Recommendation> recommendationKindProperty() {
        return recommendationKind;
    }
}
