package io.liveops.console.experiment.core.stats;

/**
 * The inference a decision rests on for one variant against control: the difference, its interval and
 * p-value, fixed-horizon or always valid (sequential).
 *
 * @param ci         null when undefined
 * @param relativeCi null when undefined or the control value is 0
 * @param pValue     null when undefined
 * @param undefined  why there is no p-value or interval (e.g. "no variation in either arm"); null when defined
 * @param sequential the always-valid test behind {@code ci} and {@code pValue}; null for fixed-horizon inference
 */
public record Effect(double difference, Double relative, Interval ci, Interval relativeCi, Double pValue, String undefined,
                     SequentialTest sequential) {

    /** @param nStar N* of the always-valid inference; null for the fixed-horizon z-test */
    public static Effect of(ProportionTest t, double alpha, Double nStar) {
        if (nStar == null || t.undefined() != null) {
            return new Effect(t.absoluteLift(), t.relativeLift(), t.differenceCi(), t.relativeLiftCi(), t.pValue(), t.undefined(), null);
        }
        if (t.unpooledStandardError() == 0) {
            return undefined(t.absoluteLift(), t.relativeLift(), "every arm at 0 % or 100 %");
        }
        double p1 = t.controlRate();
        double p2 = t.variantRate();
        double n1 = t.control().trials();
        double n2 = t.variant().trials();
        SequentialTest s = SequentialTest.of(t.absoluteLift(), t.unpooledStandardError(), p1, p1 * (1 - p1) / n1, p2, p2 * (1 - p2) / n2,
                t.control().trials() + t.variant().trials(), alpha, nStar);
        return new Effect(t.absoluteLift(), t.relativeLift(), s.ci(), s.relativeCi(), s.pValue(), null, s);
    }

    /** @param nStar N* of the always-valid inference; null for the fixed-horizon Welch test */
    public static Effect of(WelchTest t, double alpha, Double nStar) {
        if (nStar == null || t.undefined() != null) {
            return new Effect(t.difference(), t.relativeLift(), t.differenceCi(), t.relativeLiftCi(), t.pValue(), t.undefined(), null);
        }
        SequentialTest s = SequentialTest.of(t.difference(), t.standardError(), t.control().mean(), t.control().variance() / t.control().n(),
                t.variant().mean(), t.variant().variance() / t.variant().n(), t.control().n() + t.variant().n(), alpha, nStar);
        return new Effect(t.difference(), t.relativeLift(), s.ci(), s.relativeCi(), s.pValue(), null, s);
    }

    private static Effect undefined(double difference, Double relative, String reason) {
        return new Effect(difference, relative, null, null, null, reason, null);
    }
}
