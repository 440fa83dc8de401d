package io.liveops.console.checklist.core;

import java.util.List;
import java.util.Optional;

/**
 * The user's routines, as stored in their template file ({@code checklist.json} in the config folder;
 * the shipped defaults are the playbook's). Version 1 is the only format so far.
 */
public record ChecklistTemplate(int version, List<Routine> routines) {

    public static final int CURRENT_VERSION = 1;

    public ChecklistTemplate {
        if (version != CURRENT_VERSION) {
            throw new IllegalArgumentException("\"version\" must be " + CURRENT_VERSION + ", not " + version);
        }
        routines = routines == null ? List.of() : List.copyOf(routines);
    }

    public ChecklistTemplate(List<Routine> routines) {
        this(CURRENT_VERSION, routines);
    }

    public Optional<Routine> routine(String id) {
        return routines.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
