package io.liveops.console.experiment.core;

import io.liveops.console.testkit.ExperimentFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liveops.console.background.Cancellation;
import io.liveops.console.experiment.core.stats.ArmCounts;
import io.liveops.console.experiment.core.stats.ArmMoments;
import io.liveops.console.experiment.core.stats.Decision.Recommendation;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.Guardrail;
import io.liveops.console.experiment.core.stats.InvalidInputException;
import io.liveops.console.testkit.PostgresTestServer;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse side of experiments, on SQLite and on a real PostgreSQL with the same fixture. */
class ExperimentServiceTest {

    @TempDir
    Path dir;

    @Test
    void sqliteWarehouse() throws Exception {
        checkAll(ExperimentFixture.sqlite(dir));
    }

    @Test
    void postgresqlWarehouseGivesTheSameNumbers() throws Exception {
        String url = PostgresTestServer.createDatabase();
        try (Connection c = DriverManager.getConnection(url)) {
            ExperimentFixture.load(c, "postgresql", false);
        }
        checkAll(url);
    }

    private void checkAll(String url) {
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(url), Map.of())) {
            ExperimentService service = new ExperimentService(w, new SqlCatalog(Dialect.fromJdbcUrl(url), null), Duration.ofSeconds(20));
            Cancellation none = Cancellation.none();
            ExperimentAnalysis analysis = new ExperimentAnalysis();

            assertThat(service.list(none)).extracting(ExperimentService.ExperimentInfo::id)
                    .containsExactly("xp-one", "xp-crash", "xp-srm-bad", "xp-srm", "xp-flat", "xp-win");
            assertThat(service.find("xp-win", none).orElseThrow().startedOn()).hasToString("2026-10-20");
            assertThat(service.metrics("xp-win", none)).containsExactly("converted", "session_crash");
            assertThat(service.kindOf("xp-win", "converted", none)).isEqualTo(MetricKind.BINARY);
            assertThat(service.kindOf("xp-flat", "revenue_usd", none)).isEqualTo(MetricKind.CONTINUOUS);
            // 7 days with 100..160 distinct users: mean 130
            assertThat(service.dailyTraffic(none).orElseThrow()).isCloseTo(130.0, within(1e-9));

            // the winner: duplicate conversion events count once per user
            var win = service.load("xp-win", 0.05, null, null, List.of(GuardrailSpec.sessionCrash()), none);
            assertThat(win.input().arms()).containsExactly(new ArmCounts("control", 450, 1000), new ArmCounts("variant", 520, 1000));
            assertThat(win.input().guardrails()).singleElement().extracting(Guardrail::arms)
                    .isEqualTo(List.of(new ArmCounts("control", 20, 1000), new ArmCounts("variant", 22, 1000)));
            var winResult = analysis.analyze(win.input());
            assertThat(winResult.comparisons().get(0).rawP()).isCloseTo(0.0017367615559406655, within(1e-9));
            assertThat(winResult.decision().recommendation()).isEqualTo(Recommendation.ROLLOUT);
            // crashes 2.0 % → 2.2 %: worse than the tolerated 0 but not significantly (CI spans 0) → AT_RISK, which does not block
            assertThat(winResult.guardrails()).singleElement().extracting(Guardrail.Result::status).isEqualTo(Guardrail.Status.AT_RISK);

            // the flat test: per-user sums i % 10 (two events each) → mean 4.5, sd 2.8737185 (numpy std ddof=1), identical arms
            var flat = service.load("xp-flat", 0.05, null, null, List.of(GuardrailSpec.sessionCrash()), none);
            ArmMoments fc = (ArmMoments) flat.input().arms().get(0);
            assertThat(fc.mean()).isCloseTo(4.5, within(1e-9));
            assertThat(fc.sd()).isCloseTo(2.8737185419345193, within(1e-9));
            assertThat(fc.n()).isEqualTo(1000);
            assertThat(flat.input().guardrails()).isEmpty(); // no session_crash events recorded for it
            var flatResult = analysis.analyze(flat.input());
            assertThat(flatResult.comparisons().get(0).rawP()).isEqualTo(1.0);
            assertThat(flatResult.decision().recommendation()).isEqualTo(Recommendation.CONTINUE_MONITORING);

            // 500 vs 600 users: χ² = 9.0909, p = 0.00257 (scipy) → below alarm; 500 vs 700: χ² = 33.33, p = 7.7e-9 → flagged
            var mild = analysis.analyze(service.load("xp-srm", 0.05, null, null, List.of(), none).input());
            assertThat(mild.srm().chiSquare()).isCloseTo(9.090909090909092, within(1e-9));
            assertThat(mild.srm().mismatch()).isFalse();
            var bad = analysis.analyze(service.load("xp-srm-bad", 0.05, null, null, List.of(GuardrailSpec.sessionCrash()), none).input());
            assertThat(bad.srm().mismatch()).isTrue();
            assertThat(bad.decision().recommendation()).isEqualTo(Recommendation.CONTINUE_MONITORING);
            assertThat(bad.decision().rule()).startsWith("Sample-ratio mismatch").contains("must not be trusted");

            // a winner that crashes more: 20/1000 → 80/1000, CI of the change far above 0 → ROLLBACK
            var crash = analysis.analyze(service.load("xp-crash", 0.05, null, null, List.of(GuardrailSpec.sessionCrash()), none).input());
            assertThat(crash.guardrails().get(0).status()).isEqualTo(Guardrail.Status.DEGRADED);
            assertThat(crash.decision().recommendation()).isEqualTo(Recommendation.ROLLBACK);
            assertThat(crash.decision().rule()).contains("session_crash");

            assertThatThrownBy(() -> service.load("nope", 0.05, null, null, List.of(), none)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("There is no experiment 'nope' in the warehouse.");
            assertThatThrownBy(() -> service.load("xp-one", 0.05, null, null, List.of(), none)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("only one arm ('control')");
        }
    }
}
