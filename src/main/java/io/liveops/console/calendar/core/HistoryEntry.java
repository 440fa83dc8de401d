package io.liveops.console.calendar.core;

import java.time.Instant;

/** One line of an item's history: created, edited, moved, status changed, text copied. */
public record HistoryEntry(Instant at, Kind kind, String text) {

    public enum Kind { CREATED, EDITED, MOVED, STATUS, COPIED, IMPORTED }
}
