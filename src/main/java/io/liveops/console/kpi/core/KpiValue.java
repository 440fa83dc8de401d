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
 * @param numerator   for a KPI read as numerator and denominator, the numerator (e.g. the users who converted); else null
 * @param denominator the denominator of such a KPI (0 when the value is null for want of one); else null
 */
public record KpiValue(String id, KpiDefinition definition, Double value, Status status, String error, String sqlSource, long millis,
                       Double numerator, Double denominator) {

    public KpiValue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(status, "status");
    }

    /** A value read as a single number (or not read at all). */
    public KpiValue(String id, KpiDefinition definition, Double value, Status status, String error, String sqlSource, long millis) {
        this(id, definition, value, status, error, sqlSource, millis, null, null);
    }

    /** The same value under another id and status (a judged value, one key of a keyed KPI). */
    public KpiValue judged(String newId, Status newStatus) {
        return new KpiValue(newId, definition, value, newStatus, error, sqlSource, millis, numerator, denominator);
    }

    public boolean failed() {
        return error != null;
    }
}
