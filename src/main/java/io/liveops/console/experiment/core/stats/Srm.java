package io.liveops.console.experiment.core.stats;

import java.util.Arrays;
import org.apache.commons.math3.special.Gamma;

/**
 * Sample-ratio mismatch: Pearson's chi-square goodness-of-fit of the observed arm sizes against the
 * planned split. A p-value below {@link #THRESHOLD} means the assignment is broken and no
 * result of the experiment can be trusted.
 */
public record Srm(long[] observed, double[] weights, double[] expected, double chiSquare, int df, double pValue, boolean mismatch) {

    /** The conventional SRM alarm level: strict, because SRM checks run on every experiment. */
    public static final double THRESHOLD = 0.001;

    /** @param weights planned shares per arm (any positive scale; normalised here); null means an equal split */
    public static Srm test(long[] observed, double[] weights) {
        if (observed.length < 2) {
            throw new InvalidInputException("counts", "A sample-ratio check needs at least 2 arms, got " + observed.length + ".");
        }
        double[] w = weights == null ? equal(observed.length) : weights.clone();
        if (w.length != observed.length) {
            throw new InvalidInputException("weights", "Give one planned weight per arm: " + observed.length + " arms but " + w.length + " weights.");
        }
        double wSum = 0;
        for (double x : w) {
            if (!(x > 0) || !Double.isFinite(x)) {
                throw new InvalidInputException("weights", "Planned weights must be positive numbers, got " + Arrays.toString(w) + ".");
            }
            wSum += x;
        }
        long total = 0;
        for (long o : observed) {
            if (o < 0) {
                throw new InvalidInputException("counts", "Arm sizes cannot be negative, got " + Arrays.toString(observed) + ".");
            }
            total += o;
        }
        if (total == 0) {
            throw new InvalidInputException("counts", "A sample-ratio check needs at least one user.");
        }
        double[] expected = new double[observed.length];
        double chi = 0;
        for (int i = 0; i < observed.length; i++) {
            expected[i] = total * w[i] / wSum;
            double d = observed[i] - expected[i];
            chi += d * d / expected[i];
        }
        int df = observed.length - 1;
        // the chi-square upper tail is the regularised upper incomplete gamma Q(df/2, x/2); Q keeps tiny p-values that 1 − CDF would round to 0
        double p = Gamma.regularizedGammaQ(df / 2.0, chi / 2);
        return new Srm(observed.clone(), normalise(w, wSum), expected, chi, df, p, p < THRESHOLD);
    }

    private static double[] equal(int k) {
        double[] w = new double[k];
        Arrays.fill(w, 1.0 / k);
        return w;
    }

    private static double[] normalise(double[] w, double sum) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] / sum;
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Srm s && Arrays.equals(observed, s.observed) && Arrays.equals(weights, s.weights) && chiSquare == s.chiSquare;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(observed) * 31 + Double.hashCode(chiSquare);
    }

    @Override
    public String toString() {
        return "Srm[observed=" + Arrays.toString(observed) + ", chiSquare=" + chiSquare + ", p=" + pValue + "]";
    }
}
