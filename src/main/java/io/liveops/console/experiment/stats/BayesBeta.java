package io.liveops.console.experiment.stats;

import java.util.Arrays;
import java.util.TreeSet;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Bayesian "chance to beat control" for conversion rates: with a Beta(1,1) (uniform) prior the
 * posteriors are Beta(s+1, n−s+1), and P(p_variant &gt; p_control) = ∫ f_V(x)·F_C(x) dx, integrated
 * numerically (Gauss–Legendre) with commons-math3's BetaDistribution density and CDF. The range is
 * cut where either posterior has its mass (mean ± 40 sd, split at ± 3 and ± 8 sd and the mean), so sharp posteriors of large arms are
 * not missed between nodes.
 */
public final class BayesBeta {

    private static final int POINTS_PER_PIECE = 24;
    // 40 sd: the posterior of 0 conversions is nearly exponential, whose tail beyond 12 sd still holds 1e-6
    private static final double SPAN_SDS = 40;

    private final GaussIntegratorFactory factory = new GaussIntegratorFactory();

    /** @return P(variant rate &gt; control rate) under Beta(1,1) priors, in [0, 1] */
    public double chanceToBeatControl(ArmCounts control, ArmCounts variant) {
        BetaDistribution c = posterior(control);
        BetaDistribution v = posterior(variant);
        double[] vr = range(v);
        double[] cr = range(c);
        double lo = vr[0];
        double hi = vr[1];
        TreeSet<Double> cuts = new TreeSet<>(Arrays.asList(lo, hi));
        for (double x : concat(cr, Arrays.copyOfRange(vr, 2, vr.length))) {
            if (x > lo && x < hi) {
                cuts.add(x);
            }
        }
        double sum = 0;
        Double prev = null;
        for (double cut : cuts) {
            if (prev != null && cut > prev) {
                GaussIntegrator rule = factory.legendre(POINTS_PER_PIECE, prev, cut);
                sum += rule.integrate(x -> v.density(x) * c.cumulativeProbability(x));
            }
            prev = cut;
        }
        return Math.max(0, Math.min(1, sum));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static BetaDistribution posterior(ArmCounts arm) {
        return new BetaDistribution(null, arm.successes() + 1.0, arm.trials() - arm.successes() + 1.0,
                BetaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    }

    private static double[] range(BetaDistribution d) {
        double mean = d.getNumericalMean();
        double sd = Math.sqrt(d.getNumericalVariance());
        // outer limits, then the shoulders and the centre where the integrand bends most
        return new double[] {Math.max(0, mean - SPAN_SDS * sd), Math.min(1, mean + SPAN_SDS * sd),
                mean - 8 * sd, mean - 3 * sd, mean, mean + 3 * sd, mean + 8 * sd};
    }
}
