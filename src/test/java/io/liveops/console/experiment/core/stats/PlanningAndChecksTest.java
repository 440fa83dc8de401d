package io.liveops.console.experiment.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Sample sizes from n = (z₁₋α/₂·√(2p̄q̄) + z₁₋β·√(p₁q₁+p₂q₂))² / (p₁−p₂)², evaluated in Python with
 * scipy.stats.norm.ppf for the z values; SRM from scipy.stats.chisquare; Holm by hand; the Bayesian
 * chance from Evan Miller's closed-form sum evaluated with mpmath at 40 digits (mp.dps = 40, mpmath.beta),
 * cross-checked by scipy.integrate.quad of beta.pdf·beta.cdf and 4 million Monte-Carlo draws.
 */
class PlanningAndChecksTest {

    @Test
    void sampleSizeForTwoProportions() {
        // 0.45 → 0.47, α 0.05, power 0.8: z = 1.959964, 0.841621; p̄ = 0.46;
        // n = (1.959964·√(2·0.46·0.54) + 0.841621·√(0.2475 + 0.2491))² / 0.02² = 9747.13 → 9748
        SampleSize s = SampleSize.proportions(0.45, 0.02, false, 0.05, 0.8, 2);
        assertThat(s.perArm()).isEqualTo(9748);
        assertThat(s.total()).isEqualTo(19496);
        assertThat(s.target()).isCloseTo(0.47, within(1e-12));
    }

    @Test
    void alphaOneHundredthPowerNinetyRelativeTinyAndArms() {
        // α 0.01 (z 2.575829): 14503.84 → 14504
        assertThat(SampleSize.proportions(0.45, 0.02, false, 0.01, 0.8, 2).perArm()).isEqualTo(14504);
        // power 0.9 (z 1.281552): 13048.14 → 13049
        assertThat(SampleSize.proportions(0.45, 0.02, false, 0.05, 0.9, 2).perArm()).isEqualTo(13049);
        // relative 2 %: p₂ = 0.459: 48047.48 → 48048
        assertThat(SampleSize.proportions(0.45, 0.02, true, 0.05, 0.8, 2).perArm()).isEqualTo(48048);
        // tiny MDE 0.0001: 388527390.63 → 388527391
        assertThat(SampleSize.proportions(0.45, 0.0001, false, 0.05, 0.8, 2).perArm()).isEqualTo(388_527_391L);
        // 3 arms: α/2 = 0.025 per comparison (z 2.241403): 11803.96 → 11804 per arm, 35412 in all
        SampleSize three = SampleSize.proportions(0.45, 0.02, false, 0.05, 0.8, 3);
        assertThat(three.perArm()).isEqualTo(11804);
        assertThat(three.total()).isEqualTo(35412);
        // published textbook case 10 % → 12 %, α 0.05, power 0.8: 3840.85 → 3841
        assertThat(SampleSize.proportions(0.10, 0.02, false, 0.05, 0.8, 2).perArm()).isEqualTo(3841);
    }

    @Test
    void sampleSizeForMeansAndDuration() {
        // σ 10, δ 1: n = 2·100·(1.959964 + 0.841621)² = 1569.78 → 1570
        SampleSize s = SampleSize.means(5, 10, 1, 0.05, 0.8, 2);
        assertThat(s.perArm()).isEqualTo(1570);
        assertThat(s.days(1000)).isEqualTo(4); // 3140 users / 1000 a day → 3.14 → 4 days
        // the plan's own size gives (just over) the planned power
        assertThat(s.powerAt(s.perArm())).isCloseTo(0.8, within(0.001));
        var curve = s.powerCurve(1000, 8);
        assertThat(curve).hasSize(8);
        assertThat(curve.get(0).perArm()).isEqualTo(500);
        assertThat(curve.get(7).power()).isGreaterThan(curve.get(0).power());
    }

