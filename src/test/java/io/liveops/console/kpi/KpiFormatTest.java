package io.liveops.console.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class KpiFormatTest {

    private final KpiFormat f = new KpiFormat(Locale.US);

    @Test
    void valuesAreShownInTheirUnit() {
        assertThat(f.format(Unit.COUNT, 12345.0)).isEqualTo("12,345");
        assertThat(f.format(Unit.FRACTION, 0.4123)).isEqualTo("41.2 %");
        assertThat(f.format(Unit.USD, 1234.5)).isEqualTo("$1,234.50");
        assertThat(f.format(Unit.MILLISECONDS, 148.26)).isEqualTo("148.3 ms");
        assertThat(f.format(Unit.INDEX, 1.03456)).isEqualTo("1.035");
        assertThat(f.format(Unit.RATIO, 1.2)).isEqualTo("1.20");
        assertThat(f.format(Unit.COUNT, null)).isEqualTo("—");
    }

    @Test
    void deltasArePercentagePointsForFractionsAndRelativeOtherwise() {
        assertThat(f.delta(Unit.FRACTION, 0.42, 0.40)).isEqualTo("+2.0 pp");
        assertThat(f.delta(Unit.COUNT, 90.0, 100.0)).isEqualTo("-10.0 %");
        assertThat(f.delta(Unit.COUNT, 5.0, 0.0)).isEqualTo("new");
        assertThat(f.delta(Unit.COUNT, 0.0, 0.0)).isEqualTo("±0 %");
        assertThat(f.delta(Unit.COUNT, 100.0, 100.0)).isEqualTo("±0.0 %");
        assertThat(f.delta(Unit.COUNT, null, 100.0)).isEqualTo("—");
    }
}
