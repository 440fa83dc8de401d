package io.liveops.console.checklist.core;

import java.util.List;

/** What a day's checklist contained, stored as JSON when the day is first opened. */
public record FrozenDay(List<Routine> routines, List<CarriedItem> carried) {
    public FrozenDay {
        routines = routines == null ? List.of() : List.copyOf(routines);
        carried = carried == null ? List.of() : List.copyOf(carried);
    }
}
