package io.liveops.console.experiment.core.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The standard normal of commons-math3, built once; its methods are read-only and thread-safe. */
final class Normal {

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

    private Normal() {}

    static double cdf(double x) {
        return STANDARD.cumulativeProbability(x);
    }

    /** The z with cdf(z) = p. */
    static double quantile(double p) {
        return STANDARD.inverseCumulativeProbability(p);
    }

    /** Two-sided p-value of a z statistic; uses the lower tail so tiny p-values keep their precision. */
    static double twoSidedP(double z) {
        return Math.min(1.0, 2 * STANDARD.cumulativeProbability(-Math.abs(z)));
    }
}
