package io.liveops.console.calendar.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/** The .ics export parsed back by ical4j and checked event by event; UIDs stable; zones as VTIMEZONE. */
class ICalendarCodecTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final List<CalendarItem> items = List.of(
            CadenceExpander.slot(new RuleSetStore(null).defaults().rule("weekly-ama").orElseThrow(), LocalDate.of(2026, 12, 2)),
            new CalendarItem(7L, 3, null, null, null, "Blog: season recap, part 1", Channel.BLOG, LocalDateTime.of(2026, 12, 3, 9, 30), null,
                    BERLIN, ItemStatus.DRAFT, "ana", "Draft text, with a comma; and\nnew lines", "check the numbers", "https://blog.example.com/s2",
                    null),
            new CalendarItem(8L, 1, null, null, null, "Push at UTC", Channel.PUSH, LocalDateTime.of(2026, 12, 4, 0, 0), null,
                    ZoneId.of("UTC"), ItemStatus.SKIPPED, "", "", "", "", null));

    @Test
    void everyItemReadsBackWithItsUidZoneTimesAndFields() throws Exception {
        String ics = new ICalendarCodec().export(items, Instant.parse("2026-11-30T08:00:00Z"));
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));

        List<VTimeZone> zones = parsed.getComponents("VTIMEZONE");
        assertThat(zones).extracting(z -> z.getProperty("TZID").map(p -> ((Property) p).getValue()).orElse(""))
                .containsExactly("Asia/Seoul", "Europe/Berlin");
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(3);

        VEvent ama = events.get(0);
        assertThat(value(ama, "UID")).isEqualTo("weekly-ama@2026-12-02@liveops-console");
        assertThat(zoned(ama.getStartDate().orElseThrow())).isEqualTo(ZonedDateTime.of(2026, 12, 2, 20, 0, 0, 0, SEOUL));
        assertThat(zoned(ama.getEndDate(false).orElseThrow())).isEqualTo(ZonedDateTime.of(2026, 12, 2, 21, 0, 0, 0, SEOUL));
        assertThat(value(ama, "SUMMARY")).isEqualTo("AMA with Wallet Buffett");
        assertThat(value(ama, "CATEGORIES")).isEqualTo("Discord");
        assertThat(value(ama, "STATUS")).isEqualTo("CONFIRMED");

        VEvent blog = events.get(1);
        assertThat(value(blog, "UID")).isEqualTo("item-7@liveops-console");
        assertThat(zoned(blog.getStartDate().orElseThrow())).isEqualTo(ZonedDateTime.of(2026, 12, 3, 9, 30, 0, 0, BERLIN));
        assertThat(blog.getEndDate(false)).isEmpty();
        assertThat(value(blog, "DESCRIPTION")).isEqualTo("Draft text, with a comma; and\nnew lines\n\nNotes: check the numbers");
        assertThat(value(blog, "URL")).isEqualTo("https://blog.example.com/s2");
        assertThat(value(blog, "STATUS")).isEqualTo("TENTATIVE");
        assertThat(value(blog, ICalendarCodec.X_OWNER)).isEqualTo("ana");

        VEvent push = events.get(2);
        assertThat(value(push, "DTSTART")).isEqualTo("20261204T000000Z");
        assertThat(value(push, "STATUS")).isEqualTo("CANCELLED");

        // a second export made later has the same UIDs
        String again = new ICalendarCodec().export(items, Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(uids(again)).isEqualTo(uids(ics));
    }

    @Test
    void importReadsOurOwnExportBackAsTheSameItems() {
        ICalendarCodec codec = new ICalendarCodec();
        String ics = codec.export(items, Instant.parse("2026-11-30T08:00:00Z"));
        ICalendarCodec.Imported back = codec.read("export.ics", ics, ZoneId.of("America/Los_Angeles"), Channel.BLOG);
        assertThat(back.notes()).isEmpty();
        assertThat(back.items()).extracting(CalendarItem::icalUid).containsExactly("weekly-ama@2026-12-02@liveops-console",
                "item-7@liveops-console", "item-8@liveops-console");
        CalendarItem ama = back.items().get(0);
        assertThat(ama.start()).isEqualTo(LocalDateTime.of(2026, 12, 2, 20, 0));
        assertThat(ama.end()).isEqualTo(LocalDateTime.of(2026, 12, 2, 21, 0));
        assertThat(ama.zone()).isEqualTo(SEOUL);
        assertThat(ama.channel()).isEqualTo(Channel.DISCORD);
        assertThat(ama.status()).isEqualTo(ItemStatus.SCHEDULED);
        CalendarItem blog = back.items().get(1);
        assertThat(blog.zone()).isEqualTo(BERLIN);
        assertThat(blog.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(blog.owner()).isEqualTo("ana");
        assertThat(blog.link()).isEqualTo("https://blog.example.com/s2");
        // a UTC time is shown in the importing director's zone, at the same instant
        CalendarItem push = back.items().get(2);
        assertThat(push.startInstant()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
        assertThat(push.status()).isEqualTo(ItemStatus.SKIPPED);
        // a re-export keeps the imported UIDs
        assertThat(uids(codec.export(back.items(), Instant.EPOCH))).isEqualTo(uids(ics));
    }

    @Test
    void aFileThatIsNotICalendarIsRefusedWithItsLine() {
        assertThatThrownBy(() -> new ICalendarCodec().read("notes.ics", "BEGIN:VCALENDAR\nthis is not\n", ZoneId.of("UTC"), Channel.BLOG))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("notes.ics line ").hasMessageContaining("not an iCalendar file");
    }

    /** The wall-clock time and TZID as written, as a zoned time (ical4j names parsed zones after the file's VTIMEZONE). */
    private static ZonedDateTime zoned(net.fortuna.ical4j.model.property.DateProperty<?> p) {
        String tzid = p.getParameter("TZID").map(x -> ((net.fortuna.ical4j.model.Parameter) x).getValue()).orElseThrow();
        ZonedDateTime read = (ZonedDateTime) p.getDate();
        ZonedDateTime inZone = read.toLocalDateTime().atZone(ZoneId.of(tzid));
        assertThat(inZone.toInstant()).isEqualTo(read.toInstant());
        return inZone;
    }

    private static String value(VEvent e, String name) {
        return e.getProperty(name).map(p -> ((Property) p).getValue()).orElse("");
    }

    private static List<String> uids(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).toList();
    }
}
