package io.liveops.console.experiment.ui;

import io.liveops.console.experiment.core.ArmInputs;
import io.liveops.console.experiment.core.ExperimentService;
import io.liveops.console.experiment.core.GuardrailSpec;
import io.liveops.console.experiment.core.stats.Arm;
import io.liveops.console.experiment.core.stats.ArmCounts;
import io.liveops.console.experiment.core.stats.ArmMoments;
import io.liveops.console.experiment.core.stats.Correction;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.Guardrail;
import io.liveops.console.experiment.core.stats.InvalidInputException;
import io.liveops.console.experiment.core.stats.SequentialTest;
import io.liveops.console.experiment.ui.ExperimentRows.ArmRow;
import io.liveops.console.experiment.ui.ExperimentRows.GuardrailRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The calculator's inputs: where the numbers come from, the arms typed by hand, alpha, plan, split,
 * guardrails and the inference options (correction, sequential, CUPED). Validation rules live here; every
 * change is announced to the listeners, so a result on screen never outlives the inputs it came from.
 */
final class ExperimentFormViewModel {

    /** Where the analysed numbers come from. */
    public enum Source { MANUAL, WAREHOUSE }

    /** Form-level inputs that can carry a message. */
    public enum Field { ALPHA, PLANNED, WEIGHTS, ARMS, EXPERIMENT, N_STAR }

    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.MANUAL);
    private final ObjectProperty<MetricKind> kind = new SimpleObjectProperty<>(MetricKind.BINARY);
    private final StringProperty experimentId = new SimpleStringProperty("manual");
    private final StringProperty alpha = new SimpleStringProperty("0.05");
    private final StringProperty plannedPerArm = new SimpleStringProperty("");
    private final StringProperty plannedSplit = new SimpleStringProperty("equal");
    private final ObjectProperty<Correction> correction = new SimpleObjectProperty<>(Correction.HOLM);
    private final BooleanProperty sequential = new SimpleBooleanProperty(false);
    private final StringProperty nStar = new SimpleStringProperty(String.valueOf((long) SequentialTest.DEFAULT_N_STAR));
    private final BooleanProperty cuped = new SimpleBooleanProperty(true);
    private final ObservableList<ArmRow> arms = FXCollections.observableArrayList();
    private final ObservableList<GuardrailRow> guardrails = FXCollections.observableArrayList();
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    /** True while the warehouse mode has no selected experiment (set by the warehouse list). */
    private final BooleanProperty experimentMissing = new SimpleBooleanProperty(false);

    public ExperimentFormViewModel() {
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        arms.add(newArm("control"));
        arms.add(newArm("variant"));
        guardrails.add(newGuardrail("session_crash"));
        kind.addListener((o, a, b) -> arms.forEach(this::validateArm));
        for (Observable o : List.<Observable>of(source, kind, experimentId, alpha, plannedPerArm, plannedSplit, correction, sequential, nStar, cuped,
                experimentMissing, arms, guardrails)) {
            o.addListener(x -> {
                validateForm();
                changed();
            });
        }
        validateForm();
    }

    /** Runs {@code listener} after every change of any input. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    void experimentMissing(boolean missing) {
        experimentMissing.set(missing);
    }

    // ------------------------------------------------------------------ rows

    public void addVariant() {
        arms.add(newArm(""));
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
        GuardrailRow row = newGuardrail("");
        guardrails.add(row);
        return row;
    }

    public void removeGuardrail(GuardrailRow row) {
        guardrails.remove(row);
    }

    private ArmRow newArm(String name) {
        ArmRow row = new ArmRow(name, "");
        row.textProperty().addListener(o -> {
            validateArm(row);
            changed();
        });
        return row;
    }

    private GuardrailRow newGuardrail(String metric) {
        GuardrailRow row = new GuardrailRow(metric, Guardrail.Direction.LOWER_IS_BETTER, "0");
        for (Observable o : List.<Observable>of(row.metricProperty(), row.toleranceProperty(), row.countsProperty(), row.directionProperty())) {
            o.addListener(x -> {
                validateGuardrail(row);
                changed();
            });
        }
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
        row.setError(source.get() == Source.WAREHOUSE ? message(() -> row.metricProperty().get().isBlank() ? null : spec(row))
                : message(() -> guardrail(row, arms.size())));
    }

    /** The guardrail of a row typed by hand, or null when its counts are left empty (skipped). */
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
            Arm a = parts[i].contains("/") ? ArmInputs.counts("guardrail", spec.metric() + " of " + names.get(i), parts[i])
                    : ArmInputs.moments("guardrail", spec.metric() + " of " + names.get(i), parts[i]);
            data.add(a instanceof ArmCounts c ? new ArmCounts(names.get(i), c.successes(), c.trials())
                    : new ArmMoments(names.get(i), ((ArmMoments) a).mean(), ((ArmMoments) a).sd(), ((ArmMoments) a).n()));
        }
        if (data.stream().map(Object::getClass).distinct().count() > 1) {
            throw new InvalidInputException("guardrail", "Guardrail " + spec.metric() + " mixes counts and means: use one kind for every arm.");
        }
        return new Guardrail(spec.metric(), spec.direction(), spec.tolerance(), data);
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
        errors.get(Field.N_STAR).set(sequential.get() ? message(this::nStarValue) : "");
        errors.get(Field.ARMS).set(source.get() == Source.MANUAL && arms.size() < 2
                ? "An experiment needs a control and at least one variant: add a variant." : "");
        errors.get(Field.EXPERIMENT).set(source.get() == Source.WAREHOUSE && experimentMissing.get() ? "Pick an experiment of the warehouse." : "");
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

    private Double nStarValue() {
        return SequentialTest.checkNStar(ArmInputs.number("n_star", "N*", nStar.get()));
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
        boolean form = errors.values().stream().allMatch(e -> e.get().isEmpty()) && guardrails.stream().allMatch(g -> g.errorProperty().get().isEmpty());
        return source.get() == Source.WAREHOUSE ? form : form && arms.stream().allMatch(a -> a.errorProperty().get().isEmpty());
    }

    /** Marks blank arms too (a fresh form shows no red until the user asks for an analysis); true when all is valid. */
    boolean validateStrictly() {
        validateForm();
        arms.forEach(row -> validateArm(row, true));
        return isValid();
    }

    // ------------------------------------------------------------------ what to analyse

    ExperimentAnalysis.Options options() {
        return new ExperimentAnalysis.Options(correction.get(), sequential.get() ? nStarValue() : null, cuped.get());
    }

    /** The typed counts as an analysis input. */
    ExperimentAnalysis.Input manualInput() {
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
        return new ExperimentAnalysis.Input(id, kind.get() == MetricKind.BINARY ? "conversion" : "value", kind.get(), data, w,
                ArmInputs.probability("alpha", "Alpha", alpha.get()), planned(), rails).withOptions(options());
    }

    /** The request for experiment {@code id} of the warehouse; the guardrails are the named rows (their counts are not used). */
    ExperimentService.Request warehouseRequest(String id) {
        List<GuardrailSpec> specs = guardrails.stream().filter(g -> !g.metricProperty().get().isBlank()).map(ExperimentFormViewModel::spec).toList();
        return new ExperimentService.Request(id, ArmInputs.probability("alpha", "Alpha", alpha.get()), weights(), planned(), specs, options());
    }

    /** Puts a refusal next to its field. */
    void refuse(InvalidInputException e) {
        Field f = switch (e.field()) {
            case "alpha" -> Field.ALPHA;
            case "planned" -> Field.PLANNED;
            case "weights", "counts" -> Field.WEIGHTS;
            case "experiment" -> Field.EXPERIMENT;
            case "n_star" -> Field.N_STAR;
            default -> Field.ARMS;
        };
        if ("guardrail".equals(e.field()) && !guardrails.isEmpty()) {
            guardrails.stream().filter(g -> e.getMessage().contains(g.metricProperty().get().trim() + " "))
                    .findFirst().orElse(guardrails.get(0)).setError(e.getMessage());
            return;
        }
        errors.get(f).set(e.getMessage());
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

    public ObjectProperty<Correction> correctionProperty() {
        return correction;
    }

    public BooleanProperty sequentialProperty() {
        return sequential;
    }

    public StringProperty nStarProperty() {
        return nStar;
    }

    public BooleanProperty cupedProperty() {
        return cuped;
    }

    public ObservableList<ArmRow> arms() {
        return arms;
    }

    public ObservableList<GuardrailRow> guardrails() {
        return guardrails;
    }

    public ReadOnlyStringProperty errorProperty(Field f) {
        return errors.get(f).getReadOnlyProperty();
    }

    public String error(Field f) {
        return errors.get(f).get();
    }
}
