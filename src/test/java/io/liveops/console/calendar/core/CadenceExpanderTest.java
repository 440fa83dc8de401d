package io.liveops.console.calendar.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cadence expansion seen from several zones: DST changes, month ends, a leap February, quarter starts, season weeks. */
class CadenceExpanderTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final List<Season> PLAYBOOK_SEASONS = List.of(
            new Season("S1", "Season 1", LocalDate.of(2025, 10, 20), LocalDate.of(2025, 12, 1)),
            new Season("S2", "Season 2", LocalDate.of(2025, 12, 8), LocalDate.of(2026, 1, 19)));

    static CadenceRule weekly(String id, DayOfWeek day, String time, String zone) {
        return new CadenceRule(id, "AMA", Channel.DISCORD, Cadence.WEEK, List.of(day), time, zone, "PT1H", null, null, null, null, null, null, null,
                false);
    }

    static CadenceRule monthly(String id, String monthDay) {
        return new CadenceRule(id, "Challenge " + monthDay, Channel.DISCORD, Cadence.MONTH, null, "10:00", "Asia/Seoul", null, monthDay, null, null,
                null, null, null, null, false);
    }

    private static List<ZonedDateTime> seenFrom(ZoneId viewer, List<CadenceRule> rules, LocalDate from, LocalDate to) {
        return new CadenceExpander(viewer).expand(rules, PLAYBOOK_SEASONS, LocalDate.of(2025, 10, 20), from, to).slots().stream()
                .map(s -> s.startInstant().atZone(viewer)).toList();
    }

    @Test
    void aKstAmaStaysAt20KstWhileBerlinChangesClocksBothWays() {
        CadenceRule ama = weekly("ama", DayOfWeek.WEDNESDAY, "20:00", "Asia/Seoul");
        // Berlin leaves winter time on 2026-03-29 and returns on 2026-10-25; Seoul has no DST
        assertThat(seenFrom(BERLIN, List.of(ama), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 5)))
                .containsExactly(ZonedDateTime.of(2026, 3, 25, 12, 0, 0, 0, BERLIN), ZonedDateTime.of(2026, 4, 1, 13, 0, 0, 0, BERLIN));
        assertThat(seenFrom(BERLIN, List.of(ama), LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 1)))
                .containsExactly(ZonedDateTime.of(2026, 10, 21, 13, 0, 0, 0, BERLIN), ZonedDateTime.of(2026, 10, 28, 12, 0, 0, 0, BERLIN));
    }

    @Test
    void aKstAmaSeenFromLosAngelesAcrossBothDstChanges() {
        CadenceRule ama = weekly("ama", DayOfWeek.WEDNESDAY, "20:00", "Asia/Seoul");
        // Los Angeles: PDT from 2026-03-08, PST again from 2026-11-01; 20:00 KST is 11:00 UTC
        assertThat(seenFrom(LOS_ANGELES, List.of(ama), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 15)))
                .containsExactly(ZonedDateTime.of(2026, 3, 4, 3, 0, 0, 0, LOS_ANGELES), ZonedDateTime.of(2026, 3, 11, 4, 0, 0, 0, LOS_ANGELES));
        assertThat(seenFrom(LOS_ANGELES, List.of(ama), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 8)))
                .containsExactly(ZonedDateTime.of(2026, 10, 28, 4, 0, 0, 0, LOS_ANGELES), ZonedDateTime.of(2026, 11, 4, 3, 0, 0, 0, LOS_ANGELES));
        // the slot keeps its own wall-clock time: 20:00 in Seoul
        CalendarItem slot = new CadenceExpander(LOS_ANGELES).expand(List.of(ama), List.of(), null, LocalDate.of(2026, 3, 11),
                LocalDate.of(2026, 3, 11)).slots().get(0);
        assertThat(slot.start()).isEqualTo(LocalDateTime.of(2026, 3, 11, 20, 0));
        assertThat(slot.zone()).isEqualTo(SEOUL);
        assertThat(CalendarTexts.zoneName(slot)).isEqualTo("KST");
    }

    @Test
    void aMondayRecapAt09KstIsASundayItemInLosAngeles() {
        CadenceRule recap = weekly("recap", DayOfWeek.MONDAY, "09:00", "Asia/Seoul");
        List<ZonedDateTime> sunday = seenFrom(LOS_ANGELES, List.of(recap), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 29));
        assertThat(sunday).containsExactly(ZonedDateTime.of(2026, 11, 29, 16, 0, 0, 0, LOS_ANGELES));
        assertThat(seenFrom(LOS_ANGELES, List.of(recap), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(seenFrom(SEOUL, List.of(recap), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30))).hasSize(1);
    }

    @Test
    void monthEndsLastDayAndMonthsWithoutTheDayAreStated() {
        CadenceExpander.Expansion april = new CadenceExpander(SEOUL).expand(List.of(monthly("d31", "31"), monthly("last", "last")), List.of(),
                null, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 31));
        assertThat(april.slots()).extracting(CalendarItem::slotDay)
                .containsExactly(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 5, 31));
        assertThat(april.notes()).containsExactly("April 2026 has no day 31, so 'Challenge 31' has no slot that month.");
    }

    @Test
    void februaryInALeapYearHasA29thAndALastDayOf29() {
        CadenceExpander.Expansion leap = new CadenceExpander(SEOUL).expand(List.of(monthly("d29", "29"), monthly("last", "last")), List.of(),
                null, LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29));
        assertThat(leap.slots()).extracting(CalendarItem::slotDay).containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 29));
        assertThat(leap.notes()).isEmpty();
        CadenceExpander.Expansion common = new CadenceExpander(SEOUL).expand(List.of(monthly("d29", "29"), monthly("last", "last")), List.of(),
                null, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28));
        assertThat(common.slots()).extracting(CalendarItem::slotDay).containsExactly(LocalDate.of(2027, 2, 28));
        assertThat(common.notes()).containsExactly("February 2027 has no day 29, so 'Challenge 29' has no slot that month.");
    }

    @Test
    void quarterStartsAndTheirViewerDays() {
        CadenceRule party = new CadenceRule("q", "Launch party", Channel.DISCORD, Cadence.QUARTER, null, "10:00", "Asia/Seoul", null, "1", 1,
                null, null, null, null, null, false);
        List<ZonedDateTime> seoul = seenFrom(SEOUL, List.of(party), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(seoul).extracting(z -> z.toLocalDate()).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1));
        // 10:00 KST on the 1st is the evening before in Los Angeles: the first quarter's slot is on 31 December 2025
        List<ZonedDateTime> la = seenFrom(LOS_ANGELES, List.of(party), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 4, 1));
        assertThat(la).containsExactly(ZonedDateTime.of(2025, 12, 31, 17, 0, 0, 0, LOS_ANGELES), ZonedDateTime.of(2026, 3, 31, 18, 0, 0, 0, LOS_ANGELES));
    }

    @Test
    void seasonRelativeWeeksCountFromEachSeasonsFirstDay() {
        CadenceRule bundles = new CadenceRule("bundles", "Cosmetic bundle", Channel.IN_GAME, Cadence.SEASON, null, "12:00", "Europe/Istanbul", null,
                null, null, List.of(2, 4, 6, 8), null, null, null, null, false);
        CadenceRule contest = new CadenceRule("contest", "Photo contest", Channel.IN_GAME, Cadence.SEASON, List.of(DayOfWeek.FRIDAY), "12:00",
                "Europe/Istanbul", null, null, null, List.of(3), null, null, null, null, false);
        CadenceExpander.Expansion e = new CadenceExpander(ZoneId.of("Europe/Istanbul")).expand(List.of(bundles, contest), PLAYBOOK_SEASONS,
                null, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 31));
        assertThat(e.slots()).filteredOn(s -> s.ruleId().equals("bundles")).extracting(CalendarItem::slotDay).containsExactly(
                LocalDate.of(2025, 10, 27), LocalDate.of(2025, 11, 10), LocalDate.of(2025, 11, 24),
                LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 12));
        assertThat(e.slots()).filteredOn(s -> s.ruleId().equals("contest")).extracting(CalendarItem::slotDay)
                .containsExactly(LocalDate.of(2025, 11, 7), LocalDate.of(2025, 12, 26));
        // S1 and S2 last 6-7 weeks: neither has a week 8
        assertThat(e.notes()).containsExactly(
                "Season 1 ends on 2025-12-01, before its week 8, so 'Cosmetic bundle' has no slot in it.",
                "Season 2 ends on 2026-01-19, before its week 8, so 'Cosmetic bundle' has no slot in it.");
    }

    @Test
    void launchRelativePausedAndDailyRules() {
        CadenceRule anniversary = new CadenceRule("beta", "Beta anniversary", Channel.TWITTER, Cadence.LAUNCH, null, "10:00", "Asia/Seoul", null,
                null, null, null, "P3M", null, null, null, false);
        CadenceRule daily = new CadenceRule("daily", "Discord update", Channel.DISCORD, Cadence.DAY, null, "14:00", "Asia/Seoul", null, null, null,
                null, null, null, null, null, false);
        CadenceExpander.Expansion e = new CadenceExpander(SEOUL).expand(List.of(anniversary, daily, daily.withPaused(true).withId("paused")),
                List.of(), LocalDate.of(2025, 10, 20), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 21));
        assertThat(e.slots()).extracting(CalendarItem::key).containsExactly("daily@2026-01-19", "beta@2026-01-20", "daily@2026-01-20",
                "daily@2026-01-21");
        CadenceExpander.Expansion noLaunch = new CadenceExpander(SEOUL).expand(List.of(anniversary), List.of(), null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31));
        assertThat(noLaunch.slots()).isEmpty();
        assertThat(noLaunch.notes()).singleElement().asString().contains("launch day, which is not set");
    }
}
