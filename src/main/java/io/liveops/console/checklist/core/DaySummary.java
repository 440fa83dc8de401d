package io.liveops.console.checklist.core;

import java.time.LocalDate;
import java.util.List;

/** A past day in the history: completion per routine. */
public record DaySummary(LocalDate day, List<RoutineProgress> routines) {

    public record RoutineProgress(String routineId, String name, int handled, int total) {
        public boolean complete() {
            return handled >= total;
        }
    }

    public DaySummary {
        routines = List.copyOf(routines);
    }

    public boolean complete() {
        return routines.stream().allMatch(RoutineProgress::complete);
    }

    /** Handled share of all items, 1 for a day without items. */
    public double completion() {
        int total = routines.stream().mapToInt(RoutineProgress::total).sum();
        int handled = routines.stream().mapToInt(RoutineProgress::handled).sum();
        return total == 0 ? 1 : (double) handled / total;
    }
}
