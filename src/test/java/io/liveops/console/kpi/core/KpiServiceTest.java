package io.liveops.console.kpi.core;

import io.liveops.console.shared.Status;
import io.liveops.console.testkit.HandBuiltWarehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.testkit.WarehouseFixture;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiServiceTest {

    private static final Instant NOW = Instant.parse("2025-11-21T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path tempDir;

    private final Thresholds defaults = new ThresholdConfig(Path.of("does-not-exist")).defaults();

    private KpiService service(Warehouse w, Path overrideRoot) {
        return new KpiService(w, new SqlCatalog(w.dialect(), overrideRoot), () -> defaults, Duration.ofSeconds(20), CLOCK);
    }

    @Test
    void aMissingTableFailsOnlyItsKpiAndNamesKpiFileAndReason() {
        WarehouseFixture f = WarehouseFixture.create(Dialect.SQLITE, tempDir);
        HandBuiltWarehouse.load(f);
        f.execute("DROP TABLE nps_responses").close();
        try (Warehouse w = f.open(); KpiService service = service(w, null)) {
            List<Double> progress = new ArrayList<>();
            KpiSnapshot s = service.refresh(HandBuiltWarehouse.D, (fraction, message) -> progress.add(fraction), Cancellation.none());

            KpiValue nps = s.get("nps_30d").orElseThrow();
            assertThat(nps.status()).isEqualTo(Status.UNKNOWN);
            assertThat(nps.value()).isNull();
            assertThat(nps.error()).contains("nps_30d").contains("sql/warehouse/sqlite/series/nps_30d.sql").contains("no such table: nps_responses");
            assertThat(s.failures()).extracting(KpiValue::id).containsExactly("nps_30d");
            assertThat(s.allFailed()).isFalse();
            assertThat(s.get("dau").orElseThrow().value()).isEqualTo(4.0);
            // statuses from the default thresholds: crash-free 0.8 < 0.97, SLA 0.5 < 0.80, discord 1234 >= 1000, fraud 3 < 5
            assertThat(s.get("crash_free_rate").orElseThrow().status()).isEqualTo(Status.CRITICAL);
            assertThat(s.get("support_sla_met_7d").orElseThrow().status()).isEqualTo(Status.CRITICAL);
            assertThat(s.get("discord_dau").orElseThrow().status()).isEqualTo(Status.OK);
            assertThat(s.get("fraud_flags_24h").orElseThrow().status()).isEqualTo(Status.OK);
            // 55000/50000 - 1 is 0.10000000000000009 in doubles, so it is (just) beyond the +10 % critical limit; SOL has no threshold
            assertThat(s.get("watch_change_24h:BTC").orElseThrow().status()).isEqualTo(Status.CRITICAL);
            assertThat(s.get("watch_change_24h:SOL").orElseThrow().status()).isEqualTo(Status.OK);
            assertThat(s.get("watch_change_24h:ETH").orElseThrow().status()).isEqualTo(Status.UNKNOWN);
            assertThat(s.asOf()).isEqualTo(HandBuiltWarehouse.D);
            assertThat(s.dialect()).isEqualTo(Dialect.SQLITE);
            assertThat(s.computedAt()).isEqualTo(NOW);
            assertThat(s.get("dau").orElseThrow().sqlSource()).isEqualTo("sql/warehouse/sqlite/series/daily_visitors.sql");
            assertThat(progress).last().isEqualTo(1.0);
            assertThat(progress).isSorted();
        }
    }

    @Test
    void anUnreachableWarehouseStillGivesASnapshot() {
        Path missing = tempDir.resolve("no-such-warehouse.db");
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl("jdbc:sqlite:" + missing), Map.of());
             KpiService service = service(w, null)) {
            KpiSnapshot s = service.refresh(HandBuiltWarehouse.D, BackgroundTask.Progress.NONE, Cancellation.none());
            assertThat(s.allFailed()).isTrue();
            assertThat(s.values()).hasSize(KpiCatalog.standard().all().size());
            assertThat(s.values()).allSatisfy(v -> {
                assertThat(v.status()).isEqualTo(Status.UNKNOWN);
                assertThat(v.error()).contains(v.id()).contains(".sql");
            });
            assertThat(Files.exists(missing)).as("a read-only warehouse never creates the file").isFalse();
        }
    }

    @Test
    void aUserOverrideReplacesTheShippedSql() throws Exception {
        WarehouseFixture f = WarehouseFixture.create(Dialect.SQLITE, tempDir);
        HandBuiltWarehouse.load(f);
        f.close();
        Path override = tempDir.resolve("config").resolve(SqlCatalog.relativePath(Dialect.SQLITE, "fear_greed"));
        Files.createDirectories(override.getParent());
        Files.writeString(override, "-- team override: yesterday's value\nSELECT value AS value FROM fear_greed WHERE day = date(?, '-1 day');\n");
        try (Warehouse w = f.open(); KpiService service = service(w, tempDir.resolve("config"))) {
            KpiValue v = service.compute("fear_greed", HandBuiltWarehouse.D, Cancellation.none());
            assertThat(v.value()).isEqualTo(25.0);
            assertThat(v.sqlSource()).isEqualTo(override.toString());
        }
    }

    @Test
    void aQueryWithoutTheConventionalColumnsIsAnError() throws Exception {
        WarehouseFixture f = WarehouseFixture.create(Dialect.SQLITE, tempDir);
        f.close();
        Path override = tempDir.resolve("config").resolve(SqlCatalog.relativePath(Dialect.SQLITE, "dau"));
        Files.createDirectories(override.getParent());
        Files.writeString(override, "SELECT COUNT(*) AS n FROM sessions WHERE started_at >= ?;\n");
        try (Warehouse w = f.open(); KpiService service = service(w, tempDir.resolve("config"))) {
            KpiValue v = service.compute("dau", HandBuiltWarehouse.D, Cancellation.none());
            assertThat(v.error()).contains("dau").contains(override.toString()).contains("expected a column value");
            assertThatThrownBy(() -> service.trend("dau", HandBuiltWarehouse.D, 2, Cancellation.none()))
                    .isInstanceOf(WarehouseException.class).hasMessageContaining("dau");
        }
    }

    @Test
    void textInANumericColumnMakesThatDayAnErrorNamingColumnCountAndDay() {
        WarehouseFixture f = WarehouseFixture.create(Dialect.SQLITE, tempDir);
        HandBuiltWarehouse.load(f);
        for (int i = 0; i < 3; i++) {
            f.row("api_requests", "request_id", 9000 + i, "occurred_at", WarehouseFixture.ts("2025-11-20 12:00:0" + i), "route", "/api",
                    "latency_ms", "slow", "status_code", 200);
        }
        f.row("subscriptions", "subscription_id", 9000, "user_id", 1, "plan", "pro", "started_at", WarehouseFixture.ts("2025-11-01 00:00:00"),
                "monthly_price_usd", "free");
        f.close();
        try (Warehouse w = f.open(); KpiService service = service(w, null)) {
            KpiSnapshot s = service.refresh(HandBuiltWarehouse.D, BackgroundTask.Progress.NONE, Cancellation.none());
            KpiValue p95 = s.get("p95_latency_ms").orElseThrow();
            assertThat(p95.value()).isNull();
            assertThat(p95.status()).isEqualTo(Status.UNKNOWN);
            assertThat(p95.error()).contains("p95_latency_ms").contains("api_requests.latency_ms holds 3 non-numeric values on 2025-11-20");
            assertThat(s.get("mrr_usd").orElseThrow().error())
                    .contains("subscriptions.monthly_price_usd holds 1 non-numeric value on 2025-11-20");
            assertThat(s.get("dau").orElseThrow().value()).isEqualTo(4.0);
            // the day before has no text in its requests: it keeps its value
            KpiValue before = service.compute("p95_latency_ms", HandBuiltWarehouse.TIES_DAY, Cancellation.none());
            assertThat(before.error()).isNull();
            assertThat(before.value()).isNotNull();
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60) // a guard against a hang, not a speed target: the limit below is 2 s
    void aQueryPastItsTimeLimitIsStoppedOnSqliteAndTheOtherKpisStillLoad() throws Exception {
        WarehouseFixture f = WarehouseFixture.create(Dialect.SQLITE, tempDir);
        HandBuiltWarehouse.load(f);
        f.close();
        Path override = tempDir.resolve("config").resolve(SqlCatalog.relativePath(Dialect.SQLITE, SqlCatalog.seriesName("dau")));
        Files.createDirectories(override.getParent());
        // counts to ten billion: minutes of work that only an interrupt stops
        Files.writeString(override, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) "
                + "SELECT date(?) AS day, COUNT(*) AS value FROM n WHERE ? IS NOT NULL\n");
        try (Warehouse w = f.open();
             KpiService service = new KpiService(w, new SqlCatalog(w.dialect(), tempDir.resolve("config")), () -> defaults,
                     Duration.ofSeconds(2), CLOCK)) {
            KpiSnapshot s = service.refresh(HandBuiltWarehouse.D, BackgroundTask.Progress.NONE, Cancellation.none());
            KpiValue dau = s.get("dau").orElseThrow();
            assertThat(dau.value()).isNull();
            assertThat(dau.error()).startsWith("dau ran past its 2 s limit and was stopped").contains(override.toString());
            // dau_mau is dau / mau: it fails with dau, the others still load
            assertThat(s.failures()).extracting(KpiValue::id).containsExactly("dau", "dau_mau");
            assertThat(s.get("dau_mau").orElseThrow().error()).contains("dau ran past its 2 s limit");
            assertThat(s.get("wau").orElseThrow().value()).isNotNull();
        }
    }

    @Test
    void unknownIdsAndCancellationAreRefused() {
        WarehouseFixture f = WarehouseFixture.create(Dialect.SQLITE, tempDir);
        f.close();
        try (Warehouse w = f.open(); KpiService service = service(w, null)) {
            assertThatThrownBy(() -> service.compute("daus", HandBuiltWarehouse.D, Cancellation.none()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown KPI id 'daus'");
            assertThatThrownBy(() -> service.compute("watch_change_24h", HandBuiltWarehouse.D, Cancellation.none()))
                    .hasMessageContaining("watch_change_24h:<KEY>");
            assertThatThrownBy(() -> service.trend("dau", HandBuiltWarehouse.D, 0, Cancellation.none()))
                    .hasMessageContaining("at least one day");
            Cancellation cancelled = new Cancellation();
            cancelled.cancel();
            assertThatThrownBy(() -> service.refresh(HandBuiltWarehouse.D, BackgroundTask.Progress.NONE, cancelled))
                    .isInstanceOf(Cancellation.CancelledException.class);
            // a symbol absent from the warehouse has no value rather than an error
            KpiValue none = service.compute("watch_change_24h:XRP", HandBuiltWarehouse.D, Cancellation.none());
            assertThat(none.error()).isNull();
            assertThat(none.value()).isNull();
            assertThat(none.status()).isEqualTo(Status.UNKNOWN);
        }
    }
}
