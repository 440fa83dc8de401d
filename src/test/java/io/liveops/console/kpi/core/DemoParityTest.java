package io.liveops.console.kpi.core;

import org.junit.jupiter.api.Tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo warehouse on SQLite and on the real PostgreSQL server gives the same KPI JSON, day by day. */
@Tag("postgres")
class DemoParityTest {

    private static final Thresholds DEFAULTS = new ThresholdConfig(java.nio.file.Path.of("no-user-config")).defaults();

    private static String json(String url, LocalDate day) {
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(url), Map.of());
             KpiService s = new KpiService(w, new SqlCatalog(w.dialect(), null), () -> DEFAULTS, Duration.ofSeconds(60),
                     Clock.systemUTC())) {
            KpiSnapshot snap = s.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none());
            assertThat(snap.failures()).as("failures on " + url).isEmpty();
            return KpiReport.jsonText(snap);
        }
    }

    @ParameterizedTest(name = "{0} days before the last day")
    @ValueSource(ints = {0, 1, 7, 30, 45, 74})
    void sqliteAndPostgresAgreeExactly(int daysBack) {
        LocalDate day = DemoFixture.LAST_DAY.minusDays(daysBack);
        String sqlite = json(DemoFixture.smallDemoUrl(), day);
        String postgres = json(DemoFixture.smallDemoPostgresUrl(), day);
        assertThat(postgres.replace("\"dialect\":\"postgresql\"", "\"dialect\":\"sqlite\"")).isEqualTo(sqlite);
    }
}
