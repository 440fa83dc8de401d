package io.liveops.console.incident.core;

import java.time.Instant;
import java.util.Objects;

/** One timestamped line of an incident's history; {@code id} is null until stored. */
public record TimelineEntry(Long id, long incidentId, Instant at, Kind kind, String text) {

    public enum Kind {
        DECLARED, ACKNOWLEDGED, STATUS, SEVERITY, UPDATE, NOTE, SENT, RUNBOOK, POST_MORTEM
    }

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static TimelineEntry of(Instant at, Kind kind, String text) {
        return new TimelineEntry(null, 0, at, kind, text);
    }
}
