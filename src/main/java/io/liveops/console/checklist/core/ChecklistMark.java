package io.liveops.console.checklist.core;

import java.time.Instant;
import java.util.Objects;

/**
 * What happened to one checklist item on one day.
 *
 * @param markedBy who ticked or skipped it (null while open)
 * @param markedAt when (null while open)
 */
public record ChecklistMark(String routineId, String itemId, State state, String markedBy, Instant markedAt, String skipReason,
                            String note) {

    public enum State { OPEN, DONE, SKIPPED }

    public ChecklistMark {
        Objects.requireNonNull(routineId, "routineId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(state, "state");
    }

    public static ChecklistMark open(String routineId, String itemId) {
        return new ChecklistMark(routineId, itemId, State.OPEN, null, null, null, null);
    }

    /** Done or skipped: nothing left to do. */
    public boolean handled() {
        return state != State.OPEN;
    }

    public ChecklistMark done(String by, Instant at) {
        return new ChecklistMark(routineId, itemId, State.DONE, by, at, null, note);
    }

    public ChecklistMark skipped(String by, Instant at, String reason) {
        return new ChecklistMark(routineId, itemId, State.SKIPPED, by, at, reason, note);
    }

    public ChecklistMark reopened() {
        return new ChecklistMark(routineId, itemId, State.OPEN, null, null, null, note);
    }

    public ChecklistMark withNote(String newNote) {
        return new ChecklistMark(routineId, itemId, state, markedBy, markedAt, skipReason, newNote == null || newNote.isBlank() ? null : newNote);
    }
}
