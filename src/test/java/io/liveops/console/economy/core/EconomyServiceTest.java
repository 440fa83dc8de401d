package io.liveops.console.economy.core;

import static io.liveops.console.testkit.EconomyWarehouse.D;
import static io.liveops.console.testkit.EconomyWarehouse.NO_SEASON_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.shared.Status;
import io.liveops.console.testkit.EconomyWarehouse;
import io.liveops.console.testkit.WarehouseFixture;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Economy service on {@link EconomyWarehouse}, on SQLite and PostgreSQL, against answers worked out by hand in the
 * comments, and the bad inputs of issue 12 (no seasons, an empty ledger, an unknown currency, no market_trades table):
 * the affected gauge says what is missing, the others keep working.
 */
@Tag("postgres")
class EconomyServiceTest {

    private static final Offset<Double> CLOSE = Offset.offset(1e-11); // the KPI engine keeps 12 significant digits of the index

    @TempDir
    static Path tempDir;

    private static final Map<String, Warehouse> WAREHOUSES = new HashMap<>();
    private static final Map<String, KpiService> KPIS = new HashMap<>();
    private static final Map<String, EconomyService> SERVICES = new HashMap<>();
    private static final List<AutoCloseable> OPEN = new ArrayList<>();
    private static final Thresholds DEFAULTS = new ThresholdConfig(Path.of("no-config")).defaults();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-21T08:00:00Z"), ZoneOffset.UTC);

    /** A service over a fixture built by {@code fill}, one per dialect and variant. */
    private static synchronized EconomyService service(Dialect dialect, String variant, Consumer<WarehouseFixture> fill) {
        String key = dialect + "/" + variant;
        return SERVICES.computeIfAbsent(key, k -> {
            try (WarehouseFixture f = WarehouseFixture.create(dialect, tempDir)) {
                fill.accept(f);
                Warehouse w = f.open();
                SqlCatalog sql = new SqlCatalog(dialect, null);
                KpiService kpis = new KpiService(w, sql, () -> DEFAULTS, Duration.ofSeconds(30), CLOCK);
                OPEN.add(kpis);
                OPEN.add(w);
                WAREHOUSES.put(key, w);
                KPIS.put(key, kpis);
                return new EconomyService(w, sql, Duration.ofSeconds(30), kpis, () -> DEFAULTS, "gold", CLOCK);
            }
        });
    }

    private static EconomyService full(Dialect dialect) {
        return service(dialect, "full", EconomyWarehouse::load);
    }

    private static EconomyReport load(EconomyService s, LocalDate day, String currency) {
        return s.load(day, currency, BackgroundTask.Progress.NONE, Cancellation.none());
    }

