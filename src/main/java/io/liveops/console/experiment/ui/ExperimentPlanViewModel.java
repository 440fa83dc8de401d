package io.liveops.console.experiment.ui;

import io.liveops.console.experiment.core.ArmInputs;
import io.liveops.console.experiment.core.ExperimentService;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.Format;
import io.liveops.console.experiment.core.stats.InvalidInputException;
import io.liveops.console.experiment.core.stats.SampleSize;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Plan" part of the Experiments tab: sample size per arm, duration and power against
 * duration, recomputed on every edit. Each input has an error message (empty when valid) that the
 * View draws with ControlsFX decorations.
 */
final class ExperimentPlanViewModel {

    /** The inputs that can carry a message. */
    public enum Field { BASELINE, MDE, SD, ALPHA, POWER, ARMS, TRAFFIC }

    private final ObjectProperty<MetricKind> kind = new SimpleObjectProperty<>(MetricKind.BINARY);
    private final StringProperty baseline = new SimpleStringProperty("0.45");
    private final StringProperty mde = new SimpleStringProperty("0.02");
    private final BooleanProperty relative = new SimpleBooleanProperty(false);
    private final StringProperty sd = new SimpleStringProperty("");
    private final StringProperty alpha = new SimpleStringProperty("0.05");
    private final StringProperty power = new SimpleStringProperty("0.8");
    private final StringProperty arms = new SimpleStringProperty("2");
    private final StringProperty dailyTraffic = new SimpleStringProperty("");
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper perArm = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper duration = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trafficSource = new ReadOnlyStringWrapper("");
    private final ObservableList<SampleSize.PowerPoint> powerCurve = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SampleSize> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SampleSize.PowerPoint> powerCurveView = FXCollections.unmodifiableObservableList(powerCurve);

    private final TaskExecutor executor;
    private final ExperimentService service;

    public ExperimentPlanViewModel(TaskExecutor executor, ExperimentService service) {
        this.executor = executor;
        this.service = service;
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        for (Observable o : List.of(kind, baseline, mde, relative, sd, alpha, power, arms, dailyTraffic)) {
            o.addListener(x -> recompute());
        }
        recompute();
    }

    /** Reads the warehouse's daily traffic (mean daily session users of the last 7 days) into the traffic field. */
    public void loadTrafficFromWarehouse() {
        if (!service.available()) {
            trafficSource.set("No warehouse connected: type the daily traffic.");
            return;
        }
        trafficSource.set("Reading daily traffic from the warehouse…");
        executor.execute(BackgroundTask.of("Daily traffic", (progress, cancel) -> service.dailyTraffic(cancel))
                .onSuccess((OptionalDouble v) -> {
                    if (v.isPresent()) {
                        dailyTraffic.set(String.valueOf(Math.round(v.getAsDouble())));
                        trafficSource.set("Daily traffic: mean daily users of the last 7 days in the warehouse.");
                    } else {
                        trafficSource.set("The warehouse has no sessions to take daily traffic from: type it.");
                    }
                })
                .onFailure(e -> trafficSource.set(e.getMessage())));
    }

