package io.liveops.console.experiment.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.liveops.console.experiment.core.stats.Decision.Recommendation;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's statistics, each against an independent source named at the assertion: GrowthBook's own test
 * values, mpmath at 40 digits, scipy, or a hand computation.
 */
class SequentialCorrectionsAndUndefinedTest {

    private final ExperimentAnalysis analysis = new ExperimentAnalysis();

    @Test
    void sequentialMatchesGrowthBooksPublishedTest() {
        // GrowthBook packages/stats/tests/frequentist/test_tests.py, TestSequentialTTest.test_sequential_test_runs_prop:
        // ProportionStatistic(sum=1396, n=3000) vs (sum=2422, n=3461), N* = 5000, alpha 0.05 → expected 0.50386, ci (0.40098, 0.60675), p 0.0
        ProportionTest t = ProportionTest.compare(new ArmCounts("control", 1396, 3000), new ArmCounts("variant", 2422, 3461), 0.05);
        Effect e = Effect.of(t, 0.05, SequentialTest.DEFAULT_N_STAR);
        assertThat(e.relative()).isCloseTo(0.50386, within(5e-6));
        assertThat(e.relativeCi().lower()).isCloseTo(0.40098, within(5e-6));
        assertThat(e.relativeCi().upper()).isCloseTo(0.60675, within(5e-6));
        // the same formulas evaluated in numpy (eq. 9 and 155 of arXiv 2103.06476v7) to full precision:
        // relative CI 0.4009784966859415 to 0.6067482066783576; absolute CI 0.19804879693925878 to 0.2708800290262618, p 6.300128463364596e-76
        assertThat(e.relativeCi().lower()).isCloseTo(0.4009784966859415, within(1e-12));
        assertThat(e.relativeCi().upper()).isCloseTo(0.6067482066783576, within(1e-12));
        assertThat(e.ci().lower()).isCloseTo(0.19804879693925878, within(1e-12));
        assertThat(e.ci().upper()).isCloseTo(0.2708800290262618, within(1e-12));
        assertThat(e.pValue()).isCloseTo(6.300128463364596e-76, within(1e-86));
    }

    @Test
    void sequentialIsWiderThanFixedAndAgreesWithItsOwnInterval() {
        // 450/1000 vs 520/1000, N* 5000 (numpy, same formulas): CI 0.00035303510609593913 to 0.13964696489390407, p 0.048149655568072006;
        // the fixed-horizon z-test gives p 0.0017 and CI 0.0263 to 0.1137
        var in = new ExperimentAnalysis.Input("x", "conversion", MetricKind.BINARY,
                List.of(new ArmCounts("control", 450, 1000), new ArmCounts("variant", 520, 1000)), null, 0.05, 100_000L, List.of())
                .withOptions(new ExperimentAnalysis.Options(Correction.HOLM, 5000.0, true));
        var r = analysis.analyze(in);
        var c = r.comparisons().get(0);
        assertThat(c.liftCi().lower()).isCloseTo(0.00035303510609593913, within(1e-12));
        assertThat(c.liftCi().upper()).isCloseTo(0.13964696489390407, within(1e-12));
        assertThat(c.rawP()).isCloseTo(0.048149655568072006, within(1e-12));
        // always valid: a plan of 100,000 per arm is no reason to wait (no peeking), so the winner is rolled out
        assertThat(r.peeking().early()).isFalse();
        assertThat(r.decision().recommendation()).isEqualTo(Recommendation.ROLLOUT);
        assertThat(r.decision().rule()).contains("always valid");
        assertThatThrownBy(() -> new ExperimentAnalysis.Options(Correction.HOLM, 0.0, true)).hasMessageContaining("N*");
    }

    @Test
    void benjaminiHochbergInInputOrder() {
        // the check, also R: p.adjust(c(.898,.138,.007,.964,.538,.006,.138), "BH")
        double[] bh = BenjaminiHochberg.adjust(new double[] {.898, .138, .007, .964, .538, .006, .138});
        assertThat(bh).containsExactly(new double[] {.964, .2415, .0245, .964, .7532, .0245, .2415}, within(1e-12));
        Double[] withUndefined = Correction.BH.adjust(new Double[] {0.01, null, 0.04});
        assertThat(withUndefined[1]).isNull();
        assertThat(withUndefined[0]).isCloseTo(0.02, within(1e-15));
        assertThat(withUndefined[2]).isCloseTo(0.04, within(1e-15));
        assertThat(Correction.NONE.adjust(new Double[] {0.2, 0.3})).containsExactly(0.2, 0.3);
        assertThat(Correction.parse("BH")).isEqualTo(Correction.BH);
        assertThatThrownBy(() -> Correction.parse("bonferroni")).hasMessage("The correction must be holm, bh or none, got 'bonferroni'.");
    }

