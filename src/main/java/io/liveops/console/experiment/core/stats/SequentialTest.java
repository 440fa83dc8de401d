package io.liveops.console.experiment.core.stats;

/**
 * Always-valid (sequential) inference for a difference of means: the asymptotic confidence sequences of
 * Waudby-Smith, Arnold, Wu, Lindon, Ramdas, "Time-uniform central limit theory and asymptotic confidence
 * sequences" (arXiv 2103.06476v7), as GrowthBook applies them to A/B tests. With n = n_A + n_B users,
 * s² = n·SE² and ρ = √((−2 ln α + ln(−2 ln α + 1)) / N*) (eq. 161), the interval is
 * estimate ± s·√(2(nρ² + 1)·ln(√(nρ² + 1)/α) / (nρ)²) (eq. 9), and the p-value is the inverse of the
 * e-value of eq. 155, min(1, √(nρ² + 1)·exp(−ρ²·S² / (2(nρ² + 1)))) with S² = n·(estimate/SE)²; p &lt; α exactly
 * when the interval excludes 0. The interval holds at every look at once, so the test may be read every day.
 * N* is the sample size at which the interval is tightest (GrowthBook's default 5000).
 *
 * @param ci         the always-valid interval of the absolute difference
 * @param relativeCi the always-valid interval of the relative lift (delta method, as GrowthBook); null when the control mean is 0
 * @param pValue     the always-valid p-value
 */
public record SequentialTest(double nStar, double rho, long users, Interval ci, Interval relativeCi, double pValue) {

    public static final double DEFAULT_N_STAR = 5000;

    /** The tuning parameter as the user typed it: a positive finite number of users. */
    public static double checkNStar(double nStar) {
        if (!(nStar > 0) || !Double.isFinite(nStar)) {
            throw new InvalidInputException("n_star", "N* (the sample size the always-valid interval is tuned for) must be a positive number of users, got "
                    + nStar + ".");
        }
        return nStar;
    }

    /**
     * @param estimate   the absolute difference (variant − control)
     * @param se         its standard error, &gt; 0
     * @param meanA      the control's mean or rate, for the relative interval
     * @param varMeanA   the variance of the control's mean (σ²/n)
     * @param meanB      the variant's mean or rate
     * @param varMeanB   the variance of the variant's mean
     * @param users      users in both arms
     */
    public static SequentialTest of(double estimate, double se, double meanA, double varMeanA, double meanB, double varMeanB, long users,
                                    double alpha, double nStar) {
        Checks.alpha(alpha);
        checkNStar(nStar);
        double rho = rho(alpha, nStar);
        Interval ci = around(estimate, halfwidth(se, users, alpha, rho));
        Interval relativeCi = null;
        if (meanA != 0) {
            double relative = (meanB - meanA) / Math.abs(meanA);
            double relVar = varMeanB / (meanA * meanA) + varMeanA * meanB * meanB / Math.pow(meanA, 4);
            relativeCi = relVar > 0 ? around(relative, halfwidth(Math.sqrt(relVar), users, alpha, rho)) : null;
        }
        return new SequentialTest(nStar, rho, users, ci, relativeCi, pValue(estimate, se, users, rho));
    }

    static double rho(double alpha, double nStar) {
        double l = -2 * Math.log(alpha);
        return Math.sqrt((l + Math.log(l + 1)) / nStar);
    }

    static double halfwidth(double se, long users, double alpha, double rho) {
        double n = users;
        double nr2 = n * rho * rho;
        double s2 = se * se * n;
        return Math.sqrt(s2 * 2 * (nr2 + 1) * Math.log(Math.sqrt(nr2 + 1) / alpha) / (n * n * rho * rho));
    }

    static double pValue(double estimate, double se, long users, double rho) {
        double n = users;
        double st2 = estimate * estimate * n / (se * se);
        double tr2p1 = n * rho * rho + 1;
        // 1 / e-value in logs, so a huge statistic gives a tiny p instead of exp overflowing to infinity
        double logP = 0.5 * Math.log(tr2p1) - rho * rho * st2 / (2 * tr2p1);
        return Math.min(1, Math.exp(logP));
    }

    private static Interval around(double centre, double half) {
        return new Interval(centre - half, centre + half);
    }
}
