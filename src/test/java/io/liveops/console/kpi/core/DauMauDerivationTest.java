package io.liveops.console.kpi.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full refresh derives dau_mau from dau and mau; it must equal what dau_mau.sql gives, and an override still wins. */
class DauMauDerivationTest {

    private static final Thresholds DEFAULTS = new ThresholdConfig(Path.of("no-user-config")).defaults();

    @TempDir
    Path config;

    @Test
    void derivedValueEqualsTheSqlFileOnEveryDay() {
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(DemoFixture.smallDemoUrl()), Map.of());
             KpiService s = new KpiService(w, new SqlCatalog(w.dialect(), null), () -> DEFAULTS, Duration.ofSeconds(30), Clock.systemUTC())) {
            for (int back : new int[] {0, 3, 29, 60}) {
                LocalDate day = DemoFixture.LAST_DAY.minusDays(back);
                KpiValue derived = s.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none()).get("dau_mau").orElseThrow();
                KpiValue fromFile = s.compute("dau_mau", day, Cancellation.none());
                assertThat(derived.value()).as(day.toString()).isEqualTo(fromFile.value());
                assertThat(derived.sqlSource()).startsWith("dau / mau");
            }
        }
    }

    @Test
    void anOverriddenDauMauFileIsRunInsteadOfDerived() throws Exception {
        Path override = config.resolve(SqlCatalog.relativePath(Dialect.SQLITE, "dau_mau"));
        Files.createDirectories(override.getParent());
        Files.writeString(override, "SELECT 0.5 AS value WHERE ? IS NOT NULL");
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(DemoFixture.smallDemoUrl()), Map.of());
             KpiService s = new KpiService(w, new SqlCatalog(w.dialect(), config), () -> DEFAULTS, Duration.ofSeconds(30), Clock.systemUTC())) {
            KpiValue v = s.refresh(DemoFixture.LAST_DAY, BackgroundTask.Progress.NONE, Cancellation.none()).get("dau_mau").orElseThrow();
            assertThat(v.value()).isEqualTo(0.5);
            assertThat(v.sqlSource()).isEqualTo(override.toString());
        }
    }
}