    private void recompute() {
        for (ReadOnlyStringWrapper e : errors.values()) {
            e.set("");
        }
        boolean binary = kind.get() == MetricKind.BINARY;
        Double b = binary ? check(Field.BASELINE, () -> ArmInputs.probability("baseline", "The baseline rate", baseline.get()))
                : check(Field.BASELINE, () -> ArmInputs.number("baseline", "The baseline mean", baseline.get()));
        Double m = check(Field.MDE, () -> {
            double v = ArmInputs.number("mde", "The MDE", mde.get());
            if (v == 0) {
                throw new InvalidInputException("mde", "The MDE cannot be 0: no sample size detects a zero effect.");
            }
            return v;
        });
        Double s = binary ? Double.valueOf(0) : check(Field.SD, () -> {
            double v = ArmInputs.number("sd", "The standard deviation", sd.get());
            if (v <= 0) {
                throw new InvalidInputException("sd", "The standard deviation must be greater than 0.");
            }
            return v;
        });
        Double a = check(Field.ALPHA, () -> ArmInputs.probability("alpha", "Alpha", alpha.get()));
        Double p = check(Field.POWER, () -> ArmInputs.probability("power", "Power", power.get()));
        Double k = check(Field.ARMS, () -> {
            long v = ArmInputs.whole("arms", "The number of arms", arms.get());
            if (v < 2 || v > 100) {
                throw new InvalidInputException("arms", "The number of arms must be between 2 and 100, got " + v + ".");
            }
            return (double) v;
        });
        Double t = dailyTraffic.get() == null || dailyTraffic.get().isBlank() ? null : check(Field.TRAFFIC, () -> {
            double v = ArmInputs.number("traffic", "The daily traffic", dailyTraffic.get());
            if (v <= 0) {
                throw new InvalidInputException("traffic", "The daily traffic must be a positive number of users.");
            }
            return v;
        });
        SampleSize result = null;
        boolean unreachable = false;
        if (b != null && m != null && s != null && a != null && p != null && k != null) {
            try {
                result = binary ? SampleSize.proportions(b, m, relative.get(), a, p, k.intValue())
                        : SampleSize.means(b, s, relative.get() ? b * m : m, a, p, k.intValue());
            } catch (InvalidInputException e) {
                unreachable = "unreachable".equals(e.field());
                fieldError(e);
            }
        }
        plan.set(result);
        if (result == null) {
            perArm.set(unreachable ? "not reachable" : "—");
            total.set(unreachable ? "over 10^12 per arm" : "—");
            duration.set("—");
            summary.set(unreachable ? "The plan is " + SampleSize.UNREACHABLE + ": choose a larger minimum detectable effect."
                    : "Fix the highlighted inputs to see the plan.");
            powerCurve.clear();
            return;
        }
        perArm.set(String.format(Locale.ROOT, "%,d", result.perArm()));
        total.set(String.format(Locale.ROOT, "%,d", result.total()));
        summary.set(String.format(Locale.ROOT, "%s → %s at alpha %s (%s per comparison), power %s",
                Format.plain(result.baseline()), Format.plain(result.target()), Format.plain(result.alpha()),
                Format.plain(result.comparisonAlpha()), Format.plain(result.power())));
        if (t == null || !errors.get(Field.TRAFFIC).get().isEmpty()) {
            duration.set("enter daily traffic");
            powerCurve.clear();
        } else {
            long days = result.days(t);
            if (!result.reachableAt(t)) {
                duration.set("not reachable with this traffic");
                summary.set(summary.get() + String.format(Locale.ROOT, "; at %s users a day it would take over %d days", Format.plain(t),
                        SampleSize.MAX_DAYS));
                powerCurve.clear();
                return;
            }
            duration.set(days == 1 ? "1 day" : days + " days");
            // the curve runs to twice the planned duration (at least two weeks) so the plateau shows
            int maxDays = (int) Math.min(365, Math.max(14, 2 * days));
            powerCurve.setAll(result.powerCurve(t, maxDays));
        }
    }

    private interface Parse {
        double get();
    }

    private Double check(Field f, Parse parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            errors.get(f).set(e.getMessage());
            return null;
        }
    }

    private void fieldError(InvalidInputException e) {
        Field f = switch (e.field()) {
            case "baseline" -> Field.BASELINE;
            case "sd" -> Field.SD;
            case "alpha" -> Field.ALPHA;
            case "power" -> Field.POWER;
            case "arms" -> Field.ARMS;
            case "traffic" -> Field.TRAFFIC;
            default -> Field.MDE;
        };
        errors.get(f).set(e.getMessage());
    }

    public ReadOnlyStringProperty errorProperty(Field f) {
        return errors.get(f).getReadOnlyProperty();
    }

    /** The current message of field {@code f}; empty when valid. */
    public String error(Field f) {
        return errors.get(f).get();
    }

    public ObjectProperty<MetricKind> kindProperty() {
        return kind;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public StringProperty mdeProperty() {
        return mde;
    }

    public BooleanProperty relativeProperty() {
        return relative;
    }

    public StringProperty sdProperty() {
        return sd;
    }

    public StringProperty alphaProperty() {
        return alpha;
    }

    public StringProperty powerProperty() {
        return power;
    }

    public StringProperty armsProperty() {
        return arms;
    }

    public StringProperty dailyTrafficProperty() {
        return dailyTraffic;
    }

    public ReadOnlyStringProperty perArmProperty() {
        return perArm.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trafficSourceProperty() {
        return trafficSource.getReadOnlyProperty();
    }

    public ObservableList<SampleSize.PowerPoint> powerCurve() {
        return powerCurveView;
    }

    /** The current plan; null while an input is invalid. */
    public SampleSize plan() {
        return plan.get();
    }

    public ReadOnlyObjectProperty<SampleSize> planProperty() {
        return plan.getReadOnlyProperty();
    }
}
