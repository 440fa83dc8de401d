package io.liveops.console.experiment.core.stats;

/** The Wilson score interval of a binomial proportion (Wilson 1927), defined for 0 and 100 % too. */
final class Wilson {

    private Wilson() {}

    public static Interval interval(long successes, long trials, double alpha) {
        Checks.alpha(alpha);
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw new InvalidInputException("arm", "A Wilson interval needs 0 ≤ successes ≤ trials and trials > 0, got " + successes + "/" + trials + ".");
        }
        double z = Normal.quantile(1 - alpha / 2);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // at p = 0 the lower bound is exactly 0 and at p = 1 the upper is exactly 1; the formula leaves rounding noise there
        double lower = successes == 0 ? 0 : Math.max(0, centre - half);
        double upper = successes == trials ? 1 : Math.min(1, centre + half);
        return new Interval(lower, upper);
    }
}
