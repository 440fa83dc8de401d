package io.liveops.console.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.alert.core.Alert;
import io.liveops.console.checklist.core.CarriedItem;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's windows without a screen: the open one, what is expanded, overdue routines, the alert, midnight. */
class RoutineWindowsTest {

    private static final LocalDate MON = LocalDate.parse("2026-11-23");

    @TempDir
    Path dir;
    private ChecklistHarness h;

    /** Opens the tab at a Seoul time on Monday 2026-11-23, given in UTC. */
    private ChecklistHarness openAt(String utc) {
        h = new ChecklistHarness(dir, "2026-11-23T" + utc + "Z");
        h.vm.start();
        return h;
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void theOpenWindowIsExpandedAndTheOthersCollapseWithTheirProgress() {
        openAt("00:30:00"); // 09:30
        assertThat(h.today().routines()).extracting(RoutineRow::name)
                .containsExactly("Morning routine", "Afternoon routine", "Evening routine", "Monday: weekly planning");
        assertThat(h.routine("morning").currentProperty().get()).isTrue();
        assertThat(h.routine("morning").expandedProperty().get()).isTrue();
        assertThat(h.routine("afternoon").expandedProperty().get()).isFalse();
        assertThat(h.routine("afternoon").windowText()).isEqualTo("14:00–15:00");
        assertThat(h.routine("weekly-monday").windowText()).isEqualTo("today");
        assertThat(h.routine("morning").progressProperty().get()).isEqualTo("0/3");
        assertThat(h.vm.editor().templateProblemProperty().get()).isEmpty();
    }

    @Test
    void aWindowClosingWithItemsOpenRaisesOneAlertAndStaysExpanded() {
        openAt("00:30:00");
        h.today().toggle(h.item("morning", "metrics-review"));
        assertThat(h.scheduler.nextDelay()).isEqualTo(Duration.ofMinutes(30)); // the morning window ends at 10:00
        h.scheduler.advance(Duration.ofMinutes(31));
        assertThat(h.alerts).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("Checklist");
            assertThat(a.title()).isEqualTo("Morning routine: 2 items open");
            assertThat(a.toastWorthy()).isTrue();
        });
        assertThat(h.routine("morning").overdueProperty().get()).isTrue();
        assertThat(h.routine("morning").currentProperty().get()).isFalse();
        assertThat(h.routine("morning").expandedProperty().get()).isTrue(); // overdue with items open: it stays open
        assertThat(h.routine("afternoon").expandedProperty().get()).isTrue(); // the next window to open

