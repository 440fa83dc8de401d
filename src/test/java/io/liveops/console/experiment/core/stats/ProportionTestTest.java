package io.liveops.console.experiment.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values were computed independently from the textbook formulas in Python
 * (math + scipy.stats.norm), not with the code under test:
 * p1 = x1/n1, p2 = x2/n2, p̄ = (x1+x2)/(n1+n2), SEpooled = √(p̄q̄(1/n1+1/n2)), z = (p2−p1)/SEpooled,
 * p = 2·Φ(−|z|), SEunpooled = √(p1q1/n1 + p2q2/n2), CI = (p2−p1) ± z₁₋α/₂·SEunpooled,
 * h = 2·asin√p2 − 2·asin√p1.
 */
class ProportionTestTest {

    private static final double EPS = 1e-9;

    @Test
    void workedExampleOfTheGameTeam() {
        // 450/1000 vs 520/1000: p̄ = 970/2000 = 0.485; SEpooled = √(0.485·0.515·0.002) = 0.0223506152;
        // z = 0.07/0.0223506152 = 3.1319048; p = 0.0017367616; SEunpooled = √(0.2475/1000 + 0.2496/1000) = 0.0222957395;
        // CI = 0.07 ± 1.959964·0.0222957395 = [0.0263011536, 0.1136988464]; h = 0.1401780955
        ProportionTest t = ProportionTest.compare(new ArmCounts("control", 450, 1000), new ArmCounts("variant", 520, 1000), 0.05);
        assertThat(t.absoluteLift()).isCloseTo(0.07, within(EPS));
        assertThat(t.relativeLift()).isCloseTo(0.07 / 0.45, within(EPS));
        assertThat(t.pooledStandardError()).isCloseTo(0.02235061520406094, within(EPS));
        assertThat(t.z()).isCloseTo(3.1319048429271663, within(1e-8));
        assertThat(t.pValue()).isCloseTo(0.0017367615559406655, within(1e-9));
        assertThat(t.unpooledStandardError()).isCloseTo(0.022295739503322153, within(EPS));
        assertThat(t.differenceCi().lower()).isCloseTo(0.026301153564801637, within(1e-8));
        assertThat(t.differenceCi().upper()).isCloseTo(0.11369884643519837, within(1e-8));
        assertThat(t.cohensH()).isCloseTo(0.14017809551554894, within(EPS));
        // Wilson 450/1000: centre (0.45 + z²/2000)/(1 + z²/1000), see WilsonTest
        assertThat(t.controlWilson().lower()).isCloseTo(0.4194153840742968, within(1e-8));
        assertThat(t.variantWilson().upper()).isCloseTo(0.5508292050030589, within(1e-8));
        assertThat(t.note()).isNull();
    }

    @Test
    void alphaOneHundredthWidensOnlyTheInterval() {
        // z₀.₉₉₅ = 2.5758293; CI = 0.07 ± 2.5758293·0.0222957395 = [0.0125699808, 0.1274300192]; p unchanged
        ProportionTest t = ProportionTest.compare(new ArmCounts("c", 450, 1000), new ArmCounts("v", 520, 1000), 0.01);
        assertThat(t.differenceCi().lower()).isCloseTo(0.01256998084305, within(1e-8));
        assertThat(t.differenceCi().upper()).isCloseTo(0.12743001915695001, within(1e-8));
        assertThat(t.pValue()).isCloseTo(0.0017367615559406655, within(1e-9));
    }

    @Test
    void equalRatesGiveZeroLiftAndPOne() {
        // 450/1000 both: z = 0, p = 1; CI = ± 1.959964·√(2·0.2475/1000) = ±0.0436064458
        ProportionTest t = ProportionTest.compare(new ArmCounts("c", 450, 1000), new ArmCounts("v", 450, 1000), 0.05);
        assertThat(t.z()).isEqualTo(0.0);
        assertThat(t.pValue()).isEqualTo(1.0);
        assertThat(t.differenceCi().upper()).isCloseTo(0.04360644581072381, within(1e-8));
        assertThat(t.cohensH()).isEqualTo(0.0);
    }

    @Test
    void zeroConversionsInControl() {
        // 0/1000 vs 10/1000: p̄ = 0.005, SEpooled = √(0.005·0.995·0.002) = 0.0031543621, z = 3.1702131, p = 0.0015232716;
        // relative lift undefined (control rate 0)
        ProportionTest t = ProportionTest.compare(new ArmCounts("c", 0, 1000), new ArmCounts("v", 10, 1000), 0.05);
        assertThat(t.z()).isCloseTo(3.1702131247412066, within(1e-8));
        assertThat(t.pValue()).isCloseTo(0.0015232716476467959, within(1e-9));
        assertThat(t.relativeLift()).isNull();
        assertThat(t.relativeLiftCi()).isNull();
        assertThat(t.cohensH()).isCloseTo(0.2003348423231196, within(EPS));
        assertThat(t.controlWilson().lower()).isEqualTo(0.0);
        assertThat(t.note()).contains("relative lift is undefined");
    }

