package io.liveops.console.experiment.core.stats;

/**
 * Two-proportion z-test of a variant against control. The test statistic uses the pooled standard
 * error (under H0 both arms share one rate); the confidence interval of the difference uses the
 * unpooled standard error (it describes the difference, not H0).
 *
 * @param relativeLift   absolute lift / control rate; null when the control rate is 0
 * @param z              null when the pooled standard error is 0 (no conversions anywhere, or all converted)
 * @param pValue         null in the same case: the data carry no information about a difference
 * @param differenceCi   null when the unpooled standard error is 0 (every arm at 0 % or 100 %)
 * @param undefined      why the test is undefined ({@code z} and {@code pValue} null); null when it is defined
 * @param note           why a value is missing or degenerate; null when all is regular
 */
public record ProportionTest(
        ArmCounts control,
        ArmCounts variant,
        double alpha,
        double controlRate,
        double variantRate,
        double absoluteLift,
        Double relativeLift,
        double pooledRate,
        double pooledStandardError,
        double unpooledStandardError,
        Double z,
        Double pValue,
        Interval differenceCi,
        Interval relativeLiftCi,
        Interval controlWilson,
        Interval variantWilson,
        double cohensH,
        String undefined,
        String note) {

    public static ProportionTest compare(ArmCounts control, ArmCounts variant, double alpha) {
        Checks.alpha(alpha);
        double n1 = control.trials();
        double n2 = variant.trials();
        double p1 = control.rate();
        double p2 = variant.rate();
        double diff = p2 - p1;
        double pooled = (double) (control.successes() + variant.successes()) / (n1 + n2);
        double sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        double seUnpooled = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        double zCrit = Normal.quantile(1 - alpha / 2);

        Double z = null;
        Double p = null;
        String undefined = null;
        if (sePooled == 0) {
            // every user in both arms behaved alike: no variation, so no test and no verdict
            undefined = pooled == 0 ? "no conversions in either arm" : "every user converted in both arms";
        } else {
            z = diff / sePooled;
            p = Normal.twoSidedP(z);
        }
        Interval ci = seUnpooled == 0 ? null : new Interval(diff - zCrit * seUnpooled, diff + zCrit * seUnpooled);
        Double relative = p1 == 0 ? null : diff / p1;
        Interval relativeCi = p1 == 0 || ci == null ? null : ci.scaled(1 / p1);
        String note = undefined != null ? "Undefined: " + undefined + "." : null;
        if (note == null && ci == null) {
            note = "Every arm is at 0 % or 100 %: the interval of the difference is undefined.";
        }
        if (note == null && p1 == 0) {
            note = "Control has no conversions: the relative lift is undefined.";
        }
        double h = 2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1));
        return new ProportionTest(control, variant, alpha, p1, p2, diff, relative, pooled, sePooled, seUnpooled, z, p, ci, relativeCi,
                Wilson.interval(control.successes(), control.trials(), alpha),
                Wilson.interval(variant.successes(), variant.trials(), alpha), h, undefined, note);
    }
}
