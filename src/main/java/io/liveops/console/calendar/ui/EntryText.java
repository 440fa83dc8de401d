package io.liveops.console.calendar.ui;

import io.liveops.console.shared.DisplayFormats;

import io.liveops.console.calendar.core.CalendarItem;
import io.liveops.console.calendar.core.CalendarService;
import io.liveops.console.calendar.core.CalendarTexts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of an entry on screen: its time in the viewer's zone, and its own zone's time when that zone differs ("20:00 KST"). */
final class EntryText {

    private static final DateTimeFormatter HM = DisplayFormats.TIME;

    private EntryText() {}

    public static String localTime(CalendarItem i, ZoneId viewer) {
        return HM.format(i.startInstant().atZone(viewer));
    }

    /** "20:00 KST" when the item's zone is not the viewer's, else empty. */
    public static String ownZoneTime(CalendarItem i, ZoneId viewer) {
        return i.zone().normalized().equals(viewer.normalized()) ? "" : HM.format(i.start()) + " " + CalendarTexts.zoneName(i);
    }

    /** The tooltip: everything a chip leaves out. */
    public static String details(CalendarService.Entry e, ZoneId viewer) {
        CalendarItem i = e.item();
        List<String> lines = new ArrayList<>();
        lines.add(i.title());
        String own = ownZoneTime(i, viewer);
        lines.add(i.channel().label() + " · " + localTime(i, viewer) + " your time" + (own.isEmpty() ? "" : " · " + own));
        lines.add(i.status().label() + (i.generated() ? " · planned by the rule '" + i.ruleId() + "'" : ""));
        if (e.overdue()) {
            lines.add("Overdue: not published yet");
        } else if (e.dueSoon()) {
            lines.add("Due within 30 minutes");
        }
        lines.addAll(e.collisions());
        return String.join("\n", lines);
    }
}
