package io.liveops.console.experiment.core;

import io.liveops.console.testkit.ExperimentFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liveops.console.background.Cancellation;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse side of experiments, on SQLite and on a real PostgreSQL with the same fixture. */
@Tag("postgres")
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
            ExperimentQueries queries = new ExperimentQueries(w, new SqlCatalog(Dialect.fromJdbcUrl(url), null), Duration.ofSeconds(20));
            ExperimentService service = ExperimentService.over(queries);
            Cancellation none = Cancellation.none();
            ExperimentAnalysis analysis = new ExperimentAnalysis();

            List<ExperimentSummary> list = service.list(java.time.LocalDate.of(2026, 11, 30), none);
            assertThat(list).extracting(s -> s.info().id())
                    .containsExactly("xp-cuped", "xp-one", "xp-crash", "xp-srm-bad", "xp-srm", "xp-flat", "xp-win");
            ExperimentSummary badSplit = list.stream().filter(s -> s.info().id().equals("xp-srm-bad")).findFirst().orElseThrow();
            assertThat(badSplit.arms()).containsExactly(new ExperimentSummary.ArmSize("control", 500), new ExperimentSummary.ArmSize("variant", 700));
            assertThat(badSplit.srm().mismatch()).isTrue();
            assertThat(badSplit.running()).isTrue();
            assertThat(list.stream().filter(s -> s.info().id().equals("xp-one")).findFirst().orElseThrow().srm()).isNull();
            assertThat(service.find("xp-win", none).orElseThrow().startedOn()).hasToString("2026-10-20");
            assertThat(queries.metrics("xp-win", none)).containsExactly(new ExperimentQueries.MetricInfo("converted", MetricKind.BINARY),
                    new ExperimentQueries.MetricInfo("session_crash", MetricKind.BINARY));
            assertThat(queries.metrics("xp-flat", none)).containsExactly(new ExperimentQueries.MetricInfo("revenue_usd", MetricKind.CONTINUOUS));
            // 7 days with 100..160 distinct users: mean 130
            assertThat(service.dailyTraffic(none).orElseThrow()).isCloseTo(130.0, within(1e-9));

            // the winner: duplicate conversion events count once per user
            var win = load(service, "xp-win", List.of(GuardrailSpec.sessionCrash()));
            assertThat(win.input().arms()).containsExactly(new ArmCounts("control", 450, 1000), new ArmCounts("variant", 520, 1000));
            assertThat(win.input().guardrails()).singleElement().extracting(Guardrail::arms)
                    .isEqualTo(List.of(new ArmCounts("control", 20, 1000), new ArmCounts("variant", 22, 1000)));
            var winResult = analysis.analyze(win.input());
            assertThat(winResult.comparisons().get(0).rawP()).isCloseTo(0.0017367615559406655, within(1e-9));
            assertThat(winResult.decision().recommendation()).isEqualTo(Recommendation.ROLLOUT);
            // crashes 2.0 % → 2.2 %: worse than the tolerated 0 but not significantly (CI spans 0) → AT_RISK, which does not block
            assertThat(winResult.guardrails()).singleElement().extracting(Guardrail.Result::status).isEqualTo(Guardrail.Status.AT_RISK);

            // the flat test: per-user sums i % 10 (two events each) → mean 4.5, sd 2.8737185 (numpy std ddof=1), identical arms
            var flat = load(service, "xp-flat", List.of(GuardrailSpec.sessionCrash()));
            ArmMoments fc = (ArmMoments) flat.input().arms().get(0);
            assertThat(fc.mean()).isCloseTo(4.5, within(1e-9));
            assertThat(fc.sd()).isCloseTo(2.8737185419345193, within(1e-9));
            assertThat(fc.n()).isEqualTo(1000);
            assertThat(flat.input().guardrails()).isEmpty(); // no session_crash events recorded for it
            var flatResult = analysis.analyze(flat.input());
            assertThat(flatResult.comparisons().get(0).rawP()).isEqualTo(1.0);
            assertThat(flatResult.metrics()).hasSize(1); // no pre-exposure events: no CUPED
            assertThat(flatResult.metrics().get(0).cuped()).isNull();
            assertThat(flatResult.decision().recommendation()).isEqualTo(Recommendation.CONTINUE_MONITORING);

            // 500 vs 600 users: χ² = 9.0909, p = 0.00257 (scipy) → below alarm; 500 vs 700: χ² = 33.33, p = 7.7e-9 → flagged
            var mild = analysis.analyze(load(service, "xp-srm", List.of()).input());
            assertThat(mild.srm().chiSquare()).isCloseTo(9.090909090909092, within(1e-9));
            assertThat(mild.srm().mismatch()).isFalse();
            var bad = analysis.analyze(load(service, "xp-srm-bad", List.of(GuardrailSpec.sessionCrash())).input());
            assertThat(bad.srm().mismatch()).isTrue();
            assertThat(bad.decision().recommendation()).isEqualTo(Recommendation.CONTINUE_MONITORING);
            assertThat(bad.decision().rule()).startsWith("Sample-ratio mismatch").contains("must not be trusted");

            // a winner that crashes more: 20/1000 → 80/1000, CI of the change far above 0 → ROLLBACK
            var crash = analysis.analyze(load(service, "xp-crash", List.of(GuardrailSpec.sessionCrash())).input());
            assertThat(crash.guardrails().get(0).status()).isEqualTo(Guardrail.Status.DEGRADED);
            assertThat(crash.decision().recommendation()).isEqualTo(Recommendation.ROLLBACK);
            assertThat(crash.decision().rule()).contains("session_crash");

            assertThatThrownBy(() -> load(service, "nope", List.of())).isInstanceOf(InvalidInputException.class)
                    .hasMessage("There is no experiment 'nope' in the warehouse.");
            assertThatThrownBy(() -> load(service, "xp-one", List.of())).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("only one arm ('control')");
            // a typo in a guardrail is refused, naming the experiment's metrics (it used to be dropped and turn ROLLBACK into ROLLOUT)
            assertThatThrownBy(() -> load(service, "xp-crash", List.of(GuardrailSpec.parse("session_crashh:lower:0"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Guardrail session_crashh is not a metric of experiment 'xp-crash'; its metrics are converted, session_crash.");

            checkCuped(service);
        }
    }

    /**
     * xp-cuped (see ExperimentFixture): 8 users per arm, pre-exposure revenue x and post-exposure revenue y per user:
     * control x = 1..8, y = x + (0.5, −0.5, …); variant the same x, y one higher. Expected values from numpy/scipy over the 16 users
     * (X, Y all users; ac, av the adjusted values y − θ·(x − X.mean())):
     * θ = np.cov(X, Y)[0, 1] / np.var(X, ddof=1) = 0.9523809524; adjusted means 4.5 and 5.5; np.std(ac, ddof=1) = 0.5216405310;
     * scipy.stats.ttest_ind(av, ac, equal_var=False): t = 3.8340579025, p = 0.0018239970; unadjusted ttest_ind(yv, yc) p = 0.4168366748;
     * variance reduction 1 − SE²adjusted/SE² = 0.9523809524; the exposures span 2 days, so 2·r/(1 − r) = 40 extra days.
     * A pre-exposure event 20 days before exposure (value 100) lies outside the 14-day window and must not count.
     */
    private void checkCuped(ExperimentService service) {
        var r = service.analyze(new ExperimentService.Request("xp-cuped", 0.05, null, null, List.of(), null), Cancellation.none());
        var m = r.metrics().get(0);
        assertThat(m.data().metric()).isEqualTo("revenue_usd");
        assertThat(m.cuped()).isNotNull();
        assertThat(m.cuped().theta()).isCloseTo(0.9523809523809524, within(1e-12));
        assertThat(m.cuped().adjustedArms().get(0).mean()).isCloseTo(4.5, within(1e-12));
        assertThat(m.cuped().adjustedArms().get(1).mean()).isCloseTo(5.5, within(1e-12));
        assertThat(m.cuped().adjustedArms().get(0).sd()).isCloseTo(0.5216405309573011, within(1e-12));
        var c = r.comparisons().get(0);
        assertThat(c.unadjustedLift()).isCloseTo(1.0, within(1e-12));
        assertThat(c.lift()).isCloseTo(1.0, within(1e-12));
        assertThat(c.cuped().varianceReduction()).isCloseTo(0.9523809523809523, within(1e-12));
        assertThat(c.cuped().extraDays()).isCloseTo(40.0, within(1e-9));
        assertThat(c.cuped().adjusted().t()).isCloseTo(3.834057902536163, within(1e-9));
        assertThat(c.rawP()).isCloseTo(0.0018239969601156, within(1e-12));
        // unadjusted: not significant; CUPED makes the same data significant
        assertThat(c.cuped().unadjusted().pValue()).isCloseTo(0.41683667475425207, within(1e-12));
        assertThat(r.decision().recommendation()).isEqualTo(Recommendation.ROLLOUT);
        // turned off: the unadjusted Welch test decides
        var off = service.analyze(new ExperimentService.Request("xp-cuped", 0.05, null, null, List.of(),
                new ExperimentAnalysis.Options(io.liveops.console.experiment.core.stats.Correction.HOLM, null, false)), Cancellation.none());
        assertThat(off.metrics().get(0).cuped()).isNull();
        assertThat(off.comparisons().get(0).rawP()).isCloseTo(0.41683667475425207, within(1e-12));
    }

    private static ExperimentService.Loaded load(ExperimentService service, String id, List<GuardrailSpec> rails) {
        return service.load(new ExperimentService.Request(id, 0.05, null, null, rails, null), Cancellation.none());
    }
}
