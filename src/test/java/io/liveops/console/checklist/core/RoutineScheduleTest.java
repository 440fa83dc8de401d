package io.liveops.console.checklist.core;

import io.liveops.console.testkit.ChecklistFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.kpi.core.KpiCatalog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which routines a day has and where their windows fall, with the shipped playbook template. */
class RoutineScheduleTest {

    private static final ChecklistTemplate PLAYBOOK = new TemplateReader(KpiCatalog.standard(), ChecklistFixture.TABS).resource(TemplateReader.DEFAULT_RESOURCE);
    private static final ChecklistTemplate GAME = new TemplateReader(KpiCatalog.standard(), ChecklistFixture.TABS).resource(TemplateReader.GAME_TEAM_RESOURCE);
    private final RoutineSchedule seoul = new RoutineSchedule(ZoneId.of("Asia/Seoul"));

    private List<String> ids(RoutineSchedule schedule, ChecklistTemplate t, String day) {
        return schedule.routinesOn(t, LocalDate.parse(day)).stream().map(Routine::id).toList();
    }

    @Test
    void aMondayHasTheDailyRoutinesAndMondayPlanningOnly() {
        assertThat(ids(seoul, PLAYBOOK, "2026-11-23")) // a Monday, not a monthly day
                .containsExactly("morning", "afternoon", "evening", "weekly-monday");
    }

    @Test
    void aFridayAddsTheWeekReviewAndTheSecurityChecklist() {
        assertThat(ids(seoul, PLAYBOOK, "2026-11-27"))
                .containsExactly("morning", "afternoon", "evening", "weekly-friday", "security");
    }

    @Test
    void theFirstAndTheFifteenthHaveTheirMonthlyRoutines() {
        assertThat(ids(seoul, PLAYBOOK, "2026-12-01")).containsExactly("morning", "afternoon", "evening", "weekly-tuesday", "month-start");
        assertThat(ids(seoul, PLAYBOOK, "2026-12-15")).containsExactly("morning", "afternoon", "evening", "weekly-tuesday", "month-mid");
        assertThat(ids(seoul, PLAYBOOK, "2026-12-16")).doesNotContain("month-start", "month-mid", "month-end");
    }

    @Test
    void theMonthsLastDayIsTheLastDayNotTheThirtieth() {
        assertThat(ids(seoul, PLAYBOOK, "2027-02-28")).contains("month-end");      // February of a common year
        assertThat(ids(seoul, PLAYBOOK, "2028-02-28")).doesNotContain("month-end"); // leap year: the 29th follows
        assertThat(ids(seoul, PLAYBOOK, "2028-02-29")).contains("month-end");
        assertThat(ids(seoul, PLAYBOOK, "2026-11-30")).contains("month-end");
        assertThat(ids(seoul, PLAYBOOK, "2026-12-30")).doesNotContain("month-end");
        assertThat(ids(seoul, PLAYBOOK, "2026-12-31")).contains("month-end");
    }

    @Test
    void aThirtyFirstRoutineSkipsShortMonths() {
        Routine r = new Routine("r31", "31st", Cadence.MONTH, List.of(), List.of("31"), null, null, List.of());
        assertThat(seoul.appliesOn(r, LocalDate.parse("2026-12-31"))).isTrue();
        assertThat(seoul.appliesOn(r, LocalDate.parse("2026-11-30"))).isFalse();
    }

    @Test
    void windowsAreInTheUsersZone() {
        Routine morning = PLAYBOOK.routine("morning").orElseThrow();
        RoutineSchedule.Window w = seoul.window(morning, LocalDate.parse("2026-11-23")).orElseThrow();
        assertThat(w.start()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z")); // 09:00 KST
        assertThat(w.end()).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(w.contains(Instant.parse("2026-11-23T00:59:59Z"))).isTrue();
        assertThat(w.contains(Instant.parse("2026-11-23T01:00:00Z"))).isFalse();
        assertThat(seoul.window(PLAYBOOK.routine("security").orElseThrow(), LocalDate.parse("2026-11-27"))).isEmpty();
    }

    @Test
    void theGameTeamPresetMovesAfternoonAndEvening() {
        RoutineSchedule istanbul = new RoutineSchedule(ZoneId.of("Europe/Istanbul"));
        LocalDate day = LocalDate.parse("2026-11-23");
        assertThat(GAME.routine("morning").orElseThrow().start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(GAME.routine("afternoon").orElseThrow().start()).isEqualTo(LocalTime.of(15, 0));
        assertThat(istanbul.window(GAME.routine("evening").orElseThrow(), day).orElseThrow().start())
                .isEqualTo(Instant.parse("2026-11-23T18:00:00Z")); // 21:00 TRT (UTC+3)
    }

    @Test
    void acrossASpringForwardTheMorningStaysAtNineLocalAndTheDayHasTwentyThreeHours() {
        RoutineSchedule berlin = new RoutineSchedule(ZoneId.of("Europe/Berlin"));
        Routine morning = PLAYBOOK.routine("morning").orElseThrow();
        // 2026-03-29: clocks jump from 02:00 CET to 03:00 CEST
        assertThat(berlin.window(morning, LocalDate.parse("2026-03-28")).orElseThrow().start()).isEqualTo(Instant.parse("2026-03-28T08:00:00Z"));
        RoutineSchedule.Window sunday = berlin.window(morning, LocalDate.parse("2026-03-29")).orElseThrow();
        assertThat(sunday.start()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
        assertThat(Duration.between(sunday.start(), sunday.end())).isEqualTo(Duration.ofHours(1));
        Instant saturdayEvening = Instant.parse("2026-03-28T20:00:00Z");
        Instant midnight = berlin.startOfNextDay(saturdayEvening);
        assertThat(midnight).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(Duration.between(midnight, berlin.startOfNextDay(midnight))).isEqualTo(Duration.ofHours(23));
        assertThat(berlin.dayOf(Instant.parse("2026-03-28T23:30:00Z"))).isEqualTo(LocalDate.parse("2026-03-29"));
    }

    @Test
    void acrossAFallBackTheDayHasTwentyFiveHours() {
        RoutineSchedule newYork = new RoutineSchedule(ZoneId.of("America/New_York"));
        Routine evening = PLAYBOOK.routine("evening").orElseThrow();
        // 2026-11-01: clocks fall back from 02:00 EDT to 01:00 EST
        assertThat(newYork.window(evening, LocalDate.parse("2026-10-31")).orElseThrow().start()).isEqualTo(Instant.parse("2026-10-31T22:00:00Z"));
        assertThat(newYork.window(evening, LocalDate.parse("2026-11-01")).orElseThrow().start()).isEqualTo(Instant.parse("2026-11-01T23:00:00Z"));
        Instant start = LocalDate.parse("2026-11-01").atStartOfDay(ZoneId.of("America/New_York")).toInstant();
        assertThat(Duration.between(start, newYork.startOfNextDay(start))).isEqualTo(Duration.ofHours(25));
    }
}
