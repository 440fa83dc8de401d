package io.liveops.console.experiment.core.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** The Benjamini–Hochberg step-up correction (controls the false discovery rate), as R's p.adjust(method = "BH"). */
final class BenjaminiHochberg {

    private BenjaminiHochberg() {}

    /** Adjusted p-values in the order of {@code raw}: p₍ᵢ₎·m/i, made monotone from the largest down, capped at 1. */
    public static double[] adjust(double[] raw) {
        int m = raw.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> raw[i]));
        double[] adjusted = new double[m];
        double running = 1.0;
        for (int rank = m - 1; rank >= 0; rank--) {
            int i = order[rank];
            running = Math.min(running, raw[i] * m / (rank + 1));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
