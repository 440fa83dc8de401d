package io.liveops.console.kpi.core;
import io.liveops.console.alert.core.AlertHistoryRepository;

import io.liveops.console.shared.Status;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.alert.core.Alert;
import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.warehouse.Dialect;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KPI statuses to alerts: worse raises once, staying raises nothing, recovery is quiet, failures are neither. */
class KpiAlertRulesTest {

    private static final KpiDefinition DAU = KpiCatalog.standard().byId("dau").orElseThrow();
    private static final Thresholds THRESHOLDS = Thresholds.none().with("dau", Threshold.higherIsBetter(1000, 800, 500));

    @TempDir
    Path temp;

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00Z");
    private StateStore state;
    private KpiAlertRules rules;

    @BeforeEach
    void setUp() {
        state = StateStore.openSqlite(temp.resolve("state.db"), clock);
        rules = new KpiAlertRules(new AlertCenter(new AlertHistoryRepository(state), clock));
    }

    @AfterEach
    void tearDown() {
        state.close();
    }

    private static List<KpiReading> snapshot(Double value, String error) {
        Status status = error != null ? Status.UNKNOWN : THRESHOLDS.statusOf("dau", value);
        KpiValue v = new KpiValue("dau", DAU, value, status, error, "sql/warehouse/sqlite/series/dau.sql", 3);
        KpiSnapshot s = new KpiSnapshot(LocalDate.of(2025, 11, 20), Dialect.SQLITE, List.of(v), java.time.Instant.EPOCH, 3);
        return new KpiReadModel(new KpiFormat(Locale.US)).readings(s, null, false, THRESHOLDS);
    }

    @Test
    void aKpiThatGetsWorseRaisesOnceAndItsRecoveryIsAQuietEntry() {
        assertThat(rules.evaluate(snapshot(1200.0, null))).isEmpty();

        List<Alert> raised = rules.evaluate(snapshot(450.0, null));
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.RAISED);
            assertThat(a.source()).isEqualTo(KpiAlertRules.SOURCE);
            assertThat(a.key()).isEqualTo("dau");
            assertThat(a.title()).isEqualTo("DAU: ok → critical");
            assertThat(a.detail()).isEqualTo("Value 450 on 2025-11-20 · target 1,000 · warning below 800 · critical below 500");
            assertThat(a.toastWorthy()).isTrue();
        });
        assertThat(rules.evaluate(snapshot(400.0, null))).as("still critical").isEmpty();
        assertThat(rules.evaluate(snapshot(null, "KPI 'dau' failed"))).as("a failed query neither raises nor recovers").isEmpty();

        List<Alert> recovered = rules.evaluate(snapshot(1100.0, null));
        assertThat(recovered).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.RECOVERED);
            assertThat(a.title()).isEqualTo("DAU: critical → ok");
            assertThat(a.toastWorthy()).isFalse();
        });
    }
}
