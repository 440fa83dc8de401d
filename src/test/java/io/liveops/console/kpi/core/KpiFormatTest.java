package io.liveops.console.kpi.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void oneFormatServesManyThreadsAtOnceWithoutMixingTheirNumbers() throws Exception {
        // the formatters are kept per thread (NumberFormat is not thread-safe); a shared one garbles output under load
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        double v = seed * 100_000 + i;
                        String expected = String.format(Locale.US, "%,d", (long) v);
                        if (!f.format(Unit.COUNT, v).equals(expected)
                                || !f.format(Unit.USD, v + 0.25).equals("$" + expected + ".25")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
