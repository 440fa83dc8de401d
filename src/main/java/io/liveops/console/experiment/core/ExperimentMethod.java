package io.liveops.console.experiment.core;

import io.liveops.console.experiment.core.stats.Decision;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.Format;
import io.liveops.console.experiment.core.stats.SampleSize;
import java.util.LinkedHashMap;
import java.util.Map;

/** How every number of a report was computed, in words: the {@code method} object of the JSON and the Method section of the Markdown. */
final class ExperimentMethod {

    private ExperimentMethod() {}

    static Map<String, String> describe(ExperimentAnalysis.Input in) {
        ExperimentAnalysis.Options o = in.options();
        Map<String, String> m = new LinkedHashMap<>();
        if (in.kind() == MetricKind.BINARY) {
            m.put("test", "two-proportion z-test; z uses the pooled standard error sqrt(p*(1-p)*(1/n1+1/n2)) with p = (x1+x2)/(n1+n2); p-value two-sided");
            m.put("difference_ci", "unpooled: (p2-p1) +/- z_(1-alpha/2)*sqrt(p1*q1/n1 + p2*q2/n2); relative CI = difference CI / control rate");
            m.put("arm_interval", "Wilson score interval");
            m.put("effect_size", "Cohen's h = 2*asin(sqrt(p2)) - 2*asin(sqrt(p1))");
            m.put("bayes", "chance to beat control = P(p_variant > p_control) with Beta(1,1) priors, exact closed-form sum (Evan Miller 2015)");
        } else {
            m.put("test", "Welch's t-test, Welch-Satterthwaite degrees of freedom, two-sided");
            m.put("difference_ci", "(m2-m1) +/- t_(1-alpha/2, df)*sqrt(s1^2/n1 + s2^2/n2)");
            m.put("arm_interval", "t interval of the mean");
            m.put("effect_size", "Cohen's d = (m2-m1) / pooled sd, pooled sd = sqrt(((n1-1)s1^2 + (n2-1)s2^2)/(n1+n2-2))");
        }
        m.put("metric_value", "warehouse: binary metrics convert with at least one event after exposure; continuous metrics are the per-user sum of "
                + "event values after exposure, 0 for users without events");
        m.put("undefined", "with no variation in either arm (zero variance, or no or all conversions in both arms) p-values and intervals are "
                + "undefined (null), and they neither win nor lose");
        m.put("sequential", o.sequential()
                ? "always-valid confidence sequences (Waudby-Smith et al. 2023, arXiv 2103.06476, eq. 9 and 155) as GrowthBook implements them, N* = "
                  + Format.plain(o.sequentialNStar()) + ": intervals and p-values hold at every look, so the results may be read at any time"
                : "off: fixed-horizon tests, valid once at the planned sample size");
        m.put("cuped", o.cuped()
                ? "when the metric has values in the 14 days before each user's exposure: adjusted value = post - theta*(pre - mean pre), "
                  + "theta = cov(pre, post)/var(pre) over the users of all arms; Welch's test on the adjusted values decides; variance "
                  + "reduction = 1 - SE_adjusted^2/SE^2, equivalent extra days = days run * r/(1-r)"
                : "off");
        m.put("multiple_comparisons", "every variant against control on every metric (guardrails apart); " + o.correction().description()
                + " across metrics x variants; adjusted p-values (p_value_adjusted) decide, raw p-values shown; guardrails are judged uncorrected, "
                + "as a correction would hide harm");
        m.put("srm", "Pearson chi-square of arm sizes against the planned split, mismatch when p < 0.001");
        m.put("guardrails", "DEGRADED when the whole (1-alpha) CI of the change is worse than the tolerated change; AT_RISK when only the estimate is");
        m.put("sample_size_formula", in.kind() == MetricKind.BINARY ? SampleSize.PROPORTIONS_FORMULA : SampleSize.MEANS_FORMULA);
        m.put("decision_rules", Decision.RULES);
        return m;
    }
}