    @Test
    void zeroVarianceInBothArmsIsUndefinedAndGivesNoVerdict() {
        // every user 4.0 vs every user 5.0, 10 users each: no sampling error to test against: p, t, CI undefined, no ROLLOUT
        var r = analysis.analyze(new ExperimentAnalysis.Input("x", "value", MetricKind.CONTINUOUS,
                List.of(new ArmMoments("control", 4, 0, 10), new ArmMoments("variant", 5, 0, 10)), new double[] {1, 1}, 0.05, null, List.of()));
        var c = r.comparisons().get(0);
        assertThat(c.rawP()).isNull();
        assertThat(c.adjustedP()).isNull();
        assertThat(c.liftCi()).isNull();
        assertThat(c.means().t()).isNull();
        assertThat(c.undefined()).isEqualTo("no variation in either arm");
        assertThat(c.significant()).isFalse();
        assertThat(r.decision().recommendation()).isEqualTo(Recommendation.CONTINUE_MONITORING);
        assertThat(r.decision().rule()).contains("undefined (no variation in either arm)");
        // the same with sequential inference
        var s = analysis.analyze(r.input().withOptions(new ExperimentAnalysis.Options(Correction.BH, 5000.0, true)));
        assertThat(s.comparisons().get(0).rawP()).isNull();
        assertThat(s.decision().recommendation()).isEqualTo(Recommendation.CONTINUE_MONITORING);
    }

    @Test
    void noOrAllConversionsInBothArmsAreUndefined() {
        for (long[] counts : new long[][] {{0, 500, 0, 400}, {500, 500, 400, 400}}) {
            var r = analysis.analyze(new ExperimentAnalysis.Input("x", "conversion", MetricKind.BINARY,
                    List.of(new ArmCounts("control", counts[0], counts[1]), new ArmCounts("variant", counts[2], counts[3])), null, 0.05, null, List.of()));
            var c = r.comparisons().get(0);
            assertThat(c.rawP()).isNull();
            assertThat(c.liftCi()).isNull();
            assertThat(c.undefined()).isIn("no conversions in either arm", "every user converted in both arms");
            assertThat(r.decision().recommendation()).isEqualTo(Recommendation.CONTINUE_MONITORING);
        }
    }

    @Test
    void correctionRunsAcrossMetricsAndVariantsAndClearSignalsNeedsEveryGoal() {
        // primary: p = 0.0017 (450/1000 vs 520/1000); a second goal metric flat (p = 1): Holm over 2 tests → 0.0035, 1.0;
        // the second goal does not win, so no ROLLOUT (Clear Signals: every goal must win)
        var primary = new ExperimentAnalysis.MetricData("converted", MetricKind.BINARY, ExperimentAnalysis.Role.GOAL,
                List.of(new ArmCounts("control", 450, 1000), new ArmCounts("variant", 520, 1000)), null);
        var flat = new ExperimentAnalysis.MetricData("retained", MetricKind.BINARY, ExperimentAnalysis.Role.GOAL,
                List.of(new ArmCounts("control", 300, 1000), new ArmCounts("variant", 300, 1000)), null);
        var in = new ExperimentAnalysis.Input("x", List.of(primary, flat), null, 0.05, null, List.of(), null, null);
        var r = analysis.analyze(in);
        assertThat(r.comparisons().get(0).adjustedP()).isCloseTo(2 * 0.0017367615559406655, within(1e-12));
        assertThat(r.metrics().get(1).comparisons().get(0).adjustedP()).isEqualTo(1.0);
        assertThat(r.decision().recommendation()).isEqualTo(Recommendation.CONTINUE_MONITORING);
        // the flat metric as a secondary: reported and corrected, but not a goal → ROLLOUT
        var secondary = new ExperimentAnalysis.MetricData("retained", MetricKind.BINARY, ExperimentAnalysis.Role.SECONDARY, flat.arms(), null);
        var r2 = analysis.analyze(new ExperimentAnalysis.Input("x", List.of(primary, secondary), null, 0.05, null, List.of(), null, null));
        assertThat(r2.decision().recommendation()).isEqualTo(Recommendation.ROLLOUT);
        assertThat(r2.decision().rule()).contains("Holm-adjusted p = 0.0035");
    }

    @Test
    void tinyPValuesAreWrittenAsLessThanNotEqualsLessThan() {
        assertThat(Format.pIs(0.0)).isEqualTo("< 1e-300");
        assertThat(Format.pIs(0.0017367615559406655)).isEqualTo("= 0.0017");
        var r = analysis.analyze(new ExperimentAnalysis.Input("x", "conversion", MetricKind.BINARY,
                List.of(new ArmCounts("control", 100, 100_000_000), new ArmCounts("variant", 5_000_000, 100_000_000)), null, 0.05, null, List.of()));
        assertThat(r.comparisons().get(0).adjustedP()).isEqualTo(0.0);
        assertThat(r.decision().rule()).contains("Holm-adjusted p < 1e-300").doesNotContain("= <");
    }

    @Test
    void tCriticalValuesToScipyPrecision() {
        // scipy.stats.t.ppf(0.975, df) and t.ppf(0.995, df); the solver runs to 1e-15, what remains (≤ ~1e-14 relative) is the
        // rounding of commons-math's t CDF itself; the default accuracy left errors up to 1.5e-9
        assertThat(StudentT.quantile(103.32673468008916, 0.975)).isCloseTo(1.9831896126830755, within(3e-14));
        assertThat(StudentT.quantile(3, 0.975)).isCloseTo(3.1824463052837078, within(3e-14));
        assertThat(StudentT.quantile(9, 0.995)).isCloseTo(3.249835541592126, within(3e-14));
        assertThat(StudentT.quantile(1.5, 0.995)).isCloseTo(17.820310514462804, within(2e-13));
        // at large df commons-math's t CDF is good to ~5e-14 relative, and so is the quantile
        assertThat(StudentT.quantile(999.5, 0.975)).isCloseTo(1.9623402703838457, within(2e-13));
    }
}