        // the afternoon, done in time, raises nothing and folds away when its window closes
        h.routine("afternoon").items().forEach(h.today()::toggle);
        h.scheduler.advance(Duration.ofHours(5));
        assertThat(h.routine("afternoon").currentProperty().get()).isFalse();
        assertThat(h.routine("afternoon").expandedProperty().get()).isFalse();
        assertThat(h.routine("morning").expandedProperty().get()).isTrue();
        assertThat(h.alerts).hasSize(1);
    }

    /** Issue 15, item 10: at 10:31 the overdue morning routine is expanded, not only the 14:00 one. */
    @Test
    void openedAt1031TheOverdueMorningIsExpandedBesideTheNextWindow() {
        openAt("01:31:00"); // 10:31
        assertThat(h.routine("morning").overdueProperty().get()).isTrue();
        assertThat(h.routine("morning").expandedProperty().get()).isTrue();
        assertThat(h.routine("afternoon").expandedProperty().get()).isTrue();
        assertThat(h.routine("evening").expandedProperty().get()).isFalse();
        assertThat(h.alerts).isEmpty(); // it closed before the tab opened: shown as overdue, not toasted late
    }

    /** Issue 15, item 10: ticking, skipping or reopening never folds a routine, nor unfolds one the user folded. */
    @Test
    void tickingOrSkippingKeepsEachRoutineAsTheUserLeftIt() {
        openAt("01:31:00"); // 10:31: morning overdue, afternoon next
        h.routine("evening").expandedProperty().set(true); // the user opens two more
        h.routine("weekly-monday").expandedProperty().set(true);
        h.routine("afternoon").expandedProperty().set(false); // and folds one

        h.today().toggle(h.item("evening", "market-monitoring"));
        SkipForm skip = h.today().skipForm(h.item("weekly-monday", h.routine("weekly-monday").items().get(0).itemId()));
        skip.reasonProperty().set("planned on Friday");
        skip.confirm();
        h.today().toggle(h.item("afternoon", h.routine("afternoon").items().get(0).itemId()));
        h.routine("morning").items().forEach(h.today()::toggle); // the overdue routine is now complete
        h.today().reopen(h.item("weekly-monday", h.routine("weekly-monday").items().get(0).itemId()));

        assertThat(h.routine("morning").overdueProperty().get()).isFalse();
        assertThat(h.routine("morning").expandedProperty().get()).isTrue();
        assertThat(h.routine("evening").expandedProperty().get()).isTrue();
        assertThat(h.routine("weekly-monday").expandedProperty().get()).isTrue();
        assertThat(h.routine("afternoon").expandedProperty().get()).isFalse();
    }

    @Test
    void atMidnightTheNextDayOpensWithTheOpenItemsCarriedOverAndThePastDayIsReadOnly() {
        openAt("00:30:00");
        h.today().toggle(h.item("morning", "metrics-review"));
        h.scheduler.advance(Duration.ofHours(15)); // Tuesday 00:30 KST
        assertThat(h.today().dayProperty().get()).isEqualTo(MON.plusDays(1));
        assertThat(h.today().routines()).extracting(RoutineRow::id).contains("weekly-tuesday", CarriedItem.ROUTINE_ID);
        ItemRow carried = h.routine(CarriedItem.ROUTINE_ID).items().get(0);
        assertThat(carried.text()).isEqualTo("Morning routine: Community check: #general-chat activity, new #feedback, unanswered #help "
                + "questions; Twitter mentions, DMs, trends");
        assertThat(carried.statusProperty().get()).isEqualTo("Carried over from 2026-11-23");
        assertThat(h.routine(CarriedItem.ROUTINE_ID).items()).noneMatch(i -> i.text().contains("Metrics review"));
        assertThat(h.alerts).extracting(Alert::title).contains("Morning routine: 2 items open", "Afternoon routine: 2 items open",
                "Evening routine: 2 items open");

        h.vm.history().openDay(MON);
        assertThat(h.today().readOnlyProperty().get()).isTrue();
        assertThat(h.today().titleProperty().get()).isEqualTo("Monday 2026-11-23 (read-only)");
        assertThat(h.item("morning", "metrics-review").doneProperty().get()).isTrue();
        h.today().toggle(h.item("morning", "community-check"));
        assertThat(h.item("morning", "community-check").doneProperty().get()).isFalse();
        assertThat(h.routine("morning").overdueProperty().get()).isFalse();
        h.vm.openToday();
        assertThat(h.today().readOnlyProperty().get()).isFalse();
    }

    @Test
    void whileAPastDayIsOnScreenTheWindowsOfTodayStillAlertAndMidnightDoesNotPullTheUserAway() {
        openAt("00:30:00");
        h.scheduler.advance(Duration.ofHours(15)); // Tuesday 00:30
        h.vm.history().openDay(MON);
        assertThat(h.today().readOnlyProperty().get()).isTrue();
        h.alerts.clear();
        h.scheduler.advance(Duration.ofHours(10)); // Tuesday 10:30: the morning window closed
        assertThat(h.alerts).extracting(Alert::title).containsExactly("Morning routine: 3 items open");
        assertThat(h.today().dayProperty().get()).isEqualTo(MON);
        assertThat(h.routine("morning").overdueProperty().get()).isFalse(); // Monday is history, not overdue
        h.scheduler.advance(Duration.ofHours(14)); // Wednesday 00:30
        assertThat(h.today().dayProperty().get()).isEqualTo(MON);
        h.vm.openToday();
        assertThat(h.today().dayProperty().get()).isEqualTo(MON.plusDays(2));
        assertThat(h.routine("morning").currentProperty().get()).isFalse();
        assertThat(h.routine("morning").expandedProperty().get()).isTrue(); // the next window to open
    }
}
