package io.liveops.console.checklist.ui;
import io.liveops.console.testkit.RecordingNavigator;
import io.liveops.console.alert.core.AlertHistoryRepository;
import io.liveops.console.checklist.core.ChecklistRepository;

import io.liveops.console.checklist.core.CarriedItem;
import io.liveops.console.checklist.core.ChecklistItem;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.checklist.core.Routine;
import io.liveops.console.checklist.core.RoutineSchedule;
import io.liveops.console.checklist.core.TemplateReader;
import io.liveops.console.testkit.ChecklistFixture;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.alert.core.Alert;
import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.shared.Status;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Checklist tab without a screen: windows, progress, live KPIs, the overdue alert, day change, editing. */
class ChecklistViewModelTest {

    private static final LocalDate MON = LocalDate.parse("2026-11-23");

    @TempDir
    Path dir;
    // Monday 09:30 in Seoul: the morning window is open
    private final MutableClock clock = MutableClock.at("2026-11-23T00:30:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final SimpleObjectProperty<java.util.List<io.liveops.console.kpi.core.KpiReading>> snapshots = new SimpleObjectProperty<>();
    private final List<Alert> alerts = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private StateStore store;
    private ChecklistService service;
    private ChecklistViewModel vm;

    @BeforeEach
    void setUp() {
        store = StateStore.openSqlite(dir.resolve("state.db"), clock);
        service = new ChecklistService(new ChecklistRepository(store), new TemplateReader(KpiCatalog.standard(), ChecklistFixture.TABS),
                ChecklistService.userTemplateIn(dir.resolve("config")), new RoutineSchedule(ZoneId.of("Asia/Seoul")), clock);
        AlertCenter center = new AlertCenter(new AlertHistoryRepository(store), clock);
        center.addListener(alerts::add);
        vm = new ChecklistViewModel(service, snapshots, center, new CurrentThreadTaskExecutor(), scheduler, clock, "ana",
                url -> opened.add("url " + url), new RecordingNavigator(opened));
    }

    @AfterEach
    void tearDown() {
        vm.stop();
        store.close();
    }

    private ChecklistViewModel.RoutineRow routine(String id) {
        return vm.routine(id).orElseThrow();
    }

    private ChecklistViewModel.ItemRow item(String routineId, String itemId) {
        return routine(routineId).items().stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    @Test
    void theOpenWindowIsExpandedAndTheOthersCollapseWithTheirProgress() {
        vm.start();
        assertThat(vm.titleProperty().get()).isEqualTo("Monday 23 November 2026");
        assertThat(vm.routines()).extracting(ChecklistViewModel.RoutineRow::name)
                .containsExactly("Morning routine", "Afternoon routine", "Evening routine", "Monday: weekly planning");
        assertThat(routine("morning").currentProperty().get()).isTrue();
        assertThat(routine("morning").expandedProperty().get()).isTrue();
        assertThat(routine("afternoon").expandedProperty().get()).isFalse();
        assertThat(routine("afternoon").windowText()).isEqualTo("14:00–15:00");
        assertThat(routine("weekly-monday").windowText()).isEqualTo("today");
        assertThat(routine("morning").progressProperty().get()).isEqualTo("0/3");
        assertThat(vm.templateProblemProperty().get()).isEmpty();
    }

    @Test
    void tickingAndSkippingRecordWhoAndWhenAndMoveTheProgress() {
        vm.start();
        vm.toggle(item("morning", "metrics-review"));
        assertThat(item("morning", "metrics-review").doneProperty().get()).isTrue();
        assertThat(item("morning", "metrics-review").statusProperty().get()).isEqualTo("Done by ana at 09:30");
        assertThat(routine("morning").progressProperty().get()).isEqualTo("1/3");

        vm.skip(item("morning", "community-check"), " ");
        assertThat(vm.messageProperty().get()).startsWith("Say why");
        assertThat(routine("morning").progressProperty().get()).isEqualTo("1/3");
        vm.skip(item("morning", "community-check"), "Discord is down");
        assertThat(item("morning", "community-check").statusProperty().get()).isEqualTo("Skipped by ana at 09:30: Discord is down");
        assertThat(routine("morning").progressProperty().get()).isEqualTo("2/3");

        vm.toggle(item("morning", "metrics-review"));
        assertThat(routine("morning").progressProperty().get()).isEqualTo("1/3");
        vm.note(item("morning", "system-health"), "p95 spiked at 09:10");
        assertThat(item("morning", "system-health").noteProperty().get()).isEqualTo("p95 spiked at 09:10");
        assertThat(vm.history()).first().satisfies(h -> assertThat(h.day()).isEqualTo(MON));
    }

    @Test
    void liveKpiValuesAppearNextToTheirItemsAndABreachMakesTheItemStandOut() {
        vm.start();
        assertThat(item("morning", "metrics-review").kpis()).isEmpty();
        snapshots.set(ChecklistFixture.readings());
        List<ChecklistViewModel.KpiChip> chips = item("morning", "metrics-review").kpis();
        assertThat(chips).extracting(ChecklistViewModel.KpiChip::label)
                .containsExactly("DAU", "MAU", "New signups", "Churn D30", "Discord DAU", "Errors (24 h)");
        assertThat(chips).extracting(ChecklistViewModel.KpiChip::value)
                .containsExactly("9,840", "31,200", "412", "11.2 %", "1,250", "37");
        assertThat(chips.get(3).status()).isEqualTo(Status.CRITICAL);
        assertThat(item("morning", "metrics-review").breachedProperty().get()).isTrue();
        assertThat(item("morning", "system-health").breachedProperty().get()).isFalse();
        assertThat(item("evening", "market-monitoring").kpis()).extracting(ChecklistViewModel.KpiChip::label)
                .containsExactly("24 h change BTC", "24 h change ETH", "Fear & Greed");
        assertThat(item("evening", "market-monitoring").breachedProperty().get()).isTrue();

        snapshots.set(null); // the board clears while switching warehouses: the last values stay
        assertThat(item("morning", "metrics-review").kpis()).hasSize(6);
    }

    @Test
    void aWindowClosingWithItemsOpenRaisesOneAlert() {
        vm.start();
        vm.toggle(item("morning", "metrics-review"));
        assertThat(scheduler.nextDelay()).isEqualTo(Duration.ofMinutes(30)); // the morning window ends at 10:00
        scheduler.advance(Duration.ofMinutes(31));
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("Checklist");
            assertThat(a.title()).isEqualTo("Morning routine: 2 items open");
            assertThat(a.toastWorthy()).isTrue();
        });
        assertThat(routine("morning").overdueProperty().get()).isTrue();
        assertThat(routine("morning").currentProperty().get()).isFalse();
        assertThat(routine("afternoon").expandedProperty().get()).isTrue(); // the next window to open

        // the afternoon, done in time, raises nothing
        routine("afternoon").items().forEach(vm::toggle);
        scheduler.advance(Duration.ofHours(5));
        assertThat(routine("afternoon").currentProperty().get()).isFalse();
        assertThat(alerts).hasSize(1);
    }

