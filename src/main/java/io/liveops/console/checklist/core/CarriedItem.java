package io.liveops.console.checklist.core;

import java.time.LocalDate;

/**
 * An item left open on an earlier day, shown again until it is done or skipped.
 *
 * @param from the day the item was first due (kept as it carries on from day to day)
 */
public record CarriedItem(String routineId, String routineName, LocalDate from, ChecklistItem item) {

    /** Marks of carried items are stored under this routine id, keyed by {@link #key()}. */
    public static final String ROUTINE_ID = "carried-over";

    public String key() {
        return from + "/" + routineId + "/" + item.id();
    }
}
