package io.liveops.console.alert.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the alert history as stored. The alert center owns the meaning of {@code level}
 * (the name of its AlertLevel); the store keeps it as text so it does not depend on the alert package.
 *
 * @param id             null until appended
 * @param source         what raised it ("KPI", "Incident", "Checklist", …)
 * @param key            what it is about, stable across refreshes (a KPI id, an incident number, …)
 * @param silenced       true when recorded while the key was snoozed (no toast was shown)
 * @param acknowledgedBy null until someone acknowledges it
 * @param acknowledgedAt null until someone acknowledges it
 */
public record AlertRecord(Long id, String source, String key, String level, Kind kind, String title, String detail,
                          Instant raisedAt, boolean silenced, String acknowledgedBy, Instant acknowledgedAt) {

    /** Why the row exists. */
    public enum Kind {
        /** something got worse, or a one-off event: needs a look */
        RAISED,
        /** a key went back to OK: a quiet entry for the record, nothing to acknowledge */
        RECOVERED
    }

    public AlertRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /** A record not yet stored. */
    public static AlertRecord of(String source, String key, String level, Kind kind, String title, String detail,
                                 Instant raisedAt, boolean silenced) {
        return new AlertRecord(null, source, key, level, kind, title, detail, raisedAt, silenced, null, null);
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    AlertRecord withId(long newId) {
        return new AlertRecord(newId, source, key, level, kind, title, detail, raisedAt, silenced, acknowledgedBy, acknowledgedAt);
    }
}