    @AfterAll
    static void closeAll() throws Exception {
        for (AutoCloseable c : OPEN) {
            c.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theThreeGaugesAreTheKpiEnginesNumbers(Dialect dialect) {
        EconomyReport r = load(full(dialect), D, null);
        KpiService kpis = KPIS.get(dialect + "/full");
        // inflation: (3 × 12.75 + 1 × 110) / (3 × 12 + 1 × 100) = 148.25 / 136
        assertThat(r.inflation().value()).isCloseTo(148.25 / 136, CLOSE)
                .isEqualTo(kpis.compute("inflation_index", D, Cancellation.none()).value());
        assertThat(r.inflation().status()).isEqualTo(Status.OK);
        // gold: earned 150 + 30 = 180, spent 40 + 60 = 100
        assertThat(r.ratio().value()).isEqualTo(1.8).isEqualTo(kpis.compute("earn_spend_ratio_7d", D, Cancellation.none()).value());
        assertThat(r.ratio().status()).isEqualTo(Status.WARNING);
        assertThat(r.ratio().source()).endsWith("earn_spend_ratio_7d.sql");
        // fraud: three flags on D (the one at 11-21 00:00:00 is the next day's)
        assertThat(r.fraudFlags().value()).isEqualTo(3.0).isEqualTo(kpis.compute("fraud_flags_24h", D, Cancellation.none()).value());
        assertThat(r.fraudFlags().status()).isEqualTo(Status.OK);
        assertThat(r.failures()).isEmpty();
        assertThat(r.missingTables()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void sourcesAndSinksPerReasonWeekOverWeek(Dialect dialect) {
        Ledger l = load(full(dialect), D, "gold").ledger().value();
        assertThat(l.earned()).isEqualTo(180);
        assertThat(l.spent()).isEqualTo(100);
        assertThat(l.totals(Flow.SOURCE)).containsExactly(
                new ReasonTotal("quest_reward", Flow.SOURCE, 150, 100, 150 / 180.0, 0.5),
                new ReasonTotal("match_win", Flow.SOURCE, 30, 60, 30 / 180.0, -0.5));
        assertThat(l.totals(Flow.SINK)).containsExactly(
                new ReasonTotal("upgrade", Flow.SINK, 60, 80, 0.6, 60 / 80.0 - 1),
                new ReasonTotal("shop_purchase", Flow.SINK, 40, 20, 0.4, 1.0));
        assertThat(l.byReason(Flow.SOURCE, false)).containsExactly(Map.entry("match_win", 30L), Map.entry("quest_reward", 150L));
        assertThat(l.byReason(Flow.SINK, true)).containsExactly(Map.entry("shop_purchase", 20L), Map.entry("upgrade", 80L));
        // the chart: 60 days ending with D; on D, quest_reward 50 and shop_purchase 40
        assertThat(l.chartDays()).hasSize(60).endsWith(D).startsWith(D.minusDays(59));
        assertThat(l.daily(Flow.SOURCE).get(D)).containsExactly(Map.entry("quest_reward", 50L));
        assertThat(l.daily(Flow.SINK).get(D)).containsExactly(Map.entry("shop_purchase", 40L));
        // the ratio line: on D it is the gauge's 1.8; on 11-13 the previous week's 160 / 100
        assertThat(l.ratioByDay().get(D)).isEqualTo(1.8);
        assertThat(l.ratioByDay().get(LocalDate.of(2025, 11, 13))).isEqualTo(1.6);
        // before any spending in its window the ratio is undefined, not infinite
        assertThat(l.ratioByDay().get(LocalDate.of(2025, 11, 9))).isNull();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anItemTradedInOneWindowIsListedApartWithWhy(Dialect dialect) {
        Prices p = load(full(dialect), D, null).prices().value();
        assertThat(p.items()).extracting(ItemPrice::itemId).containsExactly("A", "B");
        ItemPrice a = p.items().get(0);
        ItemPrice b = p.items().get(1);
        assertThat(a.basePrice()).isEqualTo(12.0);
        assertThat(a.currentPrice()).isEqualTo(12.75);
        assertThat(a.change()).isCloseTo(0.0625, CLOSE);
        assertThat(a.baseQuantity()).isEqualTo(3);
        assertThat(a.weight()).isCloseTo(36 / 136.0, CLOSE);
        assertThat(a.contribution()).isCloseTo(2.25 / 136, CLOSE);
        assertThat(b.basePrice()).isEqualTo(100.0);
        assertThat(b.currentPrice()).isEqualTo(110.0);
        assertThat(b.change()).isCloseTo(0.1, CLOSE);
        assertThat(b.weight()).isCloseTo(100 / 136.0, CLOSE);
        // the contributions add up to the index's change from 1
        assertThat(a.contribution() + b.contribution()).isCloseTo(148.25 / 136 - 1, CLOSE);
        assertThat(p.excluded()).extracting(ExcludedItem::itemId).containsExactly("C", "E");
        assertThat(p.excluded().get(0).reason()).contains("base window [2025-10-20, 2025-10-26]").contains("not in the current window")
                .contains("no current price");
        assertThat(p.excluded().get(1).reason()).contains("current window [2025-11-14, 2025-11-20]").contains("no base price");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theIndexPerDaySinceTheSeasonStarted(Dialect dialect) {
        List<IndexPoint> series = load(full(dialect), D, null).prices().value().series();
        assertThat(series).hasSize(32).first().extracting(IndexPoint::day).isEqualTo(LocalDate.of(2025, 10, 20));
        Map<LocalDate, Double> byDay = new HashMap<>();
        series.forEach(pt -> byDay.put(pt.day(), pt.value()));
        // 10-20: only A's first trade (10 × 2) is in [10-14, 10-20]: 3 × 10 / (3 × 12)
        assertThat(byDay.get(LocalDate.of(2025, 10, 20))).isCloseTo(30 / 36.0, CLOSE);
        // 10-26: the window is the base window itself (A, B and C): exactly 1
        assertThat(byDay.get(LocalDate.of(2025, 10, 26))).isCloseTo(1.0, CLOSE);
        // 11-10: nothing traded in [11-04, 11-10]
        assertThat(byDay.get(LocalDate.of(2025, 11, 10))).isNull();
        // D: the gauge's value
        assertThat(byDay.get(D)).isCloseTo(148.25 / 136, CLOSE);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCurrencyWithNoSinksHasNoRatioNeverInfinity(Dialect dialect) {
        EconomyReport r = load(full(dialect), D, "gems");
        assertThat(r.ratio().value()).isNull();
        assertThat(r.ratio().failed()).isFalse();
        assertThat(r.ratio().status()).isEqualTo(Status.UNKNOWN);
        assertThat(r.ratio().problem()).startsWith("undefined: nothing spent").contains("500 gems earned");
        assertThat(r.ledger().value().totals(Flow.SOURCE)).containsExactly(new ReasonTotal("iap_purchase", Flow.SOURCE, 500, 0, 1.0, null));
        assertThat(r.ledger().value().totals(Flow.SINK)).containsExactly(new ReasonTotal("gem_shop", Flow.SINK, 0, 10, null, -1.0));
        // the contract's KPI still counts gold
        assertThat(r.kpiCurrency()).isEqualTo("gold");
        assertThat(r.inflation().value()).isCloseTo(148.25 / 136, CLOSE);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void twoCurrenciesAreTwoLedgers(Dialect dialect) {
        EconomyService s = full(dialect);
        EconomyReport gold = load(s, D, "gold");
        EconomyReport gems = load(s, D, "gems");
        assertThat(gold.currencies()).containsExactly("gems", "gold");
        assertThat(gold.ledger().value().earned()).isEqualTo(180);
        assertThat(gems.ledger().value().earned()).isEqualTo(500);
        assertThat(gems.ledger().value().spent()).isZero();
        assertThat(gems.currency()).isEqualTo("gems");
        assertThat(gold.ledger().value().chartReasons(Flow.SOURCE)).containsExactly("quest_reward", "match_win");
        assertThat(gems.ledger().value().chartReasons(Flow.SOURCE)).containsExactly("iap_purchase");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anUnknownCurrencySaysWhichOnesExist(Dialect dialect) {
        EconomyReport r = load(full(dialect), D, "silver");
        assertThat(r.ratio().value()).isNull();
        assertThat(r.ratio().problem()).isEqualTo("unknown currency 'silver': economy_ledger has no rows in it (it has gems, gold)");
        assertThat(r.ledger().present()).isFalse();
        assertThat(r.fraudFlags().value()).isEqualTo(3.0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDayOutsideEverySeasonHasNoIndexAndSaysSo(Dialect dialect) {
        EconomyReport r = load(full(dialect), NO_SEASON_DAY, null);
        assertThat(r.season().present()).isFalse();
        assertThat(r.season().problem()).isEqualTo("unknown: no season contains this day");
        assertThat(r.inflation().value()).isNull();
        assertThat(r.inflation().problem()).isEqualTo("unknown: no season contains this day");
        assertThat(r.prices().present()).isFalse();
        // the others keep working: gold earned 50 on 11-20 23:59:59 only... in [11-29, 12-05] nothing moved
        assertThat(r.fraudFlags().value()).isZero();
        assertThat(r.ratio().problem()).startsWith("undefined: no gold was earned or spent");
        assertThat(r.fraud().value().daily()).extracting(Fraud.DayCount::flags).containsExactly(1L, 2L, 1L, 1L);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theSeasonInForceAndItsBaseWindow(Dialect dialect) {
        Season s = load(full(dialect), D, null).season().value();
        assertThat(s).isEqualTo(new Season("S1", "Season 1", LocalDate.of(2025, 10, 20), LocalDate.of(2025, 12, 1)));
        assertThat(s.baseTo()).isEqualTo(LocalDate.of(2025, 10, 26));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void noSeasonRowsAtAll(Dialect dialect) {
        EconomyService s = service(dialect, "no-seasons", f -> {
            EconomyWarehouse.ledger(f);
            EconomyWarehouse.trades(f);
            EconomyWarehouse.flags(f);
        });
        EconomyReport r = load(s, D, null);
        assertThat(r.inflation().problem()).isEqualTo("unknown: the seasons table has no rows, so there is no season and no base window");
        assertThat(r.inflation().failed()).isFalse();
        assertThat(r.ratio().value()).isEqualTo(1.8);
        assertThat(r.fraudFlags().value()).isEqualTo(3.0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anEmptyLedger(Dialect dialect) {
        EconomyService s = service(dialect, "empty-ledger", f -> {
            EconomyWarehouse.seasons(f);
            EconomyWarehouse.trades(f);
            EconomyWarehouse.flags(f);
        });
        EconomyReport r = load(s, D, null);
        assertThat(r.currencies()).isEmpty();
        assertThat(r.ratio().value()).isNull();
        assertThat(r.ratio().problem()).isEqualTo("economy_ledger has no rows: nothing was ever earned or spent");
        assertThat(r.ledger().problem()).isEqualTo("economy_ledger has no rows: nothing was ever earned or spent");
        assertThat(r.inflation().value()).isCloseTo(148.25 / 136, CLOSE);
        assertThat(r.fraudFlags().value()).isEqualTo(3.0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aWarehouseWithoutMarketTrades(Dialect dialect) {
        EconomyService s = service(dialect, "no-trades", f -> {
            EconomyWarehouse.seasons(f);
            EconomyWarehouse.ledger(f);
            EconomyWarehouse.flags(f);
            f.execute("DROP TABLE market_trades");
        });
        EconomyReport r = load(s, D, null);
        assertThat(r.missingTables()).containsExactly("market_trades");
        assertThat(r.inflation().value()).isNull();
        assertThat(r.inflation().problem())
                .isEqualTo("unknown: this warehouse has no market_trades table, so there are no item prices for the inflation index");
        assertThat(r.prices().problem()).contains("no market_trades table");
        assertThat(r.season().present()).isTrue();
        assertThat(r.ratio().value()).isEqualTo(1.8);
        assertThat(r.fraudFlags().value()).isEqualTo(3.0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void fraudByDayRuleSeverityAndUser(Dialect dialect) {
        Fraud f = load(full(dialect), D, null).fraud().value();
        assertThat(f.daily()).containsExactly(
                new Fraud.DayCount(LocalDate.of(2025, 10, 22), "speed_hack", 1),
                new Fraud.DayCount(LocalDate.of(2025, 11, 19), "chargeback", 1),
                new Fraud.DayCount(D, "market_wash_trade", 2),
                new Fraud.DayCount(D, "speed_hack", 1));
        assertThat(f.today()).containsExactly(new Fraud.RuleCount("market_wash_trade", "high", 2), new Fraud.RuleCount("speed_hack", "low", 1));
        assertThat(f.byRuleToday()).containsExactly(Map.entry("market_wash_trade", 2L), Map.entry("speed_hack", 1L));
        assertThat(f.topUsers()).containsExactly(new Fraud.UserCount(7, 2), new Fraud.UserCount(8, 1));
        assertThat(f.usersFlagged()).isEqualTo(2);
        assertThat(f.flagsToday()).isEqualTo(3);
    }

    @Test
    void bothDialectsGiveTheSameNumbers() {
        for (String currency : List.of("gold", "gems")) {
            EconomyReport lite = load(full(Dialect.SQLITE), D, currency);
            EconomyReport pg = load(full(Dialect.POSTGRESQL), D, currency);
            for (Gauge g : Gauge.values()) {
                assertThat(pg.gauge(g).value()).as("%s %s", g, currency).isEqualTo(lite.gauge(g).value());
                assertThat(pg.gauge(g).problem()).isEqualTo(lite.gauge(g).problem());
            }
            assertThat(pg.currencies()).isEqualTo(lite.currencies());
            assertThat(pg.season()).isEqualTo(lite.season());
            assertThat(pg.ledger()).isEqualTo(lite.ledger());
            assertThat(pg.prices()).isEqualTo(lite.prices());
            assertThat(pg.fraud()).isEqualTo(lite.fraud());
        }
    }
}
