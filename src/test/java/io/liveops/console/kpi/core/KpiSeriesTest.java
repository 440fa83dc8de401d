package io.liveops.console.kpi.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.testkit.HandBuiltWarehouse;
import io.liveops.console.testkit.WarehouseFixture;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each KPI has one definition, its series file; a single day is the range [D, D]. The series over a whole range must
 * give, day by day, exactly what the single-day reading gives, on the hand-built and the demo warehouses, on both
 * dialects: windows, cohorts and running sums must not leak across the range's edges.
 */
@Tag("postgres")
class KpiSeriesTest {

    private static final Thresholds DEFAULTS = new ThresholdConfig(Path.of("no-user-config")).defaults();

    @TempDir
    Path tempDir;

    private static KpiService service(Warehouse w, Path config) {
        return new KpiService(w, new SqlCatalog(w.dialect(), config), () -> DEFAULTS, Duration.ofSeconds(60), Clock.systemUTC());
    }

    /** id → value or error, for an exact comparison of two readings of one day. */
    private static Map<String, String> reading(KpiSnapshot s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (KpiValue v : s.values()) {
            m.put(v.id(), v.failed() ? "error: " + v.error() : String.valueOf(v.value()) + " " + v.status());
        }
        return m;
    }

    private static void seriesEqualsEachDay(String url, LocalDate first, LocalDate last) {
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(url), Map.of()); KpiService s = service(w, null)) {
            KpiHistory history = s.history(first, last, BackgroundTask.Progress.NONE, Cancellation.none());
            assertThat(history.failures()).isEmpty();
            assertThat(history.days()).hasSize((int) (last.toEpochDay() - first.toEpochDay() + 1));
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                KpiSnapshot single = s.refresh(d, BackgroundTask.Progress.NONE, Cancellation.none());
                assertThat(reading(history.day(d).orElseThrow())).as("%s on %s", url, d).isEqualTo(reading(single));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void handBuiltWarehouseSeriesEqualsEverySingleDay(Dialect dialect) {
        String url;
        try (WarehouseFixture f = WarehouseFixture.create(dialect, tempDir)) {
            HandBuiltWarehouse.load(f);
            url = f.jdbcUrl();
        }
        // from before the first row to after the last, so empty edges are covered too
        seriesEqualsEachDay(url, HandBuiltWarehouse.D.minusDays(45), HandBuiltWarehouse.EMPTY_DAY.plusDays(3));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void demoWarehouseSeriesEqualsEverySingleDay(Dialect dialect) {
        String url = dialect == Dialect.SQLITE ? DemoFixture.smallDemoUrl() : DemoFixture.smallDemoPostgresUrl();
        seriesEqualsEachDay(url, DemoFixture.LAST_DAY.minusDays(76), DemoFixture.LAST_DAY.plusDays(2));
    }

    @Test
    void dauMauIsDauOverMauOnEveryDay() {
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(DemoFixture.smallDemoUrl()), Map.of()); KpiService s = service(w, null)) {
            KpiHistory h = s.history(DemoFixture.LAST_DAY.minusDays(80), DemoFixture.LAST_DAY.plusDays(31), BackgroundTask.Progress.NONE,
                    Cancellation.none());
            List<Double> ratios = new ArrayList<>();
            for (KpiSnapshot day : h.snapshots()) {
                double dau = day.get("dau").orElseThrow().value();
                double mau = day.get("mau").orElseThrow().value();
                Double ratio = day.get("dau_mau").orElseThrow().value();
                assertThat(ratio).as(day.asOf().toString()).isEqualTo(mau == 0 ? 0.0 : dau / mau);
                ratios.add(ratio);
            }
            assertThat(ratios).contains(0.0).anyMatch(r -> r > 0.1);
        }
    }

    @Test
    void dauMauRunsNoQueryOfItsOwnAndFailsWithMau() throws Exception {
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(DemoFixture.smallDemoUrl()), Map.of()); KpiService s = service(w, null)) {
            assertThat(s.computedFromOthers("dau_mau")).isTrue();
            assertThat(s.computedFromOthers("mau")).isFalse();
            KpiValue ratio = s.refresh(DemoFixture.LAST_DAY, BackgroundTask.Progress.NONE, Cancellation.none()).get("dau_mau").orElseThrow();
            assertThat(ratio.sqlSource()).startsWith("dau / mau (").contains("series/daily_visitors.sql").contains("series/active_users.sql");
            assertThat(ratio.millis()).isZero();
            assertThat(ratio.numerator()).isNotNull();
            assertThat(s.sqlSource("dau_mau")).isEqualTo(ratio.sqlSource());
        }
        // a broken mau file of the user's: dau_mau fails with mau's reason, on every day asked for, and dau is untouched
        Path mau = tempDir.resolve(SqlCatalog.relativePath(Dialect.SQLITE, SqlCatalog.seriesName("mau")));
        Files.createDirectories(mau.getParent());
        Files.writeString(mau, "SELECT day, value FROM no_such_table WHERE day BETWEEN ?1 AND ?2\n");
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(DemoFixture.smallDemoUrl()), Map.of()); KpiService s = service(w, tempDir)) {
            LocalDate day = DemoFixture.LAST_DAY;
            List<KpiService.Point> ratio = s.series("dau_mau", day.minusDays(1), day, Cancellation.none());
            assertThat(ratio).allSatisfy(p -> assertThat(p.value().error()).startsWith("KPI 'dau_mau' failed").contains("KPI 'mau' failed")
                    .contains("no_such_table"));
            KpiSnapshot snap = s.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none());
            assertThat(snap.get("dau_mau").orElseThrow().failed()).isTrue();
            assertThat(snap.get("dau").orElseThrow().failed()).isFalse();
        }
    }

    @Test
    void wauMauAndChurnAreReadByOneSharedQueryThatEachOfThemCanLeave() throws Exception {
        LocalDate day = DemoFixture.LAST_DAY;
        Map<String, Double> plainValues = new LinkedHashMap<>();
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(DemoFixture.smallDemoUrl()), Map.of()); KpiService s = service(w, null)) {
            KpiSnapshot snap = s.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none());
            for (String id : List.of("wau", "mau", "churn_d30")) {
                KpiValue v = snap.get(id).orElseThrow();
                assertThat(v.sqlSource()).as(id).isEqualTo("sql/warehouse/sqlite/series/active_users.sql");
                assertThat(v.millis()).as(id + ": one query, one time").isEqualTo(snap.get("wau").orElseThrow().millis());
                assertThat(s.sqlSource(id)).isEqualTo(v.sqlSource());
                plainValues.put(id, v.value());
            }
            assertThat(snap.get("churn_d30").orElseThrow().denominator()).as("churn keeps its numerator and denominator").isPositive();
            assertThat(snap.get("mau").orElseThrow().denominator()).as("a count is a value").isNull();
        }
        // the user's own mau file: mau leaves the shared query, wau and churn_d30 stay on it with the same values
        Path mau = tempDir.resolve(SqlCatalog.relativePath(Dialect.SQLITE, SqlCatalog.seriesName("mau")));
        Files.createDirectories(mau.getParent());
        Files.writeString(mau, "SELECT date(?1) AS day, 7 AS value WHERE ?1 = ?2\n");
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(DemoFixture.smallDemoUrl()), Map.of()); KpiService s = service(w, tempDir)) {
            KpiSnapshot snap = s.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none());
            assertThat(snap.get("mau").orElseThrow().value()).isEqualTo(7.0);
            assertThat(snap.get("mau").orElseThrow().sqlSource()).isEqualTo(mau.toString());
            assertThat(snap.get("wau").orElseThrow().value()).isEqualTo(plainValues.get("wau"));
            assertThat(snap.get("churn_d30").orElseThrow().value()).isEqualTo(plainValues.get("churn_d30"));
            assertThat(snap.get("churn_d30").orElseThrow().sqlSource()).endsWith("series/active_users.sql");
        }
        // the user's own shared file that lacks a column: its members fail with a sentence naming the column; dau is untouched
        Path shared = tempDir.resolve(SqlCatalog.relativePath(Dialect.SQLITE, SqlCatalog.seriesName("active_users")));
        Files.writeString(shared, "SELECT date(?1) AS day, 1 AS wau, 2 AS mau WHERE ?1 = ?2\n");
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(DemoFixture.smallDemoUrl()), Map.of()); KpiService s = service(w, tempDir)) {
            KpiSnapshot snap = s.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none());
            assertThat(snap.get("wau").orElseThrow().error()).isEqualTo("KPI 'wau' failed (SQL file " + shared + "): the query returns the "
                    + "columns [day, wau, mau]; expected a column churn_d30, or the columns churn_d30_numerator and churn_d30_denominator");
            assertThat(snap.get("churn_d30").orElseThrow().failed()).isTrue();
            assertThat(snap.get("mau").orElseThrow().value()).as("the user's mau file still wins").isEqualTo(7.0);
            assertThat(snap.get("dau").orElseThrow().failed()).isFalse();
        }
    }

    @Test
    void aSeriesOverrideWinsAndAnOlderSingleDayOverrideStillRunsOncePerDay() throws Exception {
        Path series = tempDir.resolve(SqlCatalog.relativePath(Dialect.SQLITE, SqlCatalog.seriesName("fear_greed")));
        Files.createDirectories(series.getParent());
        Files.writeString(series, "-- team override: twice the value\nSELECT day, 2 * value AS value FROM fear_greed WHERE day BETWEEN ? AND ?\n");
        Path single = tempDir.resolve(SqlCatalog.relativePath(Dialect.SQLITE, "dau_mau"));
        Files.writeString(single, "SELECT 0.5 AS value WHERE ? IS NOT NULL");
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(DemoFixture.smallDemoUrl()), Map.of()); KpiService s = service(w, tempDir)) {
            LocalDate day = DemoFixture.LAST_DAY;
            KpiService.Point fg = s.series("fear_greed", day, day, Cancellation.none()).get(0);
            try (KpiService plain = service(w, null)) {
                assertThat(fg.value().value()).isEqualTo(2 * plain.compute("fear_greed", day, Cancellation.none()).value());
            }
            assertThat(fg.value().sqlSource()).isEqualTo(series.toString());
            List<KpiService.Point> ratio = s.series("dau_mau", day.minusDays(2), day, Cancellation.none());
            assertThat(ratio).extracting(p -> p.value().value()).containsExactly(0.5, 0.5, 0.5);
            assertThat(ratio.get(0).value().sqlSource()).isEqualTo(single.toString());
        }
    }
}
