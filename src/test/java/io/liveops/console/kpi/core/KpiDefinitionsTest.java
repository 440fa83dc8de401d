package io.liveops.console.kpi.core;

import io.liveops.console.shared.Status;
import io.liveops.console.testkit.HandBuiltWarehouse;

import static io.liveops.console.testkit.HandBuiltWarehouse.D;
import static io.liveops.console.testkit.HandBuiltWarehouse.EMPTY_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every contract KPI against {@link HandBuiltWarehouse}, on SQLite and on PostgreSQL. The expected
 * numbers are worked out by hand in the comments; where the contract's formula involves floating point,
 * the expectation is that exact formula evaluated in Java, so both dialects must match it bit for bit.
 */
@Tag("postgres")
class KpiDefinitionsTest {

    private static final Offset<Double> EXACT = Offset.offset(0.0);

    @TempDir
    static Path tempDir;

    private static final Map<Dialect, Warehouse> WAREHOUSES = new EnumMap<>(Dialect.class);
    private static final Map<Dialect, KpiService> SERVICES = new EnumMap<>(Dialect.class);

    static synchronized KpiService service(Dialect dialect) {
        return SERVICES.computeIfAbsent(dialect, d -> {
            try (WarehouseFixture f = WarehouseFixture.create(d, tempDir)) {
                HandBuiltWarehouse.load(f);
                Warehouse w = f.open();
                WAREHOUSES.put(d, w);
                Clock clock = Clock.fixed(Instant.parse("2025-11-21T08:00:00Z"), ZoneOffset.UTC);
                Thresholds defaults = new ThresholdConfig(tempDir.resolve("none")).defaults();
                return new KpiService(w, new SqlCatalog(d, null), () -> defaults,
                        Duration.ofSeconds(30), clock);
            }
        });
    }

    @AfterAll
    static void closeAll() {
        SERVICES.values().forEach(KpiService::close);
        WAREHOUSES.values().forEach(Warehouse::close);
    }

    private static KpiSnapshot snapshot(Dialect dialect, LocalDate day) {
        KpiSnapshot s = service(dialect).refresh(day, BackgroundTask.Progress.NONE, Cancellation.none());
        assertThat(s.failures()).as("failures on %s", dialect).isEmpty();
        return s;
    }

