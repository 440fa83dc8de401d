package io.liveops.console.checklist.core;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One day of the checklist: the routines that applied (as frozen when the day was first opened), the
 * items carried into it, and what happened to each item.
 */
public record ChecklistDay(LocalDate day, List<Routine> routines, List<CarriedItem> carried, Map<String, ChecklistMark> marks) {

    public ChecklistDay {
        routines = List.copyOf(routines);
        carried = List.copyOf(carried);
        marks = Map.copyOf(marks);
    }

    static ChecklistDay of(LocalDate day, FrozenDay frozen, List<ChecklistMark> marks) {
        Map<String, ChecklistMark> byKey = new HashMap<>();
        marks.forEach(m -> byKey.put(key(m.routineId(), m.itemId()), m));
        return new ChecklistDay(day, frozen.routines(), frozen.carried(), byKey);
    }

    static String key(String routineId, String itemId) {
        return routineId + '\u0000' + itemId;
    }

    /** The item's mark, open when nothing was recorded. */
    public ChecklistMark mark(String routineId, String itemId) {
        ChecklistMark m = marks.get(key(routineId, itemId));
        return m != null ? m : ChecklistMark.open(routineId, itemId);
    }

    public ChecklistMark mark(CarriedItem carriedItem) {
        return mark(CarriedItem.ROUTINE_ID, carriedItem.key());
    }

    /** Items of a routine that are done or skipped. */
    public int handled(Routine routine) {
        return (int) routine.items().stream().filter(i -> mark(routine.id(), i.id()).handled()).count();
    }

    public int open(Routine routine) {
        return routine.items().size() - handled(routine);
    }

    /** True when every item of the day's own routines is done or skipped (carried items do not count). */
    public boolean complete() {
        return routines.stream().allMatch(r -> open(r) == 0);
    }
}
