package io.liveops.console.economy.core;

import io.liveops.console.shared.Status;
import java.util.Objects;

/**
 * What a gauge shows: the value (from the KPI engine for the contract's KPIs), its status against the one threshold
 * store, and when there is no value, the sentence that says why.
 *
 * @param problem null when there is a value; otherwise what is missing and why ("unknown: no season contains this day")
 * @param failed  true when the query failed (the problem is the warehouse's error), false when the data is not there
 * @param source  where the number comes from (the KPI's SQL file, or the ledger query for another currency)
 */
public record GaugeReading(Gauge gauge, Double value, Status status, String problem, boolean failed, String source) {

    public GaugeReading {
        Objects.requireNonNull(gauge, "gauge");
        Objects.requireNonNull(status, "status");
        if (value == null && problem == null) {
            throw new IllegalArgumentException("A gauge without a value says why");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("A gauge value is finite or absent, not " + value);
        }
        source = source == null ? "" : source;
    }

    public static GaugeReading of(Gauge gauge, double value, Status status, String source) {
        return new GaugeReading(gauge, value, status, null, false, source);
    }

    public static GaugeReading missing(Gauge gauge, String why, String source) {
        return new GaugeReading(gauge, null, Status.UNKNOWN, why, false, source);
    }

    public static GaugeReading failure(Gauge gauge, String error, String source) {
        return new GaugeReading(gauge, null, Status.UNKNOWN, error, true, source);
    }

    /** Outside the healthy range: WARNING or CRITICAL. */
    public boolean breached() {
        return status == Status.WARNING || status == Status.CRITICAL;
    }
}
