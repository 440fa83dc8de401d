package io.liveops.console.kpi.ui;

import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiGroup;
import io.liveops.console.kpi.core.KpiReading;
import io.liveops.console.kpi.core.KpiReadingOrder;
import io.liveops.console.kpi.core.TrendPoint;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.kpi.core.Unit;
import io.liveops.console.shared.Status;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.Cancellation;
import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.testkit.HeldTaskExecutor;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tiles without a screen: formatting and status words, deltas and sparklines, time travel, stale and failed tiles, layout. */
class KpiTilesViewModelTest {

    private static final Thresholds DEFAULTS = new ThresholdConfig(Path.of("no-user-config")).defaults();
    private static final LocalDate D = DemoFixture.LAST_DAY;

    @TempDir
    Path temp;

    private final MutableClock clock = MutableClock.at("2026-11-23T09:41:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final KpiFormat format = new KpiFormat(Locale.US);
    private Warehouse warehouse;
    private KpiService service;
    private StateStore state;
    private KpiBoardViewModel board;
    private KpiBoardParts parts;
    private KpiTilesViewModel tiles;

    @BeforeEach
    void setUp() {
        warehouse = Warehouse.open(new WarehouseProfile("Demo", DemoFixture.smallDemoUrl(), null, null), Map.of());
        service = new KpiService(warehouse, new SqlCatalog(warehouse.dialect(), null), () -> DEFAULTS, Duration.ofSeconds(30), clock);
        state = StateStore.openSqlite(temp.resolve("state.db"), clock);
        parts = KpiBoardParts.of(new CurrentThreadTaskExecutor(), scheduler, clock, () -> DEFAULTS, state.settings());
        board = parts.board();
        tiles = parts.tiles();
    }

    private KpiBoardParts restartedView() {
        return KpiBoardParts.on(board, new CurrentThreadTaskExecutor(), scheduler, clock, () -> DEFAULTS, state.settings());
    }

    @AfterEach
    void tearDown() {
        service.close();
        warehouse.close();
        state.close();
    }

    private KpiReading tile(String id) {
        return tiles.find(id).orElseThrow().reading();
    }

    private Double valueOn(String id, LocalDate day) {
        return service.compute(id, day, Cancellation.none()).value();
    }

    @Test
    void tilesShowTheValueInItsUnitTheStatusInWordsAndTheChangeAgainstYesterdayAndLastWeek() {
        board.useService(service, "Demo", D);
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values

        KpiReading dau = tile("dau");
        assertThat(dau.valueText()).matches("[0-9,]+");
        assertThat(dau.statusText()).as("no threshold: no status word").isEmpty();
        assertThat(dau.dayDeltaText()).isEqualTo("vs D-1 " + format.delta(Unit.COUNT, dau.value(), valueOn("dau", D.minusDays(1))));
        assertThat(dau.weekDeltaText()).isEqualTo("vs D-7 " + format.delta(Unit.COUNT, dau.value(), valueOn("dau", D.minusDays(7))));
        assertThat(dau.sparkline()).hasSize(KpiTilesViewModel.SPARK_DAYS).endsWith(dau.value());
        assertThat(dau.sparkline().get(0)).isEqualTo(valueOn("dau", D.minusDays(13)));
        assertThat(tiles.find("dau").orElseThrow().stale()).isFalse();
        assertThat(dau.failed()).isFalse();
        assertThat(dau.thresholdText()).startsWith("No threshold");

        assertThat(tile("mrr_usd").valueText()).matches("\\$[0-9,]+\\.[0-9]{2}");
        assertThat(tile("dau_mau").valueText()).matches("[0-9]+\\.[0-9] %");
        assertThat(tile("dau_mau").dayDeltaText()).endsWith(" pp");
        assertThat(tile("p95_latency_ms").valueText()).endsWith(" ms");
        assertThat(tile("p95_latency_ms").thresholdText()).isEqualTo("target 150.0 ms · warning above 200.0 ms · critical above 300.0 ms");
        for (KpiTilesViewModel.KpiTile t : tiles.allTiles()) {
            String expected = t.reading().status() == Status.UNKNOWN ? "no data" : t.reading().judged() ? t.reading().status().id() : "";
            assertThat(t.reading().statusText()).as(t.id()).isEqualTo(expected);
        }
        assertThat(tiles.tiles()).extracting(KpiTilesViewModel.KpiTile::group).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(tiles.historyLoadingProperty().get()).isFalse();
    }

    @Test
    void pickingAnotherDayRecomputesEveryTileForThatDayAndReusesCachedPastDays() {
        board.useService(service, "Demo", D);
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values
        LocalDate earlier = D.minusDays(3);
        board.asOfProperty().set(earlier);
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values

        KpiReading dau = tile("dau");
        assertThat(dau.day()).isEqualTo(earlier);
        assertThat(dau.value()).isEqualTo(valueOn("dau", earlier));
        assertThat(dau.sparkline()).hasSize(KpiTilesViewModel.SPARK_DAYS).endsWith(valueOn("dau", earlier));
        assertThat(dau.dayDeltaText()).isEqualTo("vs D-1 " + format.delta(Unit.COUNT, dau.value(), valueOn("dau", earlier.minusDays(1))));
    }

    @Test
    void whenTheWarehouseFailsTilesKeepTheirValuesMarkedStaleWithAgeAndError() {
        board.useService(service, "Demo", D);
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values
        String before = tile("dau").valueText();

        warehouse.close();
        clock.advance(Duration.ofMinutes(3));
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values

        KpiTilesViewModel.KpiTile dau = tiles.find("dau").orElseThrow();
        assertThat(dau.reading().valueText()).isEqualTo(before);
        assertThat(dau.stale()).isTrue();
        assertThat(dau.staleText()).startsWith("stale, 3 min old: ").contains(board.lastErrorProperty().get());
        assertThat(tiles.tiles()).allSatisfy(t -> assertThat(t.stale()).isTrue());
        // the failure is the board's notice, drawn as a problem
        assertThat(tiles.noticeProperty().get()).isEqualTo(board.lastErrorProperty().get()).isNotBlank();
        assertThat(tiles.noticeIsProblemProperty().get()).isTrue();

        scheduler.advance(Duration.ofSeconds(60)); // the age moves on; the retry fails again
        assertThat(tiles.find("dau").orElseThrow().staleText()).startsWith("stale, 4 min old: ");
    }

    @Test
    void aBrokenKpiQueryShowsThatTileAsErrorWhileTheOthersWork() throws Exception {
        Path override = temp.resolve("config/sql/warehouse/sqlite/series/dau.sql");
        Files.createDirectories(override.getParent());
        Files.writeString(override, "SELECT day, value FROM no_such_table WHERE day BETWEEN ? AND ?");
        service.close();
        service = new KpiService(warehouse, new SqlCatalog(warehouse.dialect(), temp.resolve("config")), () -> DEFAULTS,
                Duration.ofSeconds(30), clock);
        board.useService(service, "Demo", D);
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values

        KpiReading dau = tile("dau");
        assertThat(dau.failed()).isTrue();
        assertThat(dau.valueText()).isEqualTo("error");
        assertThat(dau.statusText()).isEqualTo("error");
        assertThat(dau.error()).contains("dau").contains("no_such_table");
        assertThat(dau.sparkline()).isEmpty();
        assertThat(tile("wau").failed()).isFalse();
        assertThat(tile("wau").valueText()).matches("[0-9,]+");
        assertThat(tile("wau").sparkline()).hasSize(KpiTilesViewModel.SPARK_DAYS);
    }

    @Test
    void hiddenAndReorderedTilesAreSavedAndComeBackAfterARestart() {
        board.useService(service, "Demo", D);
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values
        tiles.hide("wau");
        tiles.move("mau", -1);

        List<String> engagement = tiles.tiles().stream().filter(t -> t.group() == KpiGroup.ENGAGEMENT).map(KpiTilesViewModel.KpiTile::id).toList();
        assertThat(engagement).doesNotContain("wau").startsWith("mau", "dau");
        assertThat(tiles.allTiles()).extracting(KpiTilesViewModel.KpiTile::id).contains("wau");

        KpiBoardParts restartedParts = restartedView();
        KpiTilesViewModel restarted = restartedParts.tiles();
        restartedParts.layout().loadSettings();
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values
        List<String> after = restarted.tiles().stream().filter(t -> t.group() == KpiGroup.ENGAGEMENT).map(KpiTilesViewModel.KpiTile::id).toList();
        assertThat(after).isEqualTo(engagement);

        restarted.resetLayout();
        assertThat(restarted.tiles().stream().filter(t -> t.group() == KpiGroup.ENGAGEMENT).map(KpiTilesViewModel.KpiTile::id).toList())
                .startsWith("dau", "wau", "mau");
    }

    @Test
    void theRefreshIntervalIsSavedAndAppliedToTheBoard() {
        parts.layout().loadSettings();
        tiles.refreshMinutesProperty().set(15);
        assertThat(board.refreshIntervalProperty().get()).isEqualTo(Duration.ofMinutes(15));
        assertThat(state.settings().get(KpiLayoutViewModel.INTERVAL_SETTING)).contains("15");

        board.useService(service, "Demo", D);
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values
        assertThat(scheduler.nextDelay()).isEqualTo(Duration.ofMinutes(15).minus(KpiTilesViewModel.HISTORY_DELAY));

        KpiBoardParts restarted = restartedView();
        restarted.layout().loadSettings();
        assertThat(restarted.tiles().refreshMinutesProperty().get()).isEqualTo(15);
    }

    @Test
    void selectingATileLoadsItsNinetyDayTrend() {
        board.useService(service, "Demo", D);
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values
        KpiDetailViewModel detail = parts.detail();
        detail.select("p95_latency_ms");
        assertThat(detail.selectedTileProperty().get().id()).isEqualTo("p95_latency_ms");
        assertThat(detail.trendProperty().get()).hasSize(KpiTilesViewModel.TREND_DAYS);
        assertThat(detail.trendProperty().get().get(KpiTilesViewModel.TREND_DAYS - 1).day()).isEqualTo(D);
        assertThat(detail.trendProperty().get()).extracting(TrendPoint::value).last().isEqualTo(tile("p95_latency_ms").value());
        assertThat(detail.trendLoadingProperty().get()).isFalse();
        detail.closeDetail();
        assertThat(detail.selectedTileProperty().get()).isNull();
    }

    @Test
    void ageReadsLikeAPerson() {
        assertThat(KpiTilesViewModel.age(Duration.ofSeconds(20))).isEqualTo("less than a minute");
        assertThat(KpiTilesViewModel.age(Duration.ofMinutes(4))).isEqualTo("4 min");
        assertThat(KpiTilesViewModel.age(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
        assertThat(KpiTilesViewModel.age(Duration.ofDays(3))).isEqualTo("3 d");
    }

    @Test
    void tilesShowTheUpdatingMarkOnlyWhileARefreshRunsLongerThanTheDelayAndKeepTheirValues() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        KpiBoardParts slow = KpiBoardParts.of(held, scheduler, clock, () -> DEFAULTS, state.settings());
        KpiBoardViewModel slowBoard = slow.board();
        KpiTilesViewModel slowTiles = slow.tiles();
        slowBoard.useService(service, "Demo", D);
        slowBoard.refresh();
        held.release(); // the snapshot, then the history phase it starts
        assertThat(slowTiles.tiles()).isNotEmpty().noneMatch(KpiTilesViewModel.KpiTile::loading);
        List<String> values = slowTiles.tiles().stream().map(t -> t.reading().valueText()).toList();

        // a refresh that ends within the delay never marks the tiles (nothing on screen would change)
        slowBoard.refresh();
        scheduler.advance(KpiTilesViewModel.LOADING_MARK_DELAY.minusMillis(1));
        assertThat(slowTiles.tiles()).noneMatch(KpiTilesViewModel.KpiTile::loading);
        held.release();
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(slowTiles.tiles()).noneMatch(KpiTilesViewModel.KpiTile::loading);

        // a slow one marks every tile once the delay has passed, keeping the last values, and clears the mark when done
        slowBoard.refresh();
        scheduler.advance(KpiTilesViewModel.LOADING_MARK_DELAY);
        assertThat(slowTiles.tiles()).allMatch(KpiTilesViewModel.KpiTile::loading);
        assertThat(slowTiles.tiles()).extracting(t -> t.reading().valueText()).isEqualTo(values);
        held.release();
        assertThat(slowTiles.tiles()).noneMatch(KpiTilesViewModel.KpiTile::loading);
        assertThat(slowTiles.tiles()).extracting(t -> t.reading().valueText()).isEqualTo(values);
    }

    @Test
    void thePastDaysLoadJustAfterTheNewValuesAreShown() {
        board.useService(service, "Demo", D);
        board.refresh();
        // the values are there at once; deltas and sparklines wait for the history, started a moment later
        assertThat(tile("dau").valueText()).matches("[0-9,]+");
        assertThat(tile("dau").sparkline()).isEmpty();
        assertThat(tiles.historyLoadingProperty().get()).isTrue();
        // the board says so as progress (drawn muted), not as a problem
        assertThat(tiles.noticeProperty().get()).isEqualTo("Loading the last 14 days for deltas and sparklines…");
        assertThat(tiles.noticeIsProblemProperty().get()).isFalse();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY);
        assertThat(tiles.historyLoadingProperty().get()).isFalse();
        assertThat(tile("dau").sparkline()).hasSize(KpiTilesViewModel.SPARK_DAYS);
        assertThat(tiles.noticeProperty().get()).isEmpty();
        assertThat(tiles.noticeIsProblemProperty().get()).isFalse();
    }

    @Test
    void onAnEmptyBoardThePastDaysLoadBesideTheFirstRefreshAndTheFirstTilesComeWithTheirSparklines() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        KpiBoardParts fresh = KpiBoardParts.of(held, scheduler, clock, () -> DEFAULTS, state.settings());
        fresh.board().useService(service, "Demo", D);
        fresh.board().refresh();
        // nothing on screen yet, no frames to keep smooth: the history is asked for with the refresh, not after it
        assertThat(held.heldCount()).as("the refresh and the history").isEqualTo(2);
        assertThat(fresh.readings().historyLoadingProperty().get()).isTrue();

        held.release(); // the refresh's values, then the history that was already on its way: no second request
        assertThat(held.heldCount()).isZero();
        assertThat(fresh.readings().historyLoadingProperty().get()).isFalse();
        KpiReading dau = fresh.tiles().find("dau").orElseThrow().reading();
        assertThat(dau.sparkline()).hasSize(KpiTilesViewModel.SPARK_DAYS).endsWith(dau.value());
        assertThat(dau.dayDeltaText()).isEqualTo("vs D-1 " + format.delta(Unit.COUNT, dau.value(), valueOn("dau", D.minusDays(1))));

        // with tiles on screen, another day's history waits until its values are drawn
        fresh.board().chooseDay(D.minusDays(3));
        assertThat(held.heldCount()).as("the refresh alone").isEqualTo(1);
        held.release();
        assertThat(held.heldCount()).isZero();
        assertThat(fresh.readings().historyLoadingProperty().get()).isTrue();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY);
        assertThat(held.heldCount()).as("the history, a moment later").isEqualTo(1);
        held.release();
        assertThat(fresh.tiles().find("dau").orElseThrow().reading().sparkline()).hasSize(KpiTilesViewModel.SPARK_DAYS);
        assertThat(fresh.tiles().find("dau").orElseThrow().reading().day()).isEqualTo(D.minusDays(3));
    }

    @Test
    void aDayWithoutAnySessionIsNoDataOnEveryTileAndSaysSoOnTheBoard() {
        board.useService(service, "Demo", D);
        board.asOfProperty().set(D.plusDays(400));
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY);

        assertThat(tile("dau").value()).isEqualTo(0.0);
        assertThat(tile("dau_mau").value()).isEqualTo(0.0);
        assertThat(tiles.allTiles()).allSatisfy(t -> {
            assertThat(t.reading().status()).as(t.id()).isEqualTo(Status.UNKNOWN);
            assertThat(t.reading().statusText()).as(t.id()).isIn("no data", "error");
        });
        assertThat(board.lastErrorProperty().get()).startsWith("No session on " + D.plusDays(400));
    }

    @Test
    void aKpiWithoutThresholdIsShownUnjudgedAndTheApiErrorRateShipsWithAThreshold() {
        board.useService(service, "Demo", D);
        board.refresh();

        KpiReading churn = tile("churn_d30");
        assertThat(churn.value()).isNotNull();
        assertThat(churn.judged()).isFalse();
        assertThat(churn.unjudged()).isTrue();
        assertThat(churn.statusText()).as("never 'ok' for a value nobody judges").isEmpty();
        assertThat(churn.thresholdText()).startsWith("No threshold");

        KpiReading errors = tile("error_rate");
        assertThat(errors.judged()).isTrue();
        assertThat(errors.thresholdText()).isEqualTo("target 0.5 % · warning above 1.0 % · critical above 5.0 %");
        assertThat(DEFAULTS.statusOf("error_rate", 0.009)).isEqualTo(Status.OK);
        assertThat(DEFAULTS.statusOf("error_rate", 0.02)).isEqualTo(Status.WARNING);
        assertThat(DEFAULTS.statusOf("error_rate", 0.06)).isEqualTo(Status.CRITICAL);
        assertThat(errors.statusText()).isEqualTo(errors.status().id());
    }

    @Test
    void theTableSortsByTheNumberBehindTheTextAndByHowBadTheStatusIs() {
        board.useService(service, "Demo", D);
        board.refresh();
        List<KpiReading> all = parts.readings().readings();

        List<KpiReading> byValue = all.stream().sorted(KpiReadingOrder.BY_VALUE).toList();
        List<Double> numbers = byValue.stream().map(KpiReading::value).filter(java.util.Objects::nonNull).toList();
        assertThat(numbers).isSorted().hasSizeGreaterThan(20);
        assertThat(byValue.subList(0, numbers.size())).allMatch(r -> r.value() != null);
        // text order would put "$2,238.88" before "0.4 %" and "1,285" before "214"
        assertThat(byValue.indexOf(tile("mrr_usd"))).isGreaterThan(byValue.indexOf(tile("dau_mau")));

        List<KpiReading> bySeverity = all.stream().sorted(KpiReadingOrder.BY_SEVERITY).toList();
        List<String> words = bySeverity.stream().map(r -> r.failed() ? "error" : r.value() == null ? "no data"
                : !r.judged() ? "no threshold" : r.status().id()).toList();
        List<String> rank = List.of("critical", "warning", "ok", "no threshold", "no data", "error");
        assertThat(words).contains("critical", "warning", "ok", "no threshold");
        assertThat(words).isSortedAccordingTo(java.util.Comparator.comparingInt(rank::indexOf));
        assertThat(bySeverity.get(0).status()).isEqualTo(Status.CRITICAL);
    }
}
