package io.liveops.console.kpi.core;

import io.liveops.console.warehouse.Dialect;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every KPI for one as-of day, in catalogue order (keyed values expanded in place, sorted by key).
 *
 * @param totalMillis wall time of the whole refresh
 * @param noData      set when the day has no session at all (a future day, a day before the data, a load that has not
 *                    arrived): the values are what the contract gives for an empty day, but every status is "no data"
 */
public record KpiSnapshot(LocalDate asOf, Dialect dialect, List<KpiValue> values, Instant computedAt, long totalMillis, String noData) {

    public KpiSnapshot {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(computedAt, "computedAt");
        values = List.copyOf(values);
    }

    public KpiSnapshot(LocalDate asOf, Dialect dialect, List<KpiValue> values, Instant computedAt, long totalMillis) {
        this(asOf, dialect, values, computedAt, totalMillis, null);
    }

    public Optional<KpiValue> get(String id) {
        return values.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public List<KpiValue> failures() {
        return values.stream().filter(KpiValue::failed).toList();
    }

    /** True when no KPI loaded, typically because the warehouse is unreachable. */
    public boolean allFailed() {
        return !values.isEmpty() && values.stream().allMatch(KpiValue::failed);
    }

    /** The sentence saying the day has no data, if it has none. */
    public Optional<String> noDataNote() {
        return Optional.ofNullable(noData);
    }
}