    private static Double value(KpiSnapshot s, String id) {
        return s.get(id).orElseThrow(() -> new AssertionError("no value for " + id)).value();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void engagementOnTheAsOfDay(Dialect dialect) {
        KpiSnapshot s = snapshot(dialect, D);
        // dau: sessions on 11-20 are s1, s2 (u1), s3 (u2 at 23:59:59), s5 (u4), s9 (u8); s4 at 11-21 00:00 is out -> {1,2,4,8} = 4
        assertThat(value(s, "dau")).isEqualTo(4.0);
        // wau [11-14, 11-20]: {1,2,4,8} + u5 (11-18) + u11 (11-14 00:00:00); u12's 11-13 23:59:59 is out -> 6
        assertThat(value(s, "wau")).isEqualTo(6.0);
        // mau [10-22, 11-20]: the 6 above + u6 (10-22 00:00:00) + u12 (11-13); u7's 10-21 23:59:59 is out -> 8
        assertThat(value(s, "mau")).isEqualTo(8.0);
        // dau_mau = 4 / 8
        assertThat(value(s, "dau_mau")).isEqualTo(0.5);
        // new_signups: u8 (08:00), u9 (23:59:59); u10 at 11-21 00:00:00 is out -> 2
        assertThat(value(s, "new_signups")).isEqualTo(2.0);
        // retention_d1: cohort created 11-19 = {1,2,3}; sessions on D: u1 yes, u2 yes, u3 no (11-21) -> 2/3
        assertThat(value(s, "retention_d1")).isCloseTo(2.0 / 3.0, EXACT);
        // retention_d7: cohort created 11-13 = {4,13}; only u4 has a session on D -> 1/2
        assertThat(value(s, "retention_d7")).isEqualTo(0.5);
        // retention_d30: cohort created 10-21 = {5}; u5's session is 11-18, not D -> 0/1 = 0 (not null: the cohort is not empty)
        assertThat(value(s, "retention_d30")).isEqualTo(0.0);
        // churn_d30: cohort created < 10-22 00:00 = {5,6,7} (u11 at 10-22 00:00:00 is not); sessions in [10-22 00:00, 11-21 00:00):
        // u5 (11-18) yes, u6 (10-22 00:00:00) yes, u7 (10-21 23:59:59) no -> 1/3
        assertThat(value(s, "churn_d30")).isCloseTo(1.0 / 3.0, EXACT);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void monetizationOnTheAsOfDay(Dialect dialect) {
        KpiSnapshot s = snapshot(dialect, D);
        // mrr at 11-21 00:00: sub1 19.99 + sub2 9.99 (ended_at = asOfEnd still counts) + sub5 14.99 + sub7 0.01 = 44.98;
        // sub3 ended 11-20 23:59:59, sub4 starts at asOfEnd, sub6 ended 11-16
        assertThat(value(s, "mrr_usd")).isEqualTo(44.98);
        // pro_conversion_7d: created in [11-14, 11-20] = {1,2,3,8,9,12} = 6; subscribed in the window: u1 (sub1), u12 (sub5, sub6,
        // counted once); u8's sub4 starts 11-21 -> 2/6
        assertThat(value(s, "pro_conversion_7d")).isCloseTo(2.0 / 6.0, EXACT);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void technicalHealthOnTheAsOfDay(Dialect dialect) {
        KpiSnapshot s = snapshot(dialect, D);
        // crash_free_rate: 5 sessions on D, 1 crashed (s2) -> 1 - 1/5 = 0.8
        assertThat(value(s, "crash_free_rate")).isCloseTo(1.0 - 1.0 / 5.0, EXACT).isCloseTo(0.8, Offset.offset(1e-12));
        // p95: latencies on D sorted 50, 100, 100, 200, 300 (n = 5); pos = 0.95 * 4 = 3.8; v[3] = 200, v[4] = 300
        // -> 200 + (300 - 200) * 0.8 = 280
        double pos = 0.95 * 4;
        assertThat(value(s, "p95_latency_ms")).isCloseTo(200 + (300 - 200) * (pos - 3), EXACT).isCloseTo(280.0, Offset.offset(1e-9));
        // error_rate: statuses 200, 200, 503, 500, 404 -> 2/5 (404 is not >= 500; the 500s at 11-19 23:59:59 and 11-21 00:00 are out)
        assertThat(value(s, "error_rate")).isEqualTo(0.4);
        // errors_24h: e1 (00:00:00), e2 (23:59:59); e3 at 11-21 00:00 and e4 at 11-19 23:59:59 are out -> 2
        assertThat(value(s, "errors_24h")).isEqualTo(2.0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void productCommunityAndEconomyOnTheAsOfDay(Dialect dialect) {
        KpiSnapshot s = snapshot(dialect, D);
        // nps_30d over [10-22, 11-20]: scores 10 (10-22 00:00), 9 (11-20 23:59:59), 8, 7, 6, 0, 10 -> n = 7, promoters 3,
        // detractors 2 -> 100 * (3/7 - 2/7) ≈ 14.2857
        assertThat(value(s, "nps_30d")).isCloseTo(100.0 * (3.0 / 7 - 2.0 / 7), EXACT).isCloseTo(14.285714, Offset.offset(1e-6));
        // support_sla_met_7d: counted t1 (met), t2 (met, exactly 2 h), t3 (2 h 1 s), t5 (high, unanswered, deadline 23:00 passed),
        // t6 (standard, deadline 11-20 22:00 passed, answered after asOfEnd), t8 (met); not counted: t4 and t11 (deadline not
        // before asOfEnd), t7 (answered only after asOfEnd, deadline later), t9/t10 outside the window -> 3/6
        assertThat(value(s, "support_sla_met_7d")).isEqualTo(0.5);
        // discord_dau: the discord row of 11-20 (the twitter row and 11-19 are ignored)
        assertThat(value(s, "discord_dau")).isEqualTo(1234.0);
        // earn_spend_ratio_7d (gold, [11-14, 11-20]): earned 100 + 50 = 150, spent 40 + 60 = 100 (gems and the edges are out) -> 1.5
        assertThat(value(s, "earn_spend_ratio_7d")).isEqualTo(1.5);
        // inflation_index: season S1 -> base window [10-20, 10-26], current [11-14, 11-20]
        // A: base p = (10*2 + 16*1)/3 = 12, w = 3; current p = (15*1 + 12*3)/4 = 12.75 (the 10-27 trade is in neither window)
        // B: base p = 100, w = 1; current p = 110 (11-21 trade out). C (base only) and E (current only) are excluded.
        // index = (3*12.75 + 1*110) / (3*12 + 1*100) = 148.25 / 136 ≈ 1.0900735
        // (the engine keeps 12 significant digits of an index: what SQLite and PostgreSQL sums agree on)
        assertThat(value(s, "inflation_index")).isCloseTo(148.25 / 136.0, Offset.offset(1e-11)).isEqualTo(1.09007352941);
        // fraud_flags_24h: f1, f2, f3; f4 at 11-21 00:00 is out -> 3
        assertThat(value(s, "fraud_flags_24h")).isEqualTo(3.0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void watchlistOnTheAsOfDay(Dialect dialect) {
        KpiSnapshot s = snapshot(dialect, D);
        // keys: every symbol in watchlist_prices, sorted
        assertThat(s.values().stream().map(KpiValue::id).filter(id -> id.startsWith("watch_change_24h")))
                .containsExactly("watch_change_24h:BTC", "watch_change_24h:DOGE", "watch_change_24h:ETH", "watch_change_24h:SOL");
        // BTC: latest <= 11-21 00:00 is 55000 (at exactly asOfEnd), latest <= 11-20 00:00 is 50000 (exactly) -> 55000/50000 - 1 = 0.1
        assertThat(value(s, "watch_change_24h:BTC")).isCloseTo(55000.0 / 50000.0 - 1.0, EXACT).isCloseTo(0.1, Offset.offset(1e-12));
        // DOGE: only a price after asOfEnd -> null; ETH: nothing at or before 11-20 00:00 -> null
        assertThat(value(s, "watch_change_24h:DOGE")).isNull();
        assertThat(value(s, "watch_change_24h:ETH")).isNull();
        // SOL: 90 / 100 - 1 = -0.1
        assertThat(value(s, "watch_change_24h:SOL")).isCloseTo(90.0 / 100.0 - 1.0, EXACT);
        // fear_greed of 11-20
        assertThat(value(s, "fear_greed")).isEqualTo(35.0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDayWithoutActivityGivesZeroCountsAndNullRatios(Dialect dialect) {
        KpiSnapshot s = snapshot(dialect, EMPTY_DAY);
        for (String count : new String[] {"dau", "wau", "mau", "new_signups", "errors_24h", "fraud_flags_24h"}) {
            assertThat(value(s, count)).as(count).isEqualTo(0.0);
        }
        // dau_mau: the contract's explicit "0 when mau = 0"
        assertThat(value(s, "dau_mau")).isEqualTo(0.0);
        // empty cohorts (12-24, 12-18, 11-25), no sessions, no requests, no responses, no tickets, no spending, no rows for the day;
        // inflation: 12-25 is in season S2 whose base window 12-08..12-14 has no trades -> no common item
        for (String none : new String[] {"retention_d1", "retention_d7", "retention_d30", "pro_conversion_7d", "crash_free_rate",
                "p95_latency_ms", "error_rate", "nps_30d", "support_sla_met_7d", "discord_dau", "earn_spend_ratio_7d", "inflation_index",
                "fear_greed"}) {
            assertThat(value(s, none)).as(none).isNull();
            assertThat(s.get(none).orElseThrow().status()).as(none).isEqualTo(Status.UNKNOWN);
        }
        // churn_d30: all 13 users were created before 11-26 00:00 and none has a session in [11-26, 12-26) -> 13/13
        assertThat(value(s, "churn_d30")).isEqualTo(1.0);
        // mrr at 12-26 00:00: sub1 19.99 + sub4 19.99 (started 11-21) + sub5 14.99 + sub7 0.01 = 54.98
        assertThat(value(s, "mrr_usd")).isEqualTo(54.98);
        // every symbol's latest price is older than both instants -> p / p - 1 = 0
        for (String sym : new String[] {"BTC", "DOGE", "ETH", "SOL"}) {
            assertThat(value(s, "watch_change_24h:" + sym)).as(sym).isEqualTo(0.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void percentileWithTiesAndWithASingleValue(Dialect dialect) {
        KpiService service = service(dialect);
        // 11-19: latencies 10, 20, 20, 20 (n = 4): pos = 0.95 * 3 = 2.85, v[2] = v[3] = 20 -> 20
        assertThat(service.compute("p95_latency_ms", HandBuiltWarehouse.TIES_DAY, Cancellation.none()).value()).isEqualTo(20.0);
        // error_rate 11-19: statuses 500, 200, 499, 200 -> 1/4
        assertThat(service.compute("error_rate", HandBuiltWarehouse.TIES_DAY, Cancellation.none()).value()).isEqualTo(0.25);
        // 11-18: a single request of 42 ms: pos = 0 -> 42
        assertThat(service.compute("p95_latency_ms", HandBuiltWarehouse.SINGLE_DAY, Cancellation.none()).value()).isEqualTo(42.0);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void inflationIndexIsNullWhenNoSeasonContainsTheDay(Dialect dialect) {
        KpiValue v = service(dialect).compute("inflation_index", HandBuiltWarehouse.NO_SEASON_DAY, Cancellation.none());
        assertThat(v.error()).isNull();
        assertThat(v.value()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void trendListsTheLastDaysOldestFirst(Dialect dialect) {
        // dau on 11-18: u5 -> 1; 11-19: none -> 0; 11-20: 4
        assertThat(service(dialect).trend("dau", D, 3, Cancellation.none())).containsExactly(
                new TrendPoint(LocalDate.of(2025, 11, 18), 1.0),
                new TrendPoint(LocalDate.of(2025, 11, 19), 0.0),
                new TrendPoint(D, 4.0));
        // keyed: as of 11-19 both instants (11-20 00:00 and 11-19 00:00) see the 100 observed at exactly 11-19 00:00:00 -> 0;
        // as of 11-20 -> 90 / 100 - 1. ETH as of 11-19 has no price at all -> null
        assertThat(service(dialect).trend("watch_change_24h:SOL", D, 2, Cancellation.none())).containsExactly(
                new TrendPoint(LocalDate.of(2025, 11, 19), 0.0),
                new TrendPoint(D, 90.0 / 100.0 - 1.0));
        assertThat(service(dialect).trend("watch_change_24h:ETH", D, 2, Cancellation.none()))
                .extracting(TrendPoint::value).containsExactly(null, null);
    }

    @Test
    void bothDialectsGiveIdenticalNumbers() {
        for (LocalDate day : new LocalDate[] {D, EMPTY_DAY, HandBuiltWarehouse.TIES_DAY}) {
            Map<String, Double> sqlite = values(snapshot(Dialect.SQLITE, day));
            Map<String, Double> postgres = values(snapshot(Dialect.POSTGRESQL, day));
            assertThat(postgres).as("as of %s", day).isEqualTo(sqlite);
        }
    }

    private static Map<String, Double> values(KpiSnapshot s) {
        Map<String, Double> m = new LinkedHashMap<>();
        s.values().forEach(v -> m.put(v.id(), v.value()));
        return m;
    }
}
