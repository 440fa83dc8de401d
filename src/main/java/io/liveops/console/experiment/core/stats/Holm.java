package io.liveops.console.experiment.core.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Holm's step-down correction for testing every variant against control (controls the family-wise error rate). */
final class Holm {

    private Holm() {}

    /** Adjusted p-values in the order of {@code raw}: sorted ascending, p₍ᵢ₎·(m−i+1), made monotone, capped at 1. */
    public static double[] adjust(double[] raw) {
        int m = raw.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> raw[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * raw[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
