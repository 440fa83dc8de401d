package io.liveops.console.experiment.core.stats;

/**
 * Welch's unequal-variance t-test of a variant against control, with the Welch–Satterthwaite
 * degrees of freedom. Cohen's d uses the pooled standard deviation
 * sqrt(((n1−1)s1² + (n2−1)s2²)/(n1+n2−2)).
 *
 * @param t            null when both arms have zero variance: no sampling error to test against
 * @param df           null in the same case
 * @param pValue       null in the same case
 * @param differenceCi null in the same case
 * @param cohensD      null when the pooled standard deviation is 0
 * @param relativeLift null when the control mean is 0
 * @param undefined    why the test is undefined; null when it is defined
 */
public record WelchTest(
        ArmMoments control,
        ArmMoments variant,
        double alpha,
        double difference,
        Double relativeLift,
        double standardError,
        Double t,
        Double df,
        Double pValue,
        Interval differenceCi,
        Interval relativeLiftCi,
        Double cohensD,
        String undefined,
        String note) {

    public static final String NO_VARIATION = "no variation in either arm";

    public static WelchTest compare(ArmMoments control, ArmMoments variant, double alpha) {
        Checks.alpha(alpha);
        double n1 = control.n();
        double n2 = variant.n();
        double v1 = control.variance() / n1;
        double v2 = variant.variance() / n2;
        double diff = variant.mean() - control.mean();
        double se = Math.sqrt(v1 + v2);
        Double relative = control.mean() == 0 ? null : diff / control.mean();
        double pooledSd = Math.sqrt(((n1 - 1) * control.variance() + (n2 - 1) * variant.variance()) / (n1 + n2 - 2));
        Double d = pooledSd == 0 ? null : diff / pooledSd;

        if (se == 0) {
            // no spread in either arm: a t-test has nothing to measure the difference against, so no p-value and no verdict
            return new WelchTest(control, variant, alpha, diff, relative, 0, null, null, null, null, null, d, NO_VARIATION,
                    "Undefined: " + NO_VARIATION + ".");
        }
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        double t = diff / se;
        double p = StudentT.twoSidedP(df, t);
        double tCrit = StudentT.quantile(df, 1 - alpha / 2);
        Interval ci = new Interval(diff - tCrit * se, diff + tCrit * se);
        Interval relativeCi = relative == null ? null : ci.scaled(1 / control.mean());
        String note = relative == null ? "The control mean is 0: the relative lift is undefined." : null;
        return new WelchTest(control, variant, alpha, diff, relative, se, t, df, p, ci, relativeCi, d, null, note);
    }
}
