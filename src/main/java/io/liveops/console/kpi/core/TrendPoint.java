package io.liveops.console.kpi.core;

import java.time.LocalDate;
import java.util.Objects;

/** One day of a KPI's recent history (sparklines); value is null when the day had no value. */
public record TrendPoint(LocalDate day, Double value) {
    public TrendPoint {
        Objects.requireNonNull(day, "day");
    }
}
