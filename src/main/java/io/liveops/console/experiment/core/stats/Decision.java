package io.liveops.console.experiment.core.stats;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The recommendation and the one rule that produced it. Rules, first match wins:
 * <ol>
 * <li>sample-ratio mismatch → CONTINUE_MONITORING (the data cannot be trusted);</li>
 * <li>a variant beats control (Holm-adjusted p &lt; α, positive lift) with no degraded guardrail →
 *     ROLLOUT of the largest such lift, unless the planned sample size is not reached yet
 *     (peeking) → CONTINUE_MONITORING;</li>
 * <li>a guardrail is significantly degraded beyond its tolerance → ROLLBACK;</li>
 * <li>every variant is significantly worse than control → ROLLBACK;</li>
 * <li>otherwise → CONTINUE_MONITORING.</li>
 * </ol>
 *
 * @param variant the variant the recommendation is about; null when it concerns none in particular
 */
public record Decision(Recommendation recommendation, String variant, String rule) {

    public enum Recommendation { ROLLOUT, ROLLBACK, CONTINUE_MONITORING }

    public static final String RULES = "1. sample-ratio mismatch (p < 0.001) -> CONTINUE_MONITORING; "
            + "2. a variant with Holm-adjusted p < alpha, positive lift and no degraded guardrail -> ROLLOUT of the largest lift, "
            + "but CONTINUE_MONITORING while the planned sample size per arm is not reached; "
            + "3. a guardrail whose whole confidence interval is worse than its tolerated change -> ROLLBACK; "
            + "4. every variant significantly worse -> ROLLBACK; 5. otherwise CONTINUE_MONITORING";

    /** Rates in percentage points, continuous metrics in their own units. */
    private static String lift(ExperimentAnalysis.Comparison c) {
        return c.proportions() != null ? String.format(Locale.ROOT, "%+.2f pp", 100 * c.lift()) : Format.signed(c.lift());
    }

    static Decision decide(double alpha, List<ExperimentAnalysis.Comparison> comparisons, Srm srm, List<Guardrail.Result> guardrails,
                           ExperimentAnalysis.Peeking peeking) {
        if (srm != null && srm.mismatch()) {
            return new Decision(Recommendation.CONTINUE_MONITORING, null, String.format(Locale.ROOT,
                    "Sample-ratio mismatch (chi-square p = %s < 0.001): the split differs from the plan, so the result must not be trusted until the assignment is fixed.",
                    Format.p(srm.pValue())));
        }
        Optional<ExperimentAnalysis.Comparison> winner = comparisons.stream()
                .filter(c -> c.adjustedP() < alpha && c.lift() > 0)
                .filter(c -> guardrails.stream().noneMatch(g -> g.variant().equals(c.variant()) && g.status() == Guardrail.Status.DEGRADED))
                .max(Comparator.comparingDouble(ExperimentAnalysis.Comparison::lift));
        if (winner.isPresent()) {
            ExperimentAnalysis.Comparison w = winner.get();
            if (peeking.early()) {
                return new Decision(Recommendation.CONTINUE_MONITORING, w.variant(), String.format(Locale.ROOT,
                        "Variant \"%s\" looks better (adjusted p = %s) but the smallest arm has %d of the planned %d users, so stopping now would be peeking: keep the test running.",
                        w.variant(), Format.p(w.adjustedP()), peeking.smallestArm(), peeking.plannedPerArm()));
            }
            return new Decision(Recommendation.ROLLOUT, w.variant(), String.format(Locale.ROOT,
                    "Variant \"%s\" beats control (lift %s, Holm-adjusted p = %s < alpha %s) and no guardrail degraded, so roll it out.",
                    w.variant(), lift(w), Format.p(w.adjustedP()), Format.plain(alpha)));
        }
        Optional<Guardrail.Result> degraded = guardrails.stream().filter(g -> g.status() == Guardrail.Status.DEGRADED).findFirst();
        if (degraded.isPresent()) {
            Guardrail.Result g = degraded.get();
            return new Decision(Recommendation.ROLLBACK, g.variant(), String.format(Locale.ROOT,
                    "Guardrail \"%s\" got significantly worse in variant \"%s\" (change %s, beyond the tolerated %s), so roll the variant back.",
                    g.metric(), g.variant(), Format.signed(g.change()), Format.plain(g.tolerance())));
        }
        boolean allWorse = !comparisons.isEmpty() && comparisons.stream().allMatch(c -> c.adjustedP() < alpha && c.lift() < 0);
        if (allWorse) {
            ExperimentAnalysis.Comparison worst = comparisons.stream().min(Comparator.comparingDouble(ExperimentAnalysis.Comparison::lift)).orElseThrow();
            return new Decision(Recommendation.ROLLBACK, comparisons.size() == 1 ? worst.variant() : null, String.format(Locale.ROOT,
                    "Every variant is significantly worse than control (e.g. %s: lift %s, adjusted p = %s), so roll back.",
                    worst.variant(), lift(worst), Format.p(worst.adjustedP())));
        }
        double best = comparisons.stream().mapToDouble(ExperimentAnalysis.Comparison::adjustedP).min().orElse(1);
        return new Decision(Recommendation.CONTINUE_MONITORING, null, String.format(Locale.ROOT,
                "No variant differs significantly from control (smallest Holm-adjusted p = %s, alpha %s), so keep collecting data.",
                Format.p(best), Format.plain(alpha)));
    }
}
