package io.liveops.console.kpi.core;

import io.liveops.console.shared.Status;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The thresholds in force, by KPI id (keyed ids such as {@code watch_change_24h:BTC} included). Immutable:
 * editing returns a new instance. A keyed id without its own threshold falls back to the bare id's one.
 */
public final class Thresholds {

    private final Map<String, Threshold> byId;

    public Thresholds(Map<String, Threshold> byId) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(byId)));
    }

    public static Thresholds none() {
        return new Thresholds(Map.of());
    }

    public Map<String, Threshold> asMap() {
        return byId;
    }

    public Optional<Threshold> get(String id) {
        Threshold t = byId.get(id);
        if (t == null && id.indexOf(KpiDefinition.KEY_SEPARATOR) > 0) {
            t = byId.get(KpiCatalog.baseId(id));
        }
        return Optional.ofNullable(t);
    }

    /** The status of a value: its threshold's verdict, OK for a value without threshold, UNKNOWN for no value. */
    public Status statusOf(String id, Double value) {
        Optional<Threshold> t = get(id);
        if (t.isPresent()) {
            return t.get().evaluate(value);
        }
        return value == null || !Double.isFinite(value) ? Status.UNKNOWN : Status.OK;
    }

    public Thresholds with(String id, Threshold threshold) {
        Map<String, Threshold> copy = new LinkedHashMap<>(byId);
        copy.put(Objects.requireNonNull(id), Objects.requireNonNull(threshold));
        return new Thresholds(copy);
    }

    public Thresholds without(String id) {
        Map<String, Threshold> copy = new LinkedHashMap<>(byId);
        copy.remove(id);
        return new Thresholds(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Thresholds other && byId.equals(other.byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    @Override
    public String toString() {
        return "Thresholds" + byId;
    }
}
