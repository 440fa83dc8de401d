package io.liveops.console.experiment.core.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student's t of commons-math3 with an inverse-CDF accuracy of 1e-15: its default (1e-9) leaves
 * critical values off by up to ~1.5e-9, visible in the printed interval bounds.
 */
final class StudentT {

    static final double INVERSE_ACCURACY = 1e-15;

    private StudentT() {}

    /** The t with P(T ≤ t) = p for {@code df} degrees of freedom. */
    static double quantile(double df, double p) {
        return distribution(df).inverseCumulativeProbability(p);
    }

    /** Two-sided p-value of a t statistic, from the lower tail so tiny p-values keep their precision. */
    static double twoSidedP(double df, double t) {
        return Math.min(1.0, 2 * distribution(df).cumulativeProbability(-Math.abs(t)));
    }

    private static TDistribution distribution(double df) {
        return new TDistribution(null, df, INVERSE_ACCURACY);
    }
}
