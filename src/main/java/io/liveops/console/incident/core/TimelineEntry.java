package io.liveops.console.incident.core;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One timestamped line of an incident's history; {@code id} is null until stored. {@code detail} is
 * the text behind the line, shown on demand (the full announcement behind "Copied Discord
 * announcement"); {@code actionId} is the id of the user action that wrote it (null for older entries).
 */
public record TimelineEntry(Long id, long incidentId, Instant at, Kind kind, String text, String detail, String actionId) {

    /** What happened; the label starts the line and the text completes it ("Copied" + " " + "Discord announcement"). */
    public enum Kind {
        DECLARED("Declared", " "), ACKNOWLEDGED("Acknowledged", ": "), STATUS("Status", ": "), SEVERITY("Severity", ": "),
        UPDATE("Update posted", ": "), NOTE("Note", ": "), SENT("Copied", " "), RUNBOOK("Runbook", ": "),
        POST_MORTEM("Post-mortem", " "), RESOLVED("Resolved", ": "), DETAILS("Details", ": ");

        private final String label;
        private final String joiner;

        Kind(String label, String joiner) {
            this.label = label;
            this.joiner = joiner;
        }

        public String label() {
            return label;
        }
    }

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static TimelineEntry of(Instant at, Kind kind, String text) {
        return new TimelineEntry(null, 0, at, kind, text, null, null);
    }

    public TimelineEntry withDetail(String newDetail) {
        return new TimelineEntry(id, incidentId, at, kind, text, newDetail, actionId);
    }

    public TimelineEntry withAction(ActionId action) {
        return new TimelineEntry(id, incidentId, at, kind, text, detail, action == null ? null : action.value());
    }

    /** The line as a person reads it, the kind said once: "Acknowledged", "Copied Discord announcement", "Note: …". */
    public String headline() {
        String rest = details();
        return rest.isEmpty() ? kind.label : kind.label + kind.joiner + rest;
    }

    /**
     * The text without the kind's word. Entries written before the kinds had labels repeat it
     * ("Acknowledged", "Post-mortem written"); the repeat is dropped, so no line says it twice.
     */
    public String details() {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        String label = kind.label.toLowerCase(Locale.ROOT);
        if (lower.startsWith(label)) {
            t = t.substring(label.length()).replaceFirst("^[:\\s]+", "");
        }
        return t;
    }

    public boolean hasDetail() {
        return detail != null && !detail.isBlank();
    }
}