    @Test
    void hundredPercentConversion() {
        // 1000/1000 vs 990/1000: mirror image of the zero case: z = −3.1702131, same p
        ProportionTest t = ProportionTest.compare(new ArmCounts("c", 1000, 1000), new ArmCounts("v", 990, 1000), 0.05);
        assertThat(t.z()).isCloseTo(-3.170213124741208, within(1e-8));
        assertThat(t.pValue()).isCloseTo(0.0015232716476467898, within(1e-9));
        assertThat(t.controlWilson().upper()).isEqualTo(1.0);
        assertThat(t.relativeLift()).isCloseTo(-0.01, within(EPS));
    }

    @Test
    void noConversionsAnywhereIsDefinedNotNaN() {
        ProportionTest t = ProportionTest.compare(new ArmCounts("c", 0, 500), new ArmCounts("v", 0, 400), 0.05);
        // no variation anywhere: undefined (null), never p = 1 and a CI of [0, 0]
        assertThat(t.z()).isNull();
        assertThat(t.pValue()).isNull();
        assertThat(t.differenceCi()).isNull();
        assertThat(t.undefined()).isEqualTo("no conversions in either arm");
        assertThat(t.note()).isEqualTo("Undefined: no conversions in either arm.");
        ProportionTest all = ProportionTest.compare(new ArmCounts("c", 500, 500), new ArmCounts("v", 400, 400), 0.05);
        assertThat(all.pValue()).isNull();
        assertThat(all.relativeLift()).isEqualTo(0.0);
        assertThat(all.undefined()).isEqualTo("every user converted in both arms");
    }

    @Test
    void fiveUsersPerArm() {
        // 2/5 vs 4/5: p̄ = 0.6, SEpooled = √(0.24·0.4) = 0.3098386677, z = 1.2909944, p = 0.1967056025;
        // SEunpooled = √(0.048 + 0.032) = 0.2828427125, CI = 0.4 ± 0.5543615 = [−0.1543615297, 0.9543615297]
        ProportionTest t = ProportionTest.compare(new ArmCounts("c", 2, 5), new ArmCounts("v", 4, 5), 0.05);
        assertThat(t.z()).isCloseTo(1.2909944487358056, within(1e-8));
        assertThat(t.pValue()).isCloseTo(0.19670560245894686, within(1e-9));
        assertThat(t.differenceCi().lower()).isCloseTo(-0.15436152973987105, within(1e-8));
        assertThat(t.cohensH()).isCloseTo(0.8448590295836149, within(EPS));
    }

    @Test
    void tenMillionUsersPerArm() {
        // 4,500,000 vs 4,502,000 of 10,000,000: z = 0.0002/0.00022249044 = 0.8989150, p = 0.3686979331
        ProportionTest t = ProportionTest.compare(new ArmCounts("c", 4_500_000, 10_000_000), new ArmCounts("v", 4_502_000, 10_000_000), 0.05);
        assertThat(t.z()).isCloseTo(0.8989150083946931, within(1e-6));
        assertThat(t.pValue()).isCloseTo(0.3686979331104313, within(1e-7));
        assertThat(t.differenceCi().lower()).isCloseTo(-0.00023607324978285992, within(1e-10));
    }

    @Test
    void unequalArms() {
        // 450/1000 vs 1100/2000: p̄ = 1550/3000, SEpooled = √(p̄q̄·(1/1000 + 1/2000)) = 0.0193541555, z = 5.1668491, p = 2.3807336e-7
        ProportionTest t = ProportionTest.compare(new ArmCounts("c", 450, 1000), new ArmCounts("v", 1100, 2000), 0.05);
        assertThat(t.z()).isCloseTo(5.166849064442225, within(1e-8));
        assertThat(t.pValue()).isCloseTo(2.380733634138939e-07, within(1e-12));
        assertThat(t.differenceCi().lower()).isCloseTo(0.0622357101591637, within(1e-8));
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> new ArmCounts("variant", 520, 500)).isInstanceOf(InvalidInputException.class)
                .hasMessage("Arm 'variant' has more successes (520) than trials (500).");
        assertThatThrownBy(() -> new ArmCounts("control", -1, 500)).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> new ArmCounts("control", 0, 0)).hasMessageContaining("has no users");
        assertThatThrownBy(() -> ProportionTest.compare(new ArmCounts("c", 1, 5), new ArmCounts("v", 1, 5), 1.0))
                .hasMessage("Alpha must be between 0 and 1 (exclusive), got 1.0.");
    }
}
