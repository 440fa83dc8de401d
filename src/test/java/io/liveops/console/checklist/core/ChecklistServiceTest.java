package io.liveops.console.checklist.core;

import io.liveops.console.testkit.ChecklistFixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frozen days, ticks that survive a restart, carry-over, history and streak, template edits from the next day. */
class ChecklistServiceTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate MON = LocalDate.parse("2026-11-23");

    @TempDir
    Path dir;
    // Monday 2026-11-23 09:30 KST
    private final MutableClock clock = MutableClock.at("2026-11-23T00:30:00Z");
    private StateStore store;
    private ChecklistService service;

    @BeforeEach
    void open() {
        store = StateStore.openSqlite(dir.resolve("state.db"), clock);
        service = newService(store);
    }

    private ChecklistService newService(StateStore s) {
        ChecklistService svc = new ChecklistService(new ChecklistRepository(s), new TemplateReader(KpiCatalog.standard(), ChecklistFixture.TABS),
                ChecklistService.userTemplateIn(dir.resolve("config")), new RoutineSchedule(SEOUL), clock);
        svc.reloadTemplate();
        return svc;
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void nextDay() {
        clock.advance(Duration.ofDays(1));
    }

    @Test
    void todayHasTheDaysRoutinesAllOpen() {
        ChecklistDay d = service.today();
        assertThat(d.day()).isEqualTo(MON);
        assertThat(d.routines()).extracting(Routine::id).containsExactly("morning", "afternoon", "evening", "weekly-monday");
        assertThat(d.carried()).isEmpty();
        Routine morning = d.routines().get(0);
        assertThat(d.handled(morning)).isZero();
        assertThat(d.open(morning)).isEqualTo(3);
    }

    @Test
    void ticksSkipsAndNotesSurviveAReopenOfTheStateStore() {
        service.today();
        service.tick(MON, "morning", "metrics-review", "ana");
        service.skip(MON, "morning", "community-check", "ana", "Discord is down");
        service.note(MON, "morning", "system-health", "p95 looked high at 09:20");
        store.close();

        store = StateStore.openSqlite(dir.resolve("state.db"), clock);
        service = newService(store);
        ChecklistDay d = service.today();
        ChecklistMark ticked = d.mark("morning", "metrics-review");
        assertThat(ticked.state()).isEqualTo(ChecklistMark.State.DONE);
        assertThat(ticked.markedBy()).isEqualTo("ana");
        assertThat(ticked.markedAt()).isEqualTo(Instant.parse("2026-11-23T00:30:00Z"));
        assertThat(d.mark("morning", "community-check").skipReason()).isEqualTo("Discord is down");
        assertThat(d.mark("morning", "system-health").note()).isEqualTo("p95 looked high at 09:20");
        assertThat(d.mark("morning", "system-health").state()).isEqualTo(ChecklistMark.State.OPEN);
        assertThat(d.handled(d.routines().get(0))).isEqualTo(2);
    }

    @Test
    void untickReopensAndKeepsTheNote() {
        service.today();
        service.note(MON, "evening", "market-monitoring", "BTC -6 %");
        service.tick(MON, "evening", "market-monitoring", "ana");
        ChecklistMark m = service.untick(MON, "evening", "market-monitoring");
        assertThat(m.state()).isEqualTo(ChecklistMark.State.OPEN);
        assertThat(m.markedBy()).isNull();
        assertThat(service.today().mark("evening", "market-monitoring").note()).isEqualTo("BTC -6 %");
    }

    @Test
    void openItemsCarryOverToTheNextDayMarkedWithTheirDay() {
        ChecklistDay mon = service.today();
        for (Routine r : mon.routines()) {
            for (ChecklistItem i : r.items()) {
                if (!i.id().equals("mon-events")) {
                    service.tick(MON, r.id(), i.id(), "ana");
                }
            }
        }
        nextDay();
        ChecklistDay tue = service.today();
        assertThat(tue.carried()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(MON);
            assertThat(c.routineName()).isEqualTo("Monday: weekly planning");
            assertThat(c.item().id()).isEqualTo("mon-events");
        });
        // Tuesday's own routines are fresh, and the carried item does not count against the day
        assertThat(tue.routines()).extracting(Routine::id).contains("weekly-tuesday");
        assertThat(tue.routines()).allSatisfy(r -> assertThat(tue.handled(r)).isZero());
    }

    @Test
    void aCarriedItemKeepsItsFirstDayAndStopsWhenDoneOrSkipped() {
        ChecklistDay mon = service.today();
        tickAllExcept(mon, List.of("mon-events", "mon-goals"));
        nextDay();
        ChecklistDay tue = service.today();
        tickAllExcept(tue, List.of());
        CarriedItem events = carried(tue, "mon-events");
        service.tick(tue.day(), CarriedItem.ROUTINE_ID, events.key(), "ana");
        CarriedItem goals = carried(tue, "mon-goals");
        assertThat(service.today().mark(goals).handled()).isFalse();
        nextDay();
        ChecklistDay wed = service.today();
        assertThat(wed.carried()).singleElement().satisfies(c -> {
            assertThat(c.item().id()).isEqualTo("mon-goals");
            assertThat(c.from()).isEqualTo(MON); // still Monday's, not Tuesday's
        });
        service.skip(wed.day(), CarriedItem.ROUTINE_ID, wed.carried().get(0).key(), "ana", "goals set in the team sync");
        tickAllExcept(wed, List.of());
        nextDay();
        assertThat(service.today().carried()).isEmpty();
    }

    @Test
    void afterDaysAwayOpenItemsCarryFromTheLastOpenedDayUntilAWeekOld() {
        ChecklistDay mon = service.today();
        tickAllExcept(mon, List.of("mon-events"));
        clock.advance(Duration.ofDays(3)); // Thursday: the console was closed Tuesday and Wednesday
        ChecklistDay thu = service.today();
        assertThat(thu.carried()).extracting(c -> c.item().id()).containsExactly("mon-events");
        clock.advance(Duration.ofDays(5)); // the next Tuesday: eight days after Monday
        ChecklistDay later = service.today();
        assertThat(later.carried()).extracting(c -> c.item().id()).doesNotContain("mon-events")
                .contains("metrics-review"); // Thursday's own open items did carry
        assertThat(later.carried()).allSatisfy(c -> assertThat(c.from()).isEqualTo(thu.day()));
    }

    @Test
    void aTemplateEditAppliesFromTheNextDayAndLeavesHistoryAlone() {
        ChecklistDay mon = service.today();
        ChecklistTemplate t = service.template();
        List<Routine> edited = new ArrayList<>();
        for (Routine r : t.routines()) {
            edited.add(r.id().equals("morning")
                    ? r.withName("Early check").withWindow(LocalTime.of(8, 0), LocalTime.of(9, 0))
                            .withItems(List.of(ChecklistItem.of("coffee", "Coffee first")))
                    : r);
        }
        service.saveTemplate(new ChecklistTemplate(edited));
        assertThat(service.today().routines().get(0)).isEqualTo(mon.routines().get(0)); // today stays as started
        assertThat(service.userTemplateFile()).exists();
        nextDay();
        Routine tueMorning = service.today().routines().get(0);
        assertThat(tueMorning.name()).isEqualTo("Early check");
        assertThat(tueMorning.items()).extracting(ChecklistItem::id).containsExactly("coffee");
        assertThat(service.past(MON).orElseThrow().routines().get(0).name()).isEqualTo("Morning routine");

        // and a fresh service reads the saved file back
        ChecklistService restarted = newService(store);
        assertThat(restarted.templateProblem()).isEmpty();
        assertThat(restarted.template().routine("morning").orElseThrow().name()).isEqualTo("Early check");
    }

    @Test
    void historySummarisesEachDayAndTheStreakCountsCompleteDays() {
        tickAllExcept(service.today(), List.of());
        nextDay();
        tickAllExcept(service.today(), List.of());
        nextDay();
        ChecklistDay wed = service.today();
        assertThat(service.streak(wed.day())).isEqualTo(2); // Monday and Tuesday; Wednesday is still open
        tickAllExcept(wed, List.of("wed-ama"));
        List<DaySummary> history = service.history(MON.minusDays(7), wed.day());
        assertThat(history).extracting(DaySummary::day).containsExactly(wed.day(), MON.plusDays(1), MON);
        assertThat(history.get(0).complete()).isFalse();
        assertThat(history.get(0).routines()).filteredOn(p -> p.routineId().equals("weekly-wednesday"))
                .singleElement().satisfies(p -> {
                    assertThat(p.handled()).isEqualTo(1);
                    assertThat(p.total()).isEqualTo(2);
                });
        assertThat(history.get(1).completion()).isEqualTo(1.0);
        clock.advance(Duration.ofDays(2)); // Friday: Thursday was never opened, so the streak is broken
        tickAllExcept(service.today(), List.of());
        assertThat(service.streak(service.today().day())).isEqualTo(1);
        assertThat(service.past(MON.plusDays(3))).isEmpty();
    }

    private void tickAllExcept(ChecklistDay d, List<String> keepOpen) {
        for (Routine r : d.routines()) {
            for (ChecklistItem i : r.items()) {
                if (!keepOpen.contains(i.id())) {
                    service.tick(d.day(), r.id(), i.id(), "ana");
                }
            }
        }
    }

    private static CarriedItem carried(ChecklistDay d, String itemId) {
        return d.carried().stream().filter(c -> c.item().id().equals(itemId)).findFirst().orElseThrow();
    }
}
