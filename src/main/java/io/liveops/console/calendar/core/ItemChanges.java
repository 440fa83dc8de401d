package io.liveops.console.calendar.core;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The words of an item's history: when it is, and what an edit changed. */
final class ItemChanges {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private ItemChanges() {}

    /** "Wed 2 Dec 2026 20:00 KST". */
    static String when(CalendarItem i) {
        return WHEN.format(i.start()) + " " + CalendarTexts.zoneName(i);
    }

    static String describe(CalendarItem before, CalendarItem after) {
        if (before == null) {
            return "Edited";
        }
        List<String> changed = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            changed.add("title");
        }
        if (before.channel() != after.channel()) {
            changed.add("channel " + before.channel().label() + " → " + after.channel().label());
        }
        if (!before.start().equals(after.start()) || !before.zone().equals(after.zone())) {
            changed.add("time " + when(before) + " → " + when(after));
        }
        if (!Objects.equals(before.end(), after.end())) {
            changed.add("end");
        }
        if (before.status() != after.status()) {
            changed.add("status " + before.status().label() + " → " + after.status().label());
        }
        if (!before.owner().equals(after.owner())) {
            changed.add("owner");
        }
        if (!before.body().equals(after.body())) {
            changed.add("body");
        }
        if (!before.notes().equals(after.notes())) {
            changed.add("notes");
        }
        if (!before.link().equals(after.link())) {
            changed.add("link");
        }
        return changed.isEmpty() ? "" : "Edited " + String.join(", ", changed);
    }
}
