package io.liveops.console.kpi.ui;

import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiReadModel;
import io.liveops.console.kpi.core.KpiReading;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import io.liveops.console.background.Cancellation;
import io.liveops.console.warehouse.WarehouseSession;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The board's refresh life-cycle without a screen: fresh, as-of change, stale with kept values and back-off. */
class KpiBoardViewModelTest {

    private static final Thresholds DEFAULTS = new ThresholdConfig(java.nio.file.Path.of("no-user-config")).defaults();
    private final MutableClock clock = MutableClock.at("2026-11-23T09:41:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private Warehouse warehouse;
    private KpiService service;
    private KpiBoardViewModel vm;
    private KpiReadingsViewModel readings;

    @BeforeEach
    void setUp() {
        warehouse = Warehouse.open(new WarehouseProfile("Demo", DemoFixture.smallDemoUrl(), null, null), Map.of());
        service = new KpiService(warehouse, new SqlCatalog(warehouse.dialect(), null), () -> DEFAULTS,
                Duration.ofSeconds(30), clock);
        vm = new KpiBoardViewModel(new CurrentThreadTaskExecutor(), scheduler, clock);
        readings = new KpiReadingsViewModel(vm, new KpiReadModel(new KpiFormat(Locale.US)), () -> DEFAULTS, new CurrentThreadTaskExecutor(),
                scheduler);
    }

    @AfterEach
    void tearDown() {
        service.close();
        warehouse.close();
    }

    @Test
    void refreshMakesTheBoardFreshAndSchedulesTheNextOne() {
        vm.useService(service, "Demo", DemoFixture.LAST_DAY);
        assertThat(vm.stateProperty().get()).isEqualTo(RefreshState.NEVER);
        vm.refresh();
        assertThat(vm.stateProperty().get()).isEqualTo(RefreshState.FRESH);
        assertThat(vm.lastRefreshProperty().get()).isEqualTo(clock.instant());
        assertThat(readings.readings()).extracting(KpiReading::id).contains("dau", "p95_latency_ms", "watch_change_24h:BTC", "watch_change_24h:ETH");
        assertThat(readings.readings()).allSatisfy(r -> assertThat(r.error()).isNull());
        assertThat(readings.readings().stream().filter(r -> r.id().equals("dau")).findFirst().orElseThrow().valueText()).matches("[0-9,]+");
        scheduler.advance(KpiReadingsViewModel.HISTORY_DELAY); // the days before, for the sparklines
        assertThat(scheduler.nextDelay()).isEqualTo(Duration.ofMinutes(5).minus(KpiReadingsViewModel.HISTORY_DELAY));
    }

    @Test
    void changingTheAsOfDayRecomputesTheBoardForThatDay() {
        vm.useService(service, "Demo", DemoFixture.LAST_DAY);
        vm.refresh();
        LocalDate earlier = DemoFixture.LAST_DAY.minusDays(10);
        vm.asOfProperty().set(earlier);
        assertThat(vm.snapshotProperty().get().asOf()).isEqualTo(earlier);
        assertThat(vm.stateProperty().get()).isEqualTo(RefreshState.FRESH);
    }

    @Test
    void aBrokenWarehouseKeepsTheLastValuesMarksThemStaleAndRetriesWithBackOff() {
        vm.useService(service, "Demo", DemoFixture.LAST_DAY);
        vm.refresh();
        scheduler.advance(KpiReadingsViewModel.HISTORY_DELAY); // the days before, for the sparklines
        KpiSnapshot good = vm.snapshotProperty().get();
        int rows = readings.readings().size();
        var freshAt = vm.lastRefreshProperty().get();

        warehouse.close(); // the connection is gone: every query now fails
        clock.advance(Duration.ofMinutes(1));
        vm.refresh();

        assertThat(vm.stateProperty().get()).isEqualTo(RefreshState.STALE);
        assertThat(vm.snapshotProperty().get()).isSameAs(good);
        assertThat(readings.readings()).hasSize(rows);
        assertThat(vm.lastRefreshProperty().get()).isEqualTo(freshAt);
        assertThat(vm.staleSinceProperty().get()).isEqualTo(clock.instant());
        assertThat(vm.lastErrorProperty().get()).isNotBlank();
        assertThat(scheduler.nextDelay()).isEqualTo(Duration.ofSeconds(15));

        var staleSince = vm.staleSinceProperty().get();
        scheduler.advance(Duration.ofSeconds(15));
        assertThat(vm.stateProperty().get()).isEqualTo(RefreshState.STALE);
        assertThat(vm.staleSinceProperty().get()).as("stale since the first failure").isEqualTo(staleSince);
        assertThat(scheduler.nextDelay()).isEqualTo(Duration.ofSeconds(30));

        StatusBarViewModel status = new StatusBarViewModel(vm, ZoneOffset.UTC);
        assertThat(status.stateText().get()).startsWith("Stale since 09:42: ");
        assertThat(status.lastRefreshText().get()).isEqualTo("Last refresh: 09:41:00");
        assertThat(status.warehouseText().get()).isEqualTo("Warehouse: Demo");
        assertThat(status.asOfText().get()).isEqualTo("As of: " + DemoFixture.LAST_DAY);
    }

    @Test
    void retryBackOffDoublesUpToFiveMinutes() {
        assertThat(KpiBoardViewModel.retryDelay(1)).isEqualTo(Duration.ofSeconds(15));
        assertThat(KpiBoardViewModel.retryDelay(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(KpiBoardViewModel.retryDelay(3)).isEqualTo(Duration.ofSeconds(60));
        assertThat(KpiBoardViewModel.retryDelay(5)).isEqualTo(Duration.ofSeconds(240));
        assertThat(KpiBoardViewModel.retryDelay(6)).isEqualTo(Duration.ofMinutes(5));
        assertThat(KpiBoardViewModel.retryDelay(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void statusTextFollowsTheRefreshState() {
        StatusBarViewModel status = new StatusBarViewModel(vm, ZoneOffset.UTC);
        assertThat(status.stateText().get()).isEqualTo("Not loaded");
        assertThat(status.lastRefreshText().get()).isEqualTo("Last refresh: never");
        vm.useService(service, "Demo", DemoFixture.LAST_DAY);
        vm.refresh();
        assertThat(status.stateText().get()).isEqualTo("Fresh");
        assertThat(status.stateStyleClass().get()).isEqualTo("state-fresh");
    }

    @Test
    void theWarehouseTooltipSaysWhichTablesAndRecommendedIndexesTheWarehouseHas(@org.junit.jupiter.api.io.TempDir Path config) {
        try (WarehouseSession session = new WarehouseSession(config, Map.of(), clock, Duration.ofSeconds(30))) {
            KpiBoardViewModel board = new KpiBoardViewModel(new CurrentThreadTaskExecutor(), scheduler, clock);
            StatusBarViewModel status = new StatusBarViewModel(board, ZoneOffset.UTC, session, new CurrentThreadTaskExecutor());
            try (KpiService follows = new KpiService(session, () -> DEFAULTS, clock)) {
                board.follow(session, follows);
                session.use(session.open(new WarehouseProfile("Demo", DemoFixture.smallDemoUrl(), null, null), Cancellation.none()));
                assertThat(status.warehouseDetail().get()).startsWith("Demo\n").contains("all 18 contract tables found")
                        .contains("All 13 recommended indexes are present.");
                board.stop();
            }
        }
    }

    @Test
    void theAsOfDayStaysInsideTheWarehousesDaysAPastDayIsHistoricalAndBackToLatestReturns(@org.junit.jupiter.api.io.TempDir Path config) {
        try (WarehouseSession session = new WarehouseSession(config, Map.of(), clock, Duration.ofSeconds(30))) {
            KpiBoardViewModel board = new KpiBoardViewModel(new CurrentThreadTaskExecutor(), scheduler, clock);
            StatusBarViewModel status = new StatusBarViewModel(board, ZoneOffset.UTC);
            try (KpiService follows = new KpiService(session, () -> DEFAULTS, clock)) {
                board.follow(session, follows);
                WarehouseSession.Connection c = session.open(new WarehouseProfile("Demo", DemoFixture.smallDemoUrl(), null, null),
                        Cancellation.none());
                // the first day is read once, with the latest, when the warehouse is opened (in the background)
                LocalDate first = c.firstDay().orElseThrow();
                assertThat(first).isBefore(DemoFixture.LAST_DAY);
                session.use(c);
                LocalDate last = DemoFixture.LAST_DAY;
                assertThat(board.firstDayProperty().get()).isEqualTo(first);
                assertThat(board.lastDayProperty().get()).isEqualTo(last);
                assertThat(board.asOfProperty().get()).isEqualTo(last);
                assertThat(board.historicalProperty().get()).isFalse();
                assertThat(status.stateText().get()).isEqualTo("Fresh");

                // a future day and a day before the data are refused with what is allowed; the board keeps its day
                String allowed = "pick a day from " + first + " to 2025-11-20.";
                assertThat(board.offers(LocalDate.of(2030, 12, 31))).isFalse();
                assertThat(board.chooseDay(LocalDate.of(2030, 12, 31))).isFalse();
                assertThat(board.asOfProblemProperty().get())
                        .isEqualTo("2030-12-31 is after the warehouse's latest day of data: " + allowed);
                assertThat(board.chooseDay(first.minusDays(1))).isFalse();
                assertThat(board.asOfProblemProperty().get()).contains("is before the warehouse's first day of data").endsWith(allowed);
                assertThat(board.asOfProperty().get()).isEqualTo(last);
                board.refuseDayText("abc");
                assertThat(board.asOfProblemProperty().get())
                        .isEqualTo("'abc' is not a day: type it as year-month-day, e.g. 2025-11-20; " + allowed);
                assertThat(board.asOfProperty().get()).isEqualTo(last);

                // a past day is taken, marked historical, never "Fresh"
                assertThat(board.offers(first)).isTrue();
                assertThat(board.chooseDay(last.minusDays(10))).isTrue();
                assertThat(board.asOfProblemProperty().get()).isEmpty();
                assertThat(board.stateProperty().get()).isEqualTo(RefreshState.FRESH);
                assertThat(board.historicalProperty().get()).isTrue();
                assertThat(status.stateText().get()).isEqualTo("Historical day");
                assertThat(status.stateStyleClass().get()).isEqualTo("state-historical");
                assertThat(status.asOfText().get()).isEqualTo("As of: 2025-11-10 (historical)");

                board.backToLatest();
                assertThat(board.asOfProperty().get()).isEqualTo(last);
                assertThat(board.historicalProperty().get()).isFalse();
                assertThat(status.stateText().get()).isEqualTo("Fresh");
                board.stop();
            }
        }
    }
}