    @Test
    void atMidnightTheNextDayOpensWithTheOpenItemsCarriedOverAndThePastDayIsReadOnly() {
        vm.start();
        vm.toggle(item("morning", "metrics-review"));
        scheduler.advance(Duration.ofHours(15)); // Tuesday 00:30 KST
        assertThat(vm.dayProperty().get()).isEqualTo(MON.plusDays(1));
        assertThat(vm.routines()).extracting(ChecklistViewModel.RoutineRow::id).contains("weekly-tuesday", CarriedItem.ROUTINE_ID);
        ChecklistViewModel.ItemRow carried = routine(CarriedItem.ROUTINE_ID).items().get(0);
        assertThat(carried.text()).isEqualTo("Morning routine: Community check: #general-chat activity, new #feedback, unanswered #help "
                + "questions; Twitter mentions, DMs, trends");
        assertThat(carried.statusProperty().get()).isEqualTo("Carried over from Mon 23 Nov");
        assertThat(routine(CarriedItem.ROUTINE_ID).items()).noneMatch(i -> i.text().contains("Metrics review"));
        assertThat(alerts).extracting(Alert::title).contains("Morning routine: 2 items open", "Afternoon routine: 2 items open",
                "Evening routine: 2 items open");

        vm.openDay(MON);
        assertThat(vm.readOnlyProperty().get()).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("Monday 23 November 2026 (read-only)");
        assertThat(item("morning", "metrics-review").doneProperty().get()).isTrue();
        vm.toggle(item("morning", "community-check"));
        assertThat(item("morning", "community-check").doneProperty().get()).isFalse();
        assertThat(routine("morning").overdueProperty().get()).isFalse();
        vm.openToday();
        assertThat(vm.readOnlyProperty().get()).isFalse();
    }

