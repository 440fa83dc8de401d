package io.liveops.console.calendar.core;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryImpl;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (.ics) export and import with ical4j, for Google Calendar and Outlook: each item is a
 * VEVENT whose UID stays the same across exports ({@code <rule>@<day>} or {@code item-<id>}, or the UID
 * it was imported with), whose times carry their zone (TZID) with the zone's VTIMEZONE in the file,
 * and whose channel, status and owner ride along as X- properties so a re-import keeps them.
 */
public final class ICalendarCodec {

    public static final String UID_DOMAIN = "@liveops-console";
    static final String X_CHANNEL = "X-LIVEOPS-CHANNEL";
    static final String X_STATUS = "X-LIVEOPS-STATUS";
    static final String X_OWNER = "X-LIVEOPS-OWNER";

    /** What an import found: the events as items (not stored) and sentences about what was adjusted or left out. */
    public record Imported(List<CalendarItem> items, List<String> notes) {}

    private final TimeZoneRegistry registry = new TimeZoneRegistryImpl(); // what the default factory makes, without its global accessor

    /** The UID an item is exported with. */
    public static String uidOf(CalendarItem item) {
        return item.icalUid() != null ? item.icalUid() : item.key() + UID_DOMAIN;
    }

    /** @param stamp when the file is made (DTSTAMP) */
    public String export(List<CalendarItem> items, Instant stamp) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//LiveOps Console//Content calendar//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(ImmutableMethod.PUBLISH);
        Set<String> zones = new LinkedHashSet<>();
        items.forEach(i -> {
            if (!isUtc(i.zone())) {
                zones.add(i.zone().getId());
            }
        });
        for (String zone : zones) {
            TimeZone tz = registry.getTimeZone(zone);
            if (tz == null) {
                throw new IllegalArgumentException("No VTIMEZONE definition for the zone " + zone + ".");
            }
            cal.add(tz.getVTimeZone());
        }
        for (CalendarItem i : items) {
            cal.add(event(i, stamp));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the calendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private VEvent event(CalendarItem i, Instant stamp) {
        VEvent e = new VEvent(false);
        e.add(new Uid(uidOf(i)));
        e.add(new DtStamp(stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        e.add(new DtStart<>(temporal(i.start(), i.zone())));
        if (i.end() != null) {
            e.add(new DtEnd<>(temporal(i.end(), i.zone())));
        }
        e.add(new Summary(i.title()));
        if (!i.body().isBlank() || !i.notes().isBlank()) {
            e.add(new Description(i.notes().isBlank() ? i.body() : i.body() + (i.body().isBlank() ? "" : "\n\n") + "Notes: " + i.notes()));
        }
        if (!i.link().isBlank()) {
            try {
                e.add(new Url(URI.create(i.link().strip())));
            } catch (IllegalArgumentException ignored) {
                // a link that is not a URI stays in the console only
            }
        }
        e.add(new Categories(i.channel().label()));
        e.add(switch (i.status()) {
            case IDEA, DRAFT -> ImmutableStatus.VEVENT_TENTATIVE;
            case SCHEDULED, PUBLISHED -> ImmutableStatus.VEVENT_CONFIRMED;
            case SKIPPED -> ImmutableStatus.VEVENT_CANCELLED;
        });
        e.add(new XProperty(X_CHANNEL, i.channel().id()));
        e.add(new XProperty(X_STATUS, i.status().id()));
        if (!i.owner().isBlank()) {
            e.add(new XProperty(X_OWNER, i.owner()));
        }
        return e;
    }

    private static Temporal temporal(LocalDateTime local, ZoneId zone) {
        return isUtc(zone) ? local.atZone(zone).toInstant() : local.atZone(zone);
    }

    private static boolean isUtc(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC);
    }

    /**
     * Reads the events of an .ics text as one-off items. Times with a zone keep it; UTC times and
     * floating times are put in {@code viewerZone}; an all-day event starts at 00:00.
     *
     * @param origin         the file's name, for messages
     * @param defaultChannel the channel of events that do not say theirs
     * @throws IllegalArgumentException naming the file and line when the text is not iCalendar
     */
    public Imported read(String origin, String text, ZoneId viewerZone, Channel defaultChannel) {
        Calendar cal;
        try {
            cal = new CalendarBuilder(registry).build(new StringReader(text));
        } catch (ParserException e) {
            throw new IllegalArgumentException(origin + " line " + e.getLineNo() + ": not an iCalendar file ("
                    + Optional.ofNullable(e.getMessage()).orElse("parse error") + ").");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read " + origin + ": " + e.getMessage());
        }
        List<CalendarItem> items = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Object o : cal.getComponents("VEVENT")) {
            VEvent e = (VEvent) o;
            String uid = value(e, "UID");
            String title = value(e, "SUMMARY");
            Optional<DtStart<Temporal>> start = e.getStartDate();
            if (start.isEmpty()) {
                notes.add("Left out an event without a start" + (title.isEmpty() ? "" : " ('" + title + "')") + ".");
                continue;
            }
            if (title.isBlank()) {
                title = "(untitled)";
            }
            if (title.length() > CalendarItem.MAX_TITLE) {
                notes.add("Shortened the title of '" + title.substring(0, 40) + "…' to " + CalendarItem.MAX_TITLE + " characters.");
                title = title.substring(0, CalendarItem.MAX_TITLE);
            }
            ZonedDateTime s = zoned(start.get(), viewerZone);
            ZonedDateTime end = e.getEndDate(false).map(d -> zoned(d, viewerZone)).orElse(null);
            ZoneId zone = s.getZone();
            LocalDateTime endLocal = end == null ? null : end.withZoneSameInstant(zone).toLocalDateTime();
            if (endLocal != null && !endLocal.isAfter(s.toLocalDateTime())) {
                endLocal = null;
            }
            Channel channel = channel(e, defaultChannel);
            ItemStatus status = status(e);
            String link = value(e, "URL");
            items.add(new CalendarItem(null, 0, null, null, uid.isBlank() ? null : uid, title, channel, s.toLocalDateTime(), endLocal, zone, status,
                    value(e, X_OWNER), value(e, "DESCRIPTION"), "", link, null));
        }
        return new Imported(items, notes);
    }

    private static ZonedDateTime zoned(net.fortuna.ical4j.model.property.DateProperty<?> property, ZoneId viewerZone) {
        Temporal t = property.getDate();
        if (t instanceof ZonedDateTime z) {
            if (z.getZone().normalized().equals(ZoneOffset.UTC)) {
                return z.withZoneSameInstant(viewerZone);
            }
            // ical4j names zones read from a VTIMEZONE "ical4j-local-N"; the TZID says which zone it is
            Optional<ZoneId> named = property.getParameter("TZID").map(p -> zoneOf(((net.fortuna.ical4j.model.Parameter) p).getValue()));
            return named.map(zone -> z.withZoneSameInstant(zone)).orElse(z.withZoneSameInstant(viewerZone));
        }
        if (t instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(viewerZone);
        }
        if (t instanceof Instant i) {
            return i.atZone(viewerZone);
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(viewerZone);
        }
        if (t instanceof LocalDate d) {
            return d.atStartOfDay(viewerZone);
        }
        throw new IllegalArgumentException("an event time of an unknown kind: " + t);
    }

    /** A TZID as a zone: an IANA id, or a Windows name Outlook writes ("Korea Standard Time"); null when neither. */
    private static ZoneId zoneOf(String tzid) {
        try {
            return ZoneId.of(tzid);
        } catch (java.time.DateTimeException e) {
            try {
                return TimeZoneRegistry.getGlobalZoneId(tzid);
            } catch (RuntimeException unknown) {
                return null;
            }
        }
    }

    private static Channel channel(VEvent e, Channel fallback) {
        for (String candidate : List.of(value(e, X_CHANNEL), value(e, "CATEGORIES"))) {
            for (String part : candidate.split(",")) {
                try {
                    if (!part.isBlank()) {
                        return Channel.of(part);
                    }
                } catch (IllegalArgumentException ignored) {
                    // not one of ours: try the next
                }
            }
        }
        return fallback;
    }

    private static ItemStatus status(VEvent e) {
        String x = value(e, X_STATUS);
        if (!x.isBlank()) {
            try {
                return ItemStatus.of(x);
            } catch (IllegalArgumentException ignored) {
                // fall back to the standard STATUS
            }
        }
        return switch (value(e, "STATUS").toUpperCase(Locale.ROOT)) {
            case "CANCELLED" -> ItemStatus.SKIPPED;
            case "TENTATIVE" -> ItemStatus.DRAFT;
            default -> ItemStatus.SCHEDULED;
        };
    }

    private static String value(VEvent e, String name) {
        return e.getProperty(name).map(p -> ((Property) p).getValue()).orElse("");
    }
}
