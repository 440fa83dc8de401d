package io.liveops.console.kpi.core;

import io.liveops.console.warehouse.Dialect;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every KPI for every day of [first, last], judged against the thresholds in force when it was read: what the
 * sparklines, the deltas and {@code kpi --from/--to} show. Each day is a {@link KpiSnapshot}.
 */
public record KpiHistory(Dialect dialect, LocalDate first, LocalDate last, NavigableMap<LocalDate, KpiSnapshot> days,
                         Instant computedAt, long totalMillis) {

    public KpiHistory {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        days = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(days));
    }

    /** The day's snapshot, if the day is in the range. */
    public Optional<KpiSnapshot> day(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }

    /** One KPI's value on a day (a keyed id such as {@code watch_change_24h:BTC} included). */
    public Optional<KpiValue> value(String id, LocalDate day) {
        return day(day).flatMap(s -> s.get(id));
    }

    /** The snapshots oldest first. */
    public List<KpiSnapshot> snapshots() {
        return List.copyOf(days.values());
    }

    /** The failures of every day, oldest first. */
    public List<KpiValue> failures() {
        return days.values().stream().flatMap(s -> s.failures().stream()).toList();
    }
}
