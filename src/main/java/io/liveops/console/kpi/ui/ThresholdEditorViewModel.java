package io.liveops.console.kpi.ui;
import io.liveops.console.kpi.core.ThresholdStore;

import io.liveops.console.kpi.core.Threshold;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.kpi.core.Unit;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Edits one KPI's threshold in place. The fields hold text in the unit the tile shows (percent for
 * fractions: "25" means 0.25), are checked on every keystroke (numbers only, warning between target
 * and critical) with the reason and the offending field exposed for the view to draw, and a valid
 * edit is saved to the user's thresholds file on a background task; the board then recomputes.
 */
public final class ThresholdEditorViewModel {


    public static final String TARGET = "target";
    public static final String WARNING = "warning";
    public static final String CRITICAL = "critical";
    public static final String WARNING_LOW = "warning_low";
    public static final String WARNING_HIGH = "warning_high";
    public static final String CRITICAL_LOW = "critical_low";
    public static final String CRITICAL_HIGH = "critical_high";

    private final ThresholdStore store;
    private final TaskExecutor executor;
    private final Runnable afterSave;

    private final StringProperty kpiId = new SimpleStringProperty(this, "kpiId");
    /** The KPI's title ("Retention D30"): what every message names, never the id. */
    private final StringProperty kpiTitle = new SimpleStringProperty(this, "kpiTitle", "");
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(this, "unit", Unit.COUNT);
    private final ObjectProperty<Threshold.Direction> direction = new SimpleObjectProperty<>(this, "direction",
            Threshold.Direction.HIGHER_IS_BETTER);
    private final StringProperty target = new SimpleStringProperty(this, TARGET, "");
    private final StringProperty warning = new SimpleStringProperty(this, WARNING, "");
    private final StringProperty critical = new SimpleStringProperty(this, CRITICAL, "");
    private final StringProperty warningLow = new SimpleStringProperty(this, WARNING_LOW, "");
    private final StringProperty warningHigh = new SimpleStringProperty(this, WARNING_HIGH, "");
    private final StringProperty criticalLow = new SimpleStringProperty(this, CRITICAL_LOW, "");
    private final StringProperty criticalHigh = new SimpleStringProperty(this, CRITICAL_HIGH, "");
    private final BooleanProperty inclusive = new SimpleBooleanProperty(this, "inclusive", false);

    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty errorField = new SimpleStringProperty(this, "errorField", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty unitHint = new SimpleStringProperty(this, "unitHint", "");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving", false);
    private final BooleanBinding canSave;
    private boolean loading;

    public ThresholdEditorViewModel(ThresholdStore store, TaskExecutor executor, Runnable afterSave) {
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.afterSave = Objects.requireNonNull(afterSave, "afterSave");
        for (StringProperty p : List.of(target, warning, critical, warningLow, warningHigh, criticalLow, criticalHigh)) {
            p.addListener((o, was, is) -> changed());
        }
        direction.addListener((o, was, is) -> changed());
        inclusive.addListener((o, was, is) -> changed());
        canSave = Bindings.createBooleanBinding(() -> kpiId.get() != null && dirty.get() && error.get().isEmpty() && !saving.get(),
                kpiId, dirty, error, saving);
    }

    /**
     * Loads a KPI's threshold in force (or an empty higher-is-better form when it has none).
     *
     * @param title the KPI's title as the tile shows it, used in every message
     */
    public void edit(String id, String title, Unit kpiUnit) {
        loading = true;
        try {
            kpiId.set(id);
            kpiTitle.set(title == null ? id : title);
            unit.set(kpiUnit);
            Optional<Threshold> t = store.current().get(id);
            direction.set(t.map(Threshold::direction).orElse(Threshold.Direction.HIGHER_IS_BETTER));
            target.set(t.map(x -> show(x.target())).orElse(""));
            warning.set(t.map(x -> show(x.warning())).orElse(""));
            critical.set(t.map(x -> show(x.critical())).orElse(""));
            warningLow.set(t.map(x -> show(x.warningLow())).orElse(""));
            warningHigh.set(t.map(x -> show(x.warningHigh())).orElse(""));
            criticalLow.set(t.map(x -> show(x.criticalLow())).orElse(""));
            criticalHigh.set(t.map(x -> show(x.criticalHigh())).orElse(""));
            inclusive.set(t.map(Threshold::inclusive).orElse(false));
            message.set(t.isPresent() ? "" : kpiTitle.get() + " has no threshold yet: enter one to have it judged.");
            unitHint.set(percent() ? "In percent, as the tile shows it: 25 means 25 %." : "In the KPI's unit, as the tile shows it.");
        } finally {
            loading = false;
        }
        dirty.set(false);
        validate();
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(true);
        message.set("");
        validate();
    }

    /** Checks the fields; sets {@link #errorProperty()} and {@link #errorFieldProperty()}; returns the threshold when valid. */
    public Optional<Threshold> validate() {
        try {
            Threshold t = parse();
            error.set("");
            errorField.set("");
            return Optional.of(t);
        } catch (FieldException e) {
            error.set(e.getMessage());
            errorField.set(e.field);
            return Optional.empty();
        }
    }

    private static final class FieldException extends RuntimeException {
        private final String field;

        FieldException(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private Threshold parse() {
        Threshold.Direction d = direction.get();
        Double tgt = number(TARGET, target.get(), false);
        if (d == Threshold.Direction.BAND) {
            double wl = number(WARNING_LOW, warningLow.get(), true);
            double wh = number(WARNING_HIGH, warningHigh.get(), true);
            double cl = number(CRITICAL_LOW, criticalLow.get(), true);
            double ch = number(CRITICAL_HIGH, criticalHigh.get(), true);
            if (!(wl < wh)) {
                throw new FieldException(WARNING_HIGH, "The upper warning limit (" + warningHigh.get().trim()
                        + ") must be above the lower one (" + warningLow.get().trim() + ").");
            }
            if (cl > wl) {
                throw new FieldException(CRITICAL_LOW, "The lower critical limit (" + criticalLow.get().trim()
                        + ") must not be above the lower warning limit (" + warningLow.get().trim() + ").");
            }
            if (ch < wh) {
                throw new FieldException(CRITICAL_HIGH, "The upper critical limit (" + criticalHigh.get().trim()
                        + ") must not be below the upper warning limit (" + warningHigh.get().trim() + ").");
            }
            if (tgt != null && (tgt < wl || tgt > wh)) {
                throw new FieldException(TARGET, "The target (" + target.get().trim() + ") must lie inside the warning limits ("
                        + warningLow.get().trim() + " to " + warningHigh.get().trim() + ").");
            }
            return build(() -> new Threshold(d, stored(tgt), null, null, stored(wl), stored(wh), stored(cl), stored(ch), inclusive.get()));
        }
        double w = number(WARNING, warning.get(), true);
        double c = number(CRITICAL, critical.get(), true);
        boolean higher = d == Threshold.Direction.HIGHER_IS_BETTER;
        boolean orderOk = higher ? c <= w && (tgt == null || w <= tgt) : c >= w && (tgt == null || w >= tgt);
        if (!orderOk) {
            String between = tgt == null ? "critical (" + critical.get().trim() + ")"
                    : "target (" + target.get().trim() + ") and critical (" + critical.get().trim() + ")";
            String why = higher ? "higher is better, so critical ≤ warning ≤ target" : "lower is better, so target ≤ warning ≤ critical";
            throw new FieldException(WARNING, "Warning (" + warning.get().trim() + ") must lie between " + between + ": " + why + ".");
        }
        return build(() -> new Threshold(d, stored(tgt), stored(w), stored(c), null, null, null, null, inclusive.get()));
    }

    private static Threshold build(java.util.function.Supplier<Threshold> f) {
        try {
            return f.get();
        } catch (IllegalArgumentException e) {
            throw new FieldException(WARNING, e.getMessage()); // the constructor has the last word
        }
    }

    private Double number(String field, String text, boolean required) {
        String s = text == null ? "" : text.trim();
        if (percent() && s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        if (s.isEmpty()) {
            if (required) {
                throw new FieldException(field, fieldLabel(field) + " is missing: enter a number.");
            }
            return null;
        }
        String notFinite = fieldLabel(field) + ": " + text.trim() + " is not a finite number: enter an ordinary number such as 200 or 0.5.";
        if (s.matches("(?i)[+-]?(nan|inf|infinity)")) {
            throw new FieldException(field, notFinite);
        }
        double v;
        try {
            v = new BigDecimal(s).doubleValue();
        } catch (NumberFormatException e) {
            throw new FieldException(field, fieldLabel(field) + ": '" + text.trim() + "' is not a number (digits, a '-' and a '.' only).");
        }
        if (!Double.isFinite(v)) { // "1e309" parses, but is beyond what a double holds
            throw new FieldException(field, notFinite);
        }
        return v;
    }

    /**
     * A field's name as its label reads, in the threshold's direction: "Warning above" for lower-is-better, "Warning
     * below" for higher-is-better, "Critical above" for a band's upper critical limit.
     */
    public String fieldLabel(String field) {
        boolean lower = direction.get() == Threshold.Direction.LOWER_IS_BETTER;
        return switch (field) {
            case TARGET -> "Target";
            case WARNING -> lower ? "Warning above" : "Warning below";
            case CRITICAL -> lower ? "Critical above" : "Critical below";
            case WARNING_LOW -> "Warning below";
            case WARNING_HIGH -> "Warning above";
            case CRITICAL_LOW -> "Critical below";
            case CRITICAL_HIGH -> "Critical above";
            default -> throw new IllegalArgumentException("No threshold field " + field);
        };
    }

    /** Fractions and changes are edited as percentages, as the tiles show them. */
    public boolean percent() {
        return unit.get() == Unit.FRACTION || unit.get() == Unit.CHANGE;
    }

    private Double stored(Double shown) {
        if (shown == null) {
            return null;
        }
        return percent() ? BigDecimal.valueOf(shown).movePointLeft(2).doubleValue() : shown;
    }

    private String show(Double value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = BigDecimal.valueOf(value);
        if (percent()) {
            v = v.movePointRight(2);
        }
        return v.stripTrailingZeros().toPlainString();
    }

    /** Saves a valid edit to the user's thresholds file, then the board recomputes. */
    public void save() {
        String id = kpiId.get();
        Optional<Threshold> t = validate();
        if (id == null || t.isEmpty()) {
            return;
        }
        Thresholds next = store.current().with(id, t.get());
        persist(next, "Saved: " + kpiTitle.get() + " now uses the new threshold.");
    }

    /** Puts the shipped default back for this KPI (or removes the threshold when the defaults have none). */
    public void resetToDefault() {
        String id = kpiId.get();
        if (id == null) {
            return;
        }
        Optional<Threshold> shipped = store.defaults().get(id);
        Thresholds next = shipped.map(t -> store.current().with(id, t)).orElseGet(() -> store.current().without(id));
        persist(next, shipped.isPresent() ? "The default threshold of " + kpiTitle.get() + " is back."
                : "The threshold of " + kpiTitle.get() + " is removed (there is no default).");
    }

    private void persist(Thresholds next, String done) {
        String id = kpiId.get();
        saving.set(true);
        executor.execute(BackgroundTask.of("Saving the thresholds", (p, c) -> {
                    store.save(next);
                    return next;
                })
                .onSuccess(saved -> {
                    saving.set(false);
                    if (Objects.equals(id, kpiId.get())) {
                        edit(id, kpiTitle.get(), unit.get());
                        message.set(done);
                    }
                    afterSave.run();
                })
                .onFailure(e -> {
                    saving.set(false);
                    error.set("Could not save the thresholds: " + e.getMessage());
                    errorField.set("");
                }));
    }

    public ReadOnlyStringProperty kpiIdProperty() {
        return kpiId;
    }

    /** The title of the KPI being edited ("Retention D30"). */
    public ReadOnlyStringProperty kpiTitleProperty() {
        return kpiTitle;
    }

    public ObjectProperty<Threshold.Direction> directionProperty() {
        return direction;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty warningProperty() {
        return warning;
    }

    public StringProperty criticalProperty() {
        return critical;
    }

    public StringProperty warningLowProperty() {
        return warningLow;
    }

    public StringProperty warningHighProperty() {
        return warningHigh;
    }

    public StringProperty criticalLowProperty() {
        return criticalLow;
    }

    public StringProperty criticalHighProperty() {
        return criticalHigh;
    }

    public BooleanProperty inclusiveProperty() {
        return inclusive;
    }

    /** The field's text property by its JSON name ({@link #WARNING}, …). */
    public StringProperty field(String name) {
        return switch (name) {
            case TARGET -> target;
            case WARNING -> warning;
            case CRITICAL -> critical;
            case WARNING_LOW -> warningLow;
            case WARNING_HIGH -> warningHigh;
            case CRITICAL_LOW -> criticalLow;
            case CRITICAL_HIGH -> criticalHigh;
            default -> throw new IllegalArgumentException("No threshold field " + name);
        };
    }

    /** Why the edit is refused, in one sentence; empty when valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** The field the error is about (a JSON name), empty when none. */
    public ReadOnlyStringProperty errorFieldProperty() {
        return errorField;
    }

    /** How to read the numbers (percent for fractions). */
    public ReadOnlyStringProperty unitHintProperty() {
        return unitHint;
    }

    /** What happened last ("Saved: …"). */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
