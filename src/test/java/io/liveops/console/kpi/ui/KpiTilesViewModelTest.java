package io.liveops.console.kpi.ui;

import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiGroup;
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
    private KpiTilesViewModel tiles;

    @BeforeEach
    void setUp() {
        warehouse = Warehouse.open(new WarehouseProfile("Demo", DemoFixture.smallDemoUrl(), null, null), Map.of());
        service = new KpiService(warehouse, new SqlCatalog(warehouse.dialect(), null), () -> DEFAULTS, Duration.ofSeconds(30), clock);
        state = StateStore.openSqlite(temp.resolve("state.db"), clock);
        board = new KpiBoardViewModel(new CurrentThreadTaskExecutor(), scheduler, clock, format);
        tiles = newTiles();
    }

    private KpiTilesViewModel newTiles() {
        return new KpiTilesViewModel(board, new CurrentThreadTaskExecutor(), scheduler, clock, format, () -> DEFAULTS, state.settings());
    }

    @AfterEach
    void tearDown() {
        service.close();
        warehouse.close();
        state.close();
    }

    private KpiTilesViewModel.Tile tile(String id) {
        return tiles.allTiles().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private Double valueOn(String id, LocalDate day) {
        return service.compute(id, day, Cancellation.none()).value();
    }

    @Test
    void tilesShowTheValueInItsUnitTheStatusInWordsAndTheChangeAgainstYesterdayAndLastWeek() {
        board.useService(service, "Demo", D);
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values

        KpiTilesViewModel.Tile dau = tile("dau");
        assertThat(dau.valueText()).matches("[0-9,]+");
        assertThat(dau.statusText()).isEqualTo("ok");
        assertThat(dau.dayDeltaText()).isEqualTo("vs D-1 " + format.delta(Unit.COUNT, dau.value(), valueOn("dau", D.minusDays(1))));
        assertThat(dau.weekDeltaText()).isEqualTo("vs D-7 " + format.delta(Unit.COUNT, dau.value(), valueOn("dau", D.minusDays(7))));
        assertThat(dau.sparkline()).hasSize(KpiTilesViewModel.SPARK_DAYS).endsWith(dau.value());
        assertThat(dau.sparkline().get(0)).isEqualTo(valueOn("dau", D.minusDays(13)));
        assertThat(dau.stale()).isFalse();
        assertThat(dau.failed()).isFalse();
        assertThat(dau.thresholdText()).startsWith("No threshold");

        assertThat(tile("mrr_usd").valueText()).matches("\\$[0-9,]+\\.[0-9]{2}");
        assertThat(tile("dau_mau").valueText()).matches("[0-9]+\\.[0-9] %");
        assertThat(tile("dau_mau").dayDeltaText()).endsWith(" pp");
        assertThat(tile("p95_latency_ms").valueText()).endsWith(" ms");
        assertThat(tile("p95_latency_ms").thresholdText()).isEqualTo("target 150.0 ms · warning above 200.0 ms · critical above 300.0 ms");
        for (KpiTilesViewModel.Tile t : tiles.allTiles()) {
            String expected = t.status() == Status.UNKNOWN ? "no data" : t.status().id();
            assertThat(t.statusText()).as(t.id()).isEqualTo(expected);
        }
        assertThat(tiles.tiles()).extracting(KpiTilesViewModel.Tile::group).isSortedAccordingTo(java.util.Comparator.naturalOrder());
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

        KpiTilesViewModel.Tile dau = tile("dau");
        assertThat(dau.asOf()).isEqualTo(earlier);
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

        KpiTilesViewModel.Tile dau = tile("dau");
        assertThat(dau.valueText()).isEqualTo(before);
        assertThat(dau.stale()).isTrue();
        assertThat(dau.staleText()).startsWith("stale, 3 min old: ").contains(board.lastErrorProperty().get());
        assertThat(tiles.tiles()).allSatisfy(t -> assertThat(t.stale()).isTrue());

        scheduler.advance(Duration.ofSeconds(60)); // the age moves on; the retry fails again
        assertThat(tile("dau").staleText()).startsWith("stale, 4 min old: ");
    }

    @Test
    void aBrokenKpiQueryShowsThatTileAsErrorWhileTheOthersWork() throws Exception {
        Path override = temp.resolve("config/sql/warehouse/sqlite/dau.sql");
        Files.createDirectories(override.getParent());
        Files.writeString(override, "SELECT value FROM no_such_table WHERE day = ?");
        service.close();
        service = new KpiService(warehouse, new SqlCatalog(warehouse.dialect(), temp.resolve("config")), () -> DEFAULTS,
                Duration.ofSeconds(30), clock);
        board.useService(service, "Demo", D);
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values

        KpiTilesViewModel.Tile dau = tile("dau");
        assertThat(dau.failed()).isTrue();
        assertThat(dau.valueText()).isEqualTo("error");
        assertThat(dau.statusText()).isEqualTo("error");
        assertThat(dau.errorText()).contains("dau").contains("no_such_table");
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

        List<String> engagement = tiles.tiles().stream().filter(t -> t.group() == KpiGroup.ENGAGEMENT).map(KpiTilesViewModel.Tile::id).toList();
        assertThat(engagement).doesNotContain("wau").startsWith("mau", "dau");
        assertThat(tiles.allTiles()).extracting(KpiTilesViewModel.Tile::id).contains("wau");

        KpiTilesViewModel restarted = newTiles();
        restarted.loadSettings();
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values
        List<String> after = restarted.tiles().stream().filter(t -> t.group() == KpiGroup.ENGAGEMENT).map(KpiTilesViewModel.Tile::id).toList();
        assertThat(after).isEqualTo(engagement);

        restarted.resetLayout();
        assertThat(restarted.tiles().stream().filter(t -> t.group() == KpiGroup.ENGAGEMENT).map(KpiTilesViewModel.Tile::id).toList())
                .startsWith("dau", "wau", "mau");
    }

    @Test
    void theRefreshIntervalIsSavedAndAppliedToTheBoard() {
        tiles.loadSettings();
        tiles.refreshMinutesProperty().set(15);
        assertThat(board.refreshIntervalProperty().get()).isEqualTo(Duration.ofMinutes(15));
        assertThat(state.settings().get(KpiTilesViewModel.INTERVAL_SETTING)).contains("15");

        board.useService(service, "Demo", D);
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values
        assertThat(scheduler.nextDelay()).isEqualTo(Duration.ofMinutes(15).minus(KpiTilesViewModel.HISTORY_DELAY));

        KpiTilesViewModel restarted = newTiles();
        restarted.loadSettings();
        assertThat(restarted.refreshMinutesProperty().get()).isEqualTo(15);
    }

    @Test
    void selectingATileLoadsItsNinetyDayTrend() {
        board.useService(service, "Demo", D);
        board.refresh();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY); // the past days load just after the values
        tiles.select("p95_latency_ms");
        assertThat(tiles.selectedTileProperty().get().id()).isEqualTo("p95_latency_ms");
        assertThat(tiles.trendProperty().get()).hasSize(KpiTilesViewModel.TREND_DAYS);
        assertThat(tiles.trendProperty().get().get(KpiTilesViewModel.TREND_DAYS - 1).day()).isEqualTo(D);
        assertThat(tiles.trendLoadingProperty().get()).isFalse();
        tiles.closeDetail();
        assertThat(tiles.selectedTileProperty().get()).isNull();
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
        KpiBoardViewModel slowBoard = new KpiBoardViewModel(held, scheduler, clock, format);
        KpiTilesViewModel slowTiles = new KpiTilesViewModel(slowBoard, held, scheduler, clock, format, () -> DEFAULTS, state.settings());
        slowBoard.useService(service, "Demo", D);
        slowBoard.refresh();
        held.release(); // the snapshot, then the history phase it starts
        assertThat(slowTiles.tiles()).isNotEmpty().noneMatch(KpiTilesViewModel.Tile::loading);
        List<String> values = slowTiles.tiles().stream().map(KpiTilesViewModel.Tile::valueText).toList();

        // a refresh that ends within the delay never marks the tiles (nothing on screen would change)
        slowBoard.refresh();
        scheduler.advance(KpiTilesViewModel.LOADING_MARK_DELAY.minusMillis(1));
        assertThat(slowTiles.tiles()).noneMatch(KpiTilesViewModel.Tile::loading);
        held.release();
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(slowTiles.tiles()).noneMatch(KpiTilesViewModel.Tile::loading);

        // a slow one marks every tile once the delay has passed, keeping the last values, and clears the mark when done
        slowBoard.refresh();
        scheduler.advance(KpiTilesViewModel.LOADING_MARK_DELAY);
        assertThat(slowTiles.tiles()).allMatch(KpiTilesViewModel.Tile::loading);
        assertThat(slowTiles.tiles()).extracting(KpiTilesViewModel.Tile::valueText).isEqualTo(values);
        held.release();
        assertThat(slowTiles.tiles()).noneMatch(KpiTilesViewModel.Tile::loading);
        assertThat(slowTiles.tiles()).extracting(KpiTilesViewModel.Tile::valueText).isEqualTo(values);
    }

    @Test
    void thePastDaysLoadJustAfterTheNewValuesAreShown() {
        board.useService(service, "Demo", D);
        board.refresh();
        // the values are there at once; deltas and sparklines wait for the history, started a moment later
        assertThat(tile("dau").valueText()).matches("[0-9,]+");
        assertThat(tile("dau").sparkline()).isEmpty();
        assertThat(tiles.historyLoadingProperty().get()).isTrue();
        scheduler.advance(KpiTilesViewModel.HISTORY_DELAY);
        assertThat(tiles.historyLoadingProperty().get()).isFalse();
        assertThat(tile("dau").sparkline()).hasSize(KpiTilesViewModel.SPARK_DAYS);
    }
}