    @Test
    void whileAPastDayIsOnScreenTheWindowsOfTodayStillAlertAndMidnightDoesNotPullTheUserAway() {
        vm.start();
        scheduler.advance(Duration.ofHours(15)); // Tuesday 00:30
        vm.openDay(MON);
        assertThat(vm.readOnlyProperty().get()).isTrue();
        alerts.clear();
        scheduler.advance(Duration.ofHours(10)); // Tuesday 10:30: the morning window closed
        assertThat(alerts).extracting(Alert::title).containsExactly("Morning routine: 3 items open");
        assertThat(vm.dayProperty().get()).isEqualTo(MON);
        assertThat(routine("morning").overdueProperty().get()).isFalse(); // Monday is history, not overdue
        scheduler.advance(Duration.ofHours(14)); // Wednesday 00:30
        assertThat(vm.dayProperty().get()).isEqualTo(MON);
        vm.openToday();
        assertThat(vm.dayProperty().get()).isEqualTo(MON.plusDays(2));
        assertThat(routine("morning").currentProperty().get()).isFalse();
        assertThat(routine("morning").expandedProperty().get()).isTrue(); // the next window to open
    }

    @Test
    void linksOpenInTheBrowserAndActionsOpenTheirTab() {
        vm.start();
        vm.openLink(item("morning", "community-check"));
        vm.openAction(item("morning", "system-health"));
        vm.openLink(item("morning", "metrics-review")); // no link: nothing happens
        assertThat(opened).containsExactly("url https://discord.com/channels/@me", "tab incidents");
    }

    @Test
    void editsAreSavedToTheUsersFileAndApplyFromTomorrow() throws Exception {
        vm.start();
        vm.addItem("morning", "Check the app store reviews");
        vm.renameRoutine("morning", "Morning desk");
        vm.moveItem("morning", "check-the-app-store-reviews", -2);
        vm.removeItem("morning", "community-check");
        vm.addRoutine("Night check", LocalTime.of(23, 0), LocalTime.of(23, 30));
        vm.moveRoutine("night-check", -100); // out of range: stays where it is
        assertThat(vm.messageProperty().get()).endsWith("the change applies from tomorrow.");
        Path file = ChecklistService.userTemplateIn(dir.resolve("config"));
        assertThat(Files.readString(file)).contains("Check the app store reviews", "\"start\" : \"23:00\"");
        Routine morning = vm.templateProperty().get().routine("morning").orElseThrow();
        assertThat(morning.name()).isEqualTo("Morning desk");
        assertThat(morning.items()).extracting(ChecklistItem::id)
                .containsExactly("metrics-review", "check-the-app-store-reviews", "system-health");

        assertThat(routine("morning").name()).isEqualTo("Morning routine"); // today stays as started
        assertThat(routine("morning").items()).hasSize(3);
        scheduler.advance(Duration.ofHours(15));
        assertThat(routine("morning").name()).isEqualTo("Morning desk");
        assertThat(vm.routines()).extracting(ChecklistViewModel.RoutineRow::id).contains("night-check");
    }

    @Test
    void aBrokenTemplateFileIsReportedAndTheDefaultsStay() throws Exception {
        Path file = ChecklistService.userTemplateIn(dir.resolve("config"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {
                  "version": 1,
                  "routines": [
                    { "id": "morning", "name": "Morning", "every": "day", "start": "25:00", "end": "26:00" }
                  ]
                }
                """);
        vm.start();
        assertThat(vm.templateProblemProperty().get()).startsWith("Your checklist template was not used, the last good one is in use: "
                + file + ":4:").contains("bad time \"25:00\"");
        assertThat(vm.routines()).extracting(ChecklistViewModel.RoutineRow::id).contains("morning", "afternoon");
    }

    @Test
    void slugsMakeReadableIds() {
        assertThat(ChecklistViewModel.slug("Check the Café's #feedback!")).isEqualTo("check-the-cafe-s-feedback");
        assertThat(ChecklistViewModel.slug("✓✓")).isEqualTo("item");
    }
}
