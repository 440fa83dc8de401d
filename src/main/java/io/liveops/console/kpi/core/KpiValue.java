package io.liveops.console.kpi.core;

import io.liveops.console.shared.Status;

import java.util.Objects;

/**
 * A computed KPI.
 *
 * @param id        the KPI id, or {@code watch_change_24h:BTC} for a keyed value
 * @param value     null when the KPI has no value (empty cohort, zero denominator, missing data) or failed
 * @param error     null when the query ran; otherwise one sentence naming the KPI, its SQL file and the warehouse's reason
 * @param sqlSource where the SQL came from (a resource path, or the user's override file)
 * @param millis    how long the query took
 */
public record KpiValue(String id, KpiDefinition definition, Double value, Status status, String error, String sqlSource, long millis) {

    public KpiValue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(status, "status");
    }

    public boolean failed() {
        return error != null;
    }
}
