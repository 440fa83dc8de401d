package io.liveops.console.experiment.core.stats;

import java.util.Arrays;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Bayesian "chance to beat control" for conversion rates: with a Beta(1,1) (uniform) prior the
 * posteriors are Beta(s+1, n−s+1), and P(p_variant &gt; p_control) = ∫ f_V(x)·F_C(x) dx, integrated
 * numerically (Gauss–Legendre) with commons-math3's BetaDistribution density and CDF.
 * <p>The range is the variant's mean ± 40 sd (its posterior of 0 conversions is nearly exponential,
 * whose tail beyond 8 sd still matters), cut at ± 3 and ± 8 sd and the mean where the integrand bends;
 * when the control posterior is much sharper than the variant's, F_C is a near-step, so its mean and
 * ± 3 sd become cuts too. Tails without mass are skipped: about 50 evaluations, a few tens of microseconds per variant, accurate to 1e-6.
 */
public final class BayesBeta {

    private static final int POINTS_PER_PIECE = 12;
    private static final double NEGLIGIBLE = 1e-10;

    private final GaussIntegratorFactory factory = new GaussIntegratorFactory();

    /** @return P(variant rate &gt; control rate) under Beta(1,1) priors, in [0, 1] */
    public double chanceToBeatControl(ArmCounts control, ArmCounts variant) {
        BetaDistribution c = posterior(control);
        BetaDistribution v = posterior(variant);
        double mv = v.getNumericalMean();
        double sv = Math.sqrt(v.getNumericalVariance());
        double mc = c.getNumericalMean();
        double sc = Math.sqrt(c.getNumericalVariance());
        double lo = Math.max(0, mv - 40 * sv);
        double hi = Math.min(1, mv + 40 * sv);
        double[] inner = sc < sv / 2
                ? new double[] {mv - 8 * sv, mv - 3 * sv, mv, mv + 3 * sv, mv + 8 * sv, mc - 3 * sc, mc, mc + 3 * sc}
                : new double[] {mv - 8 * sv, mv - 3 * sv, mv, mv + 3 * sv, mv + 8 * sv};
        double[] cuts = new double[inner.length + 2];
        int k = 0;
        cuts[k++] = lo;
        for (double x : inner) {
            if (x > lo && x < hi) {
                cuts[k++] = x;
            }
        }
        cuts[k++] = hi;
        double[] sorted = Arrays.copyOf(cuts, k);
        Arrays.sort(sorted);
        double sum = 0;
        for (int i = 1; i < sorted.length; i++) {
            double a = sorted[i - 1];
            double b = sorted[i];
            if (b > a) {
                // a tail piece beyond ± 8 sd is skipped when the variant has no mass there (near-normal posteriors):
                // its contribution is at most that mass
                boolean lowerTail = b <= mv - 8 * sv;
                boolean upperTail = a >= mv + 8 * sv;
                if ((lowerTail && v.cumulativeProbability(b) < NEGLIGIBLE) || (upperTail && 1 - v.cumulativeProbability(a) < NEGLIGIBLE)) {
                    continue;
                }
                sum += factory.legendre(POINTS_PER_PIECE, a, b).integrate(x -> v.density(x) * c.cumulativeProbability(x));
            }
        }
        return Math.max(0, Math.min(1, sum));
    }

    private static BetaDistribution posterior(ArmCounts arm) {
        return new BetaDistribution(null, arm.successes() + 1.0, arm.trials() - arm.successes() + 1.0,
                BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }
}
