package io.liveops.console.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.checklist.core.DaySummary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history without a screen: opened days newest first, the streak, a past day read-only and back to today. */
class HistoryViewModelTest {

    private static final LocalDate MON = LocalDate.parse("2026-11-23");

    @TempDir
    Path dir;
    private ChecklistHarness h;

    @BeforeEach
    void setUp() {
        h = new ChecklistHarness(dir, "2026-11-23T00:30:00Z"); // Monday 09:30 in Seoul
        h.vm.start();
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    private void completeToday() {
        h.today().routines().forEach(r -> r.items().stream().filter(i -> !i.handled()).forEach(h.today()::toggle));
    }

    @Test
    void completeDaysMakeTheStreakAndEachDayHasItsLine() {
        assertThat(h.vm.history().streakProperty().get()).isEqualTo("No streak yet");
        completeToday();
        assertThat(h.vm.history().streakProperty().get()).isEqualTo("1 day in a row complete");
        h.scheduler.advance(Duration.ofDays(1)); // Tuesday 09:30
        completeToday();
        assertThat(h.vm.history().streakProperty().get()).isEqualTo("2 days in a row complete");
        assertThat(h.vm.history().days()).extracting(DaySummary::day).containsExactly(MON.plusDays(1), MON);
        assertThat(h.vm.history().days()).allMatch(DaySummary::complete);
        assertThat(HistoryViewModel.dayText(MON)).isEqualTo("Mon 2026-11-23");
    }

    @Test
    void aPastDayOpensReadOnlyAndTodaysLineOpensTodayEditable() {
        h.today().toggle(h.item("morning", "metrics-review"));
        h.scheduler.advance(Duration.ofDays(1));
        h.vm.history().openDay(MON);
        assertThat(h.today().readOnlyProperty().get()).isTrue();
        assertThat(h.today().titleProperty().get()).isEqualTo("Monday 2026-11-23 (read-only)");
        assertThat(h.item("morning", "metrics-review").statusProperty().get()).isEqualTo("Done by ana at 09:30");

        h.vm.history().openDay(MON.plusDays(1));
        assertThat(h.today().readOnlyProperty().get()).isFalse();
        assertThat(h.today().titleProperty().get()).isEqualTo("Tuesday 2026-11-24");

        h.vm.history().openDay(MON.minusDays(3));
        assertThat(h.vm.messageProperty().get()).isEqualTo("The checklist was not opened on 2026-11-20.");
        assertThat(h.today().dayProperty().get()).isEqualTo(MON.plusDays(1));
    }
}
