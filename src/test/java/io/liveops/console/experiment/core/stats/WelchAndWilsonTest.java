package io.liveops.console.experiment.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Expected values computed independently with scipy.stats (ttest_ind_from_stats, t.ppf) and the Wilson formula by hand. */
class WelchAndWilsonTest {

    @Test
    void welchAgainstScipy() {
        // control 10 ± 2 (n 50), variant 11 ± 3 (n 60): v1 = 4/50 = 0.08, v2 = 9/60 = 0.15, SE = √0.23 = 0.4795831523;
        // df = 0.23² / (0.08²/49 + 0.15²/59) = 103.3267346801; t = 1/0.4795831523 = 2.0851441406;
        // scipy ttest_ind_from_stats(..., equal_var=False): p = 0.0395205285; CI = 1 ± t₀.₉₇₅(df)·SE = [0.0488956739, 1.9511043261];
        // Cohen's d = 1/√((49·4 + 59·9)/108) = 0.3854292521
        WelchTest w = WelchTest.compare(new ArmMoments("c", 10, 2, 50), new ArmMoments("v", 11, 3, 60), 0.05);
        assertThat(w.t()).isCloseTo(2.0851441405707476, within(1e-9));
        assertThat(w.df()).isCloseTo(103.32673468008916, within(1e-8));
        assertThat(w.pValue()).isCloseTo(0.039520528491950604, within(1e-8));
        // t.ppf to 1e-14 now (was 1e-9): the interval agrees with scipy to 1e-12
        assertThat(w.differenceCi().lower()).isCloseTo(0.04889567387881644, within(1e-12));
        assertThat(w.differenceCi().upper()).isCloseTo(1.9511043261211836, within(1e-12));
        assertThat(w.cohensD()).isCloseTo(0.3854292521211208, within(1e-9));
        assertThat(w.relativeLift()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void zeroVarianceInBothArmsIsUndefined() {
        WelchTest same = WelchTest.compare(new ArmMoments("c", 5, 0, 10), new ArmMoments("v", 5, 0, 10), 0.05);
        assertThat(same.pValue()).isNull();
        assertThat(same.t()).isNull();
        assertThat(same.cohensD()).isNull();
        assertThat(same.undefined()).isEqualTo("no variation in either arm");
        // 4.0 vs 5.0 for every user used to give p = 0 and ROLLOUT; now there is no p-value and no interval
        WelchTest diff = WelchTest.compare(new ArmMoments("c", 5, 0, 10), new ArmMoments("v", 6, 0, 10), 0.05);
        assertThat(diff.pValue()).isNull();
        assertThat(diff.differenceCi()).isNull();
        assertThat(diff.difference()).isEqualTo(1.0);
    }

    @Test
    void meansNeedTwoUsersAndNonNegativeSd() {
        assertThatThrownBy(() -> new ArmMoments("v", 1, 1, 1)).hasMessage("Arm 'v' needs at least 2 users for a t-test, got 1.");
        assertThatThrownBy(() -> new ArmMoments("v", 1, -1, 10)).hasMessageContaining("cannot be negative");
    }

    @Test
    void wilsonScoreIntervals() {
        // Wilson: centre = (p + z²/2n)/(1 + z²/n), half = z/(1 + z²/n)·√(p(1−p)/n + z²/4n²), z = 1.959964
        assertThat(Wilson.interval(450, 1000, 0.05).lower()).isCloseTo(0.4194153840742968, within(1e-9));
        assertThat(Wilson.interval(450, 1000, 0.05).upper()).isCloseTo(0.4809672917742588, within(1e-9));
        assertThat(Wilson.interval(2, 5, 0.05).lower()).isCloseTo(0.11762077423264783, within(1e-9));
        assertThat(Wilson.interval(2, 5, 0.05).upper()).isCloseTo(0.769275718723987, within(1e-9));
        // 0/1000: lower exactly 0, upper = z²/n / (1 + z²/n) = 0.0038267585
        assertThat(Wilson.interval(0, 1000, 0.05)).isEqualTo(new Interval(0, Wilson.interval(0, 1000, 0.05).upper()));
        assertThat(Wilson.interval(0, 1000, 0.05).upper()).isCloseTo(0.0038267584855551234, within(1e-10));
        assertThat(Wilson.interval(1000, 1000, 0.05).upper()).isEqualTo(1.0);
        assertThat(Wilson.interval(1000, 1000, 0.05).lower()).isCloseTo(0.996173241514445, within(1e-10));
    }
}
