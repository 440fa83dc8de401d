package io.liveops.console.kpi.core;

import io.liveops.console.shared.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThresholdTest {

    private final Thresholds defaults = new ThresholdConfig(java.nio.file.Path.of("does-not-exist")).defaults();

    @Test
    void higherIsBetterUsesStrictLimits() {
        Threshold dauMau = Threshold.higherIsBetter(0.30, 0.25, 0.20);
        assertThat(dauMau.evaluate(0.30)).isEqualTo(Status.OK);
        assertThat(dauMau.evaluate(0.25)).isEqualTo(Status.OK);       // "< 0.25" warns, 0.25 itself does not
        assertThat(dauMau.evaluate(0.2499)).isEqualTo(Status.WARNING);
        assertThat(dauMau.evaluate(0.20)).isEqualTo(Status.WARNING);
        assertThat(dauMau.evaluate(0.1999)).isEqualTo(Status.CRITICAL);
    }

    @Test
    void lowerIsBetterUsesStrictLimits() {
        Threshold p95 = Threshold.lowerIsBetter(150, 200, 300);
        assertThat(p95.evaluate(200.0)).isEqualTo(Status.OK);
        assertThat(p95.evaluate(200.5)).isEqualTo(Status.WARNING);
        assertThat(p95.evaluate(300.0)).isEqualTo(Status.WARNING);
        assertThat(p95.evaluate(300.1)).isEqualTo(Status.CRITICAL);
    }

    @Test
    void inclusiveLimitsCountTheLimitItself() {
        Threshold fraud = defaults.get("fraud_flags_24h").orElseThrow();
        assertThat(fraud.inclusive()).isTrue();
        assertThat(fraud.evaluate(4.0)).isEqualTo(Status.OK);
        assertThat(fraud.evaluate(5.0)).isEqualTo(Status.WARNING);   // ≥ 5
        assertThat(fraud.evaluate(19.0)).isEqualTo(Status.WARNING);
        assertThat(fraud.evaluate(20.0)).isEqualTo(Status.CRITICAL); // ≥ 20
    }

    @Test
    void earnSpendBand() {
        Threshold band = defaults.get("earn_spend_ratio_7d").orElseThrow();
        assertThat(band.evaluate(1.2)).isEqualTo(Status.OK);
        assertThat(band.evaluate(1.0)).isEqualTo(Status.OK);
        assertThat(band.evaluate(1.5)).isEqualTo(Status.OK);
        assertThat(band.evaluate(0.99)).isEqualTo(Status.WARNING);
        assertThat(band.evaluate(1.51)).isEqualTo(Status.WARNING);
        assertThat(band.evaluate(0.8)).isEqualTo(Status.WARNING);
        assertThat(band.evaluate(0.79)).isEqualTo(Status.CRITICAL);
        assertThat(band.evaluate(1.81)).isEqualTo(Status.CRITICAL);
    }

    @Test
    void watchlistBandsPerSymbolAndNoThresholdForOthers() {
        assertThat(defaults.statusOf("watch_change_24h:BTC", 0.04)).isEqualTo(Status.OK);
        assertThat(defaults.statusOf("watch_change_24h:BTC", -0.06)).isEqualTo(Status.WARNING);
        assertThat(defaults.statusOf("watch_change_24h:BTC", 0.11)).isEqualTo(Status.CRITICAL);
        assertThat(defaults.statusOf("watch_change_24h:ETH", 0.06)).isEqualTo(Status.OK);
        assertThat(defaults.statusOf("watch_change_24h:ETH", -0.15)).isEqualTo(Status.CRITICAL);
        // no threshold: a value is OK, no value is UNKNOWN
        assertThat(defaults.statusOf("watch_change_24h:SOL", 0.5)).isEqualTo(Status.OK);
        assertThat(defaults.statusOf("dau", 375.0)).isEqualTo(Status.OK);
        assertThat(defaults.statusOf("dau", null)).isEqualTo(Status.UNKNOWN);
        assertThat(defaults.statusOf("retention_d1", null)).isEqualTo(Status.UNKNOWN);
        assertThat(Threshold.higherIsBetter(1, 0.5, 0.2).evaluate(null)).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void keyedIdFallsBackToTheBareIdsThreshold() {
        Thresholds t = Thresholds.none().with("watch_change_24h", Threshold.band(0.0, -0.01, 0.01, -0.02, 0.02));
        assertThat(t.statusOf("watch_change_24h:SOL", 0.015)).isEqualTo(Status.WARNING);
        assertThat(t.without("watch_change_24h").statusOf("watch_change_24h:SOL", 0.015)).isEqualTo(Status.OK);
        assertThat(t.asMap()).containsOnlyKeys("watch_change_24h");
    }

    @Test
    void validationMessagesNameTheField() {
        assertThatThrownBy(() -> Threshold.higherIsBetter(0.30, 0.35, 0.20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("warning (0.35) must lie between target (0.3) and critical (0.2)");
        assertThatThrownBy(() -> Threshold.lowerIsBetter(150, 400, 300))
                .hasMessageContaining("warning (400.0) must lie between");
        assertThatThrownBy(() -> Threshold.higherIsBetter(Double.NaN, 0.2, 0.1))
                .hasMessageContaining("target must be a finite number");
        assertThatThrownBy(() -> Threshold.lowerIsBetter(1, Double.POSITIVE_INFINITY, 2))
                .hasMessageContaining("warning must be a finite number");
        assertThatThrownBy(() -> Threshold.band(1.2, 1.5, 1.0, 0.8, 1.8))
                .hasMessageContaining("warning_low (1.5) must be below warning_high (1.0)");
        assertThatThrownBy(() -> Threshold.band(1.2, 1.0, 1.5, 1.1, 1.8))
                .hasMessageContaining("critical band critical_low..critical_high (1.1..1.8) must contain the warning band");
        assertThatThrownBy(() -> Threshold.band(2.0, 1.0, 1.5, 0.8, 1.8))
                .hasMessageContaining("target (2.0) must lie inside the warning band");
        assertThatThrownBy(() -> new Threshold(null, 1.0, 0.5, 0.2, null, null, null, null, false))
                .hasMessageContaining("direction is missing");
        assertThatThrownBy(() -> new Threshold(Threshold.Direction.HIGHER_IS_BETTER, 1.0, 0.5, 0.2, 0.1, null, null, null, false))
                .hasMessageContaining("warning_low does not apply to direction higher_is_better");
        assertThatThrownBy(() -> new Threshold(Threshold.Direction.HIGHER_IS_BETTER, 1.0, null, 0.2, null, null, null, null, false))
                .hasMessageContaining("warning is missing");
    }
}
