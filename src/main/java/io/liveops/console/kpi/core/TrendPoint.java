package io.liveops.console.kpi.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a KPI's history (sparklines, the detail chart); value is null when the day had no value.
 *
 * @param error the day's one-sentence error (e.g. text in a numeric column), or null
 */
public record TrendPoint(LocalDate day, Double value, String error) {
    public TrendPoint {
        Objects.requireNonNull(day, "day");
    }

    public TrendPoint(LocalDate day, Double value) {
        this(day, value, null);
    }
}
