package io.liveops.console.calendar.core;

import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clashes the calendar flags on an item: another item on the same channel less than an hour
 * away, and content going out during an open P0 or P1 incident ("posting a promo during an outage").
 * Skipped items clash with nothing; published ones already went out, so an outage no longer concerns them.
 */
final class Collisions {

    public static final Duration SAME_CHANNEL_GAP = Duration.ofHours(1);

    private Collisions() {}

    /** The clash sentences per item key; items without clashes are absent. */
    public static Map<String, List<String>> find(List<CalendarItem> items, List<Incident> incidents, ZoneId viewerZone) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH).withZone(viewerZone);
        Map<String, List<String>> out = new HashMap<>();
        List<CalendarItem> live = items.stream().filter(i -> i.status() != ItemStatus.SKIPPED)
                .sorted(Comparator.comparing(CalendarItem::startInstant)).toList();
        for (int a = 0; a < live.size(); a++) {
            CalendarItem first = live.get(a);
            for (int b = a + 1; b < live.size(); b++) {
                CalendarItem second = live.get(b);
                if (Duration.between(first.startInstant(), second.startInstant()).compareTo(SAME_CHANNEL_GAP) >= 0) {
                    break;
                }
                if (first.channel() == second.channel()) {
                    add(out, first, "Same channel (" + first.channel().label() + ") within an hour: '" + second.title() + "' at "
                            + time.format(second.startInstant()));
                    add(out, second, "Same channel (" + second.channel().label() + ") within an hour: '" + first.title() + "' at "
                            + time.format(first.startInstant()));
                }
            }
        }
        for (Incident incident : incidents) {
            if (incident.resolved() || (incident.severity() != Severity.P0 && incident.severity() != Severity.P1)) {
                continue;
            }
            for (CalendarItem item : live) {
                Instant start = item.startInstant();
                if (item.status() != ItemStatus.PUBLISHED && !start.isBefore(incident.declaredAt())) {
                    add(out, item, "Scheduled during an open " + incident.severity() + " incident " + incident.label() + " ('" + incident.title()
                            + "', since " + time.format(incident.declaredAt()) + "): posting content during an outage");
                }
            }
        }
        return out;
    }

    private static void add(Map<String, List<String>> out, CalendarItem item, String text) {
        out.computeIfAbsent(item.key(), k -> new ArrayList<>()).add(text);
    }
}
