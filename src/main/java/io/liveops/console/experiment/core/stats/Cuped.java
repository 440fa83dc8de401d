package io.liveops.console.experiment.core.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * CUPED (Deng, Xu, Kohavi, Walker 2013): each user's metric minus θ times their pre-exposure value of it,
 * which removes the part of the variance the user's history explains. θ = cov(pre, post) / var(pre) over the
 * users of all arms together (as GrowthBook pools it); the adjusted mean of an arm is
 * mean post − θ·(mean pre − overall mean pre), its variance (S_post − 2θ·S_pre,post + θ²·S_pre)/(n − 1), and
 * the variants are compared with Welch's test on the adjusted values. Assignment is random, so the
 * adjustment does not bias the difference; it only narrows its interval.
 *
 * @param theta        the regression coefficient
 * @param adjustedArms the adjusted mean, standard deviation and size of every arm, in input order
 * @param preMean      the overall pre-exposure mean the adjustment centres on
 */
public record Cuped(double theta, List<ArmMoments> adjustedArms, List<ArmMoments> unadjustedArms, double preMean) {

    /** One variant against control after the adjustment. */
    public record Comparison(WelchTest adjusted, WelchTest unadjusted, Double varianceReduction, Double extraDays) {}

    /**
     * @return the adjustment, or null when the pre-exposure values do not vary (no pre-period data): then there is nothing to adjust with
     */
    public static Cuped of(List<CupedArm> arms) {
        long n = 0;
        double sumPre = 0;
        double sumPost = 0;
        for (CupedArm a : arms) {
            n += a.n();
            sumPre += a.n() * a.meanPre();
            sumPost += a.n() * a.meanPost();
        }
        double preMean = sumPre / n;
        double postMean = sumPost / n;
        double sxx = 0;
        double sxy = 0;
        for (CupedArm a : arms) {
            double dx = a.meanPre() - preMean;
            sxx += a.ssPre() + a.n() * dx * dx;
            sxy += a.spPrePost() + a.n() * dx * (a.meanPost() - postMean);
        }
        if (!(sxx > 0)) {
            return null;
        }
        double theta = sxy / sxx;
        List<ArmMoments> adjusted = new ArrayList<>(arms.size());
        List<ArmMoments> plain = new ArrayList<>(arms.size());
        for (CupedArm a : arms) {
            double ss = a.ssPost() - 2 * theta * a.spPrePost() + theta * theta * a.ssPre();
            adjusted.add(new ArmMoments(a.name(), a.meanPost() - theta * (a.meanPre() - preMean), Math.sqrt(Math.max(0, ss) / (a.n() - 1)), a.n()));
            plain.add(new ArmMoments(a.name(), a.meanPost(), Math.sqrt(Math.max(0, a.ssPost()) / (a.n() - 1)), a.n()));
        }
        return new Cuped(theta, List.copyOf(adjusted), List.copyOf(plain), preMean);
    }

    /**
     * Variant {@code index} (1-based in the arm list) against control (index 0).
     *
     * @param daysRunning how many days the experiment has collected users; null when unknown
     */
    public Comparison compare(int index, double alpha, Integer daysRunning) {
        WelchTest adj = WelchTest.compare(adjustedArms.get(0), adjustedArms.get(index), alpha);
        WelchTest raw = WelchTest.compare(unadjustedArms.get(0), unadjustedArms.get(index), alpha);
        Double reduction = raw.standardError() > 0 ? 1 - (adj.standardError() * adj.standardError()) / (raw.standardError() * raw.standardError()) : null;
        // the same precision without CUPED needs 1/(1 − r) times the users: r/(1 − r) of the days run so far on top
        Double extra = reduction != null && reduction > 0 && reduction < 1 && daysRunning != null ? daysRunning * reduction / (1 - reduction) : null;
        return new Comparison(adj, raw, reduction, extra);
    }
}
