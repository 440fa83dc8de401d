package io.liveops.console.alert.core;

import java.time.Instant;
import java.util.Optional;

/**
 * One entry of the alert history.
 *
 * @param id        stable id, what {@link AlertCenter#acknowledge(long, String)} takes
 * @param source    what raised it ("KPI", "Incident", "Checklist", "Calendar", "Watchlist")
 * @param key       what it is about, e.g. the KPI id; a click on the toast jumps there
 * @param silenced  recorded while the key was snoozed: in the history, but no toast
 */
public record Alert(long id, String source, String key, AlertLevel level, Kind kind, String title, String detail,
                    Instant at, boolean silenced, String acknowledgedBy, Instant acknowledgedAt) {

    /** Why the entry exists. */
    public enum Kind {
        /** got worse, or a one-off event: shown as a toast unless snoozed, waits for acknowledgement */
        RAISED,
        /** went back to OK: a quiet history entry, no toast, nothing to acknowledge */
        RECOVERED
    }

    /** True when this alert should pop up a toast (and, if critical, reach the OS tray). */
    public boolean toastWorthy() {
        return kind == Kind.RAISED && !silenced;
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    public Optional<String> detailText() {
        return Optional.ofNullable(detail);
    }

    static Alert from(AlertRecord r) {
        return new Alert(r.id(), r.source(), r.key(), AlertLevel.valueOf(r.level()), Kind.valueOf(r.kind().name()), r.title(),
                r.detail(), r.raisedAt(), r.silenced(), r.acknowledgedBy(), r.acknowledgedAt());
    }
}