    @Test
    void proportionsPowerInvertsTheFormula() {
        SampleSize s = SampleSize.proportions(0.45, 0.02, false, 0.05, 0.8, 2);
        assertThat(s.powerAt(9747.129610232658)).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void badPlanningInputsAreRefused() {
        assertThatThrownBy(() -> SampleSize.proportions(0.45, 0, false, 0.05, 0.8, 2))
                .hasMessage("The minimum detectable effect cannot be 0: no sample size detects a zero effect.");
        assertThatThrownBy(() -> SampleSize.proportions(1.2, 0.02, false, 0.05, 0.8, 2)).hasMessageContaining("The baseline rate must be between 0 and 1");
        assertThatThrownBy(() -> SampleSize.proportions(0.45, 0.02, false, 0.05, 1.0, 2)).hasMessage("Power must be between 0 and 1 (exclusive), got 1.0.");
        assertThatThrownBy(() -> SampleSize.proportions(0.45, 0.02, false, 0.05, 0.8, 1)).hasMessageContaining("at least 2 arms");
        assertThatThrownBy(() -> SampleSize.proportions(0.95, 0.1, false, 0.05, 0.8, 2)).hasMessageContaining("outside 0–1");
        assertThatThrownBy(() -> SampleSize.means(0, 0, 1, 0.05, 0.8, 2)).hasMessageContaining("greater than 0");
    }

    @Test
    void sampleRatioMismatch() {
        // scipy.stats.chisquare([5000, 5210]) = (4.3192948090, p 0.0376825355): no alarm at 0.001
        Srm ok = Srm.test(new long[] {5000, 5210}, null);
        assertThat(ok.chiSquare()).isCloseTo(4.319294809010774, within(1e-9));
        assertThat(ok.pValue()).isCloseTo(0.037682535473058755, within(1e-10));
        assertThat(ok.mismatch()).isFalse();
        // [5000, 5600]: χ² = 33.9622641509, p = 5.619137e-9 → mismatch
        Srm bad = Srm.test(new long[] {5000, 5600}, new double[] {0.5, 0.5});
        assertThat(bad.chiSquare()).isCloseTo(33.9622641509434, within(1e-9));
        assertThat(bad.pValue()).isCloseTo(5.61913746484314e-09, within(1e-14));
        assertThat(bad.mismatch()).isTrue();
        // planned 1:2 split, [1000, 2100]: expected [1033.33, 2066.67], χ² = 1.6129032, p = 0.2040841778
        Srm weighted = Srm.test(new long[] {1000, 2100}, new double[] {1, 2});
        assertThat(weighted.chiSquare()).isCloseTo(1.6129032258064373, within(1e-9));
        assertThat(weighted.pValue()).isCloseTo(0.20408417776557164, within(1e-10));
        assertThatThrownBy(() -> Srm.test(new long[] {10, 10}, new double[] {1})).hasMessageContaining("one planned weight per arm");
    }

    @Test
    void holmStepDown() {
        // sorted 0.01, 0.02, 0.04 with m = 3: 0.03, 0.04, 0.04 (monotone); back in the input order
        double[] adj = Holm.adjust(new double[] {0.04, 0.01, 0.02});
        assertThat(adj).containsExactly(new double[] {0.04, 0.03, 0.04}, within(1e-15));
        assertThat(Holm.adjust(new double[] {0.2, 0.9})).containsExactly(new double[] {0.4, 0.9}, within(1e-15));
        assertThat(Holm.adjust(new double[] {0.6, 0.7})).containsExactly(new double[] {1.0, 1.0}, within(1e-15)).doesNotContain(1.2);
    }

    @Test
    void chanceToBeatControl() {
        BayesBeta bayes = new BayesBeta();
        // 450/1000 vs 520/1000: mpmath 0.99913039002790868903 (Monte-Carlo 4M draws: 0.99915)
        assertThat(bayes.chanceToBeatControl(new ArmCounts("c", 450, 1000), new ArmCounts("v", 520, 1000))).isCloseTo(0.99913039002790868903, within(1e-12));
        // identical posteriors: exactly one half by symmetry
        assertThat(bayes.chanceToBeatControl(new ArmCounts("c", 450, 1000), new ArmCounts("v", 450, 1000))).isCloseTo(0.5, within(1e-12));
        // 50/1000 vs 45/1000: mpmath 0.30059211224851138401
        assertThat(bayes.chanceToBeatControl(new ArmCounts("c", 50, 1000), new ArmCounts("v", 45, 1000))).isCloseTo(0.30059211224851138401, within(1e-12));
        // zero conversions in both arms of equal size: symmetric, one half
        assertThat(bayes.chanceToBeatControl(new ArmCounts("c", 0, 1000), new ArmCounts("v", 0, 1000))).isCloseTo(0.5, within(1e-12));
        // a sharp control (45,000/100,000) against a 10-user variant (5/10): mpmath 0.63311357138443284245
        assertThat(bayes.chanceToBeatControl(new ArmCounts("c", 45_000, 100_000), new ArmCounts("v", 5, 10))).isCloseTo(0.63311357138443284245, within(1e-12));
        // 2/5 vs 4/5: the closed form is the rational 29/33 = 0.878787…
        assertThat(bayes.chanceToBeatControl(new ArmCounts("c", 2, 5), new ArmCounts("v", 4, 5))).isCloseTo(29.0 / 33, within(1e-14));
        // ten million users a side: quad over [0.4495, 0.4510] = 0.8156508348
        double big = bayes.chanceToBeatControl(new ArmCounts("c", 4_500_000, 10_000_000), new ArmCounts("v", 4_502_000, 10_000_000));
        assertThat(big).isCloseTo(0.8156508347629796, within(1e-5));
    }

    @Test
    void sampleSizeNeverOverflows() {
        // --baseline 0.45 --mde 1e-10 used to print 9223372036854775807 per arm; past 10^12 users per arm the plan is not reachable
        assertThatThrownBy(() -> SampleSize.proportions(0.45, 1e-10, false, 0.05, 0.8, 2))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not reachable: over 10^12 users per arm");
        assertThatThrownBy(() -> SampleSize.proportions(0.45, 1e-9, false, 0.05, 0.8, 3)).hasMessageContaining("not reachable");
        assertThatThrownBy(() -> SampleSize.means(0, 1, 1e-9, 0.05, 0.8, 2)).hasMessageContaining("not reachable");
        // exactly representable plans just below the limit still print
        assertThat(SampleSize.proportions(0.45, 1e-5, false, 0.05, 0.8, 2).perArm()).isLessThan(1_000_000_000_000L).isPositive();
        // a plan longer than a year at the given traffic is not reachable with that traffic
        assertThat(SampleSize.proportions(0.45, 0.0001, false, 0.05, 0.8, 2).reachableAt(1000)).isFalse();
        assertThat(SampleSize.proportions(0.45, 0.02, false, 0.05, 0.8, 2).reachableAt(1000)).isTrue();
    }
}
