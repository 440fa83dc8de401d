package io.liveops.console.experiment.core.stats;

import io.liveops.console.experiment.core.stats.ExperimentAnalysis.Comparison;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricResult;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.Options;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The recommendation and the one rule that produced it: GrowthBook's "Clear Signals" decision rule behind
 * the trust checks. Rules, first match wins:
 * <ol>
 * <li>sample-ratio mismatch → CONTINUE_MONITORING (the data cannot be trusted);</li>
 * <li>a variant for which every goal metric wins (adjusted p &lt; α, lift in the good direction) and no guardrail
 *     degraded → ROLLOUT of the largest primary lift, unless the planned sample size is not reached yet with
 *     fixed-horizon tests (peeking) → CONTINUE_MONITORING;</li>
 * <li>a guardrail is significantly degraded beyond its tolerance → ROLLBACK;</li>
 * <li>for every variant a goal loses while none wins → ROLLBACK;</li>
 * <li>otherwise → CONTINUE_MONITORING, with the reason (no significant difference, or undefined statistics).</li>
 * </ol>
 * An undefined comparison (no variation in either arm) neither wins nor loses.
 *
 * @param variant the variant the recommendation is about; null when it concerns none in particular
 */
public record Decision(Recommendation recommendation, String variant, String rule) {

    public enum Recommendation {
        ROLLOUT("Roll out"), ROLLBACK("Roll back"), CONTINUE_MONITORING("Keep running");

        private final String label;

        Recommendation(String label) {
            this.label = label;
        }

        /** The recommendation in words, for screens. */
        public String label() {
            return label;
        }
    }

    public static final String RULES = "Clear Signals (GrowthBook): 1. sample-ratio mismatch (p < 0.001) -> CONTINUE_MONITORING; "
            + "2. a variant for which every goal metric wins (adjusted p < alpha, positive lift) and no guardrail degraded -> ROLLOUT of the "
            + "largest lift, but CONTINUE_MONITORING while the planned sample size per arm is not reached (fixed-horizon tests only); "
            + "3. a guardrail whose whole confidence interval is worse than its tolerated change -> ROLLBACK; "
            + "4. for every variant a goal metric loses while none wins -> ROLLBACK; 5. otherwise CONTINUE_MONITORING. "
            + "An undefined statistic (no variation in either arm) neither wins nor loses";

    /** Rates in percentage points, continuous metrics in their own units. */
    static String lift(Comparison c) {
        return c.binary() ? String.format(Locale.ROOT, "%+.2f pp", 100 * c.lift()) : Format.signed(c.lift());
    }

    private static boolean wins(Comparison c, double alpha) {
        return c.adjustedP() != null && c.adjustedP() < alpha && c.lift() > 0;
    }

    private static boolean loses(Comparison c, double alpha) {
        return c.adjustedP() != null && c.adjustedP() < alpha && c.lift() < 0;
    }

    static Decision decide(double alpha, Options options, List<MetricResult> metrics, Srm srm, List<Guardrail.Result> guardrails,
                           ExperimentAnalysis.Peeking peeking) {
        String adjusted = options.correction() == Correction.NONE ? "p" : options.correction().label() + "-adjusted p";
        if (srm != null && srm.mismatch()) {
            return new Decision(Recommendation.CONTINUE_MONITORING, null, String.format(Locale.ROOT,
                    "Sample-ratio mismatch (chi-square p %s < 0.001): the split differs from the plan, so the result must not be trusted until the assignment is fixed.",
                    Format.pIs(srm.pValue())));
        }
        List<Comparison> primary = metrics.get(0).comparisons();
        List<List<Comparison>> goalsByVariant = new ArrayList<>();
        for (int i = 0; i < primary.size(); i++) {
            List<Comparison> goals = new ArrayList<>();
            for (MetricResult m : metrics) {
                if (m.data().role() == Role.GOAL) {
                    goals.add(m.comparisons().get(i));
                }
            }
            goalsByVariant.add(goals);
        }
        Optional<Comparison> winner = Optional.empty();
        for (int i = 0; i < primary.size(); i++) {
            Comparison c = primary.get(i);
            boolean allWin = goalsByVariant.get(i).stream().allMatch(g -> wins(g, alpha));
            boolean degraded = guardrails.stream().anyMatch(g -> g.variant().equals(c.variant()) && g.status() == Guardrail.Status.DEGRADED);
            if (allWin && !degraded && (winner.isEmpty() || c.lift() > winner.get().lift())) {
                winner = Optional.of(c);
            }
        }
        if (winner.isPresent()) {
            Comparison w = winner.get();
            String goals = goalsByVariant.get(0).size() > 1 ? "wins on every goal metric" : "beats control";
            if (peeking.early()) {
                return new Decision(Recommendation.CONTINUE_MONITORING, w.variant(), String.format(Locale.ROOT,
                        "Variant \"%s\" looks better (%s %s) but the smallest arm has %d of the planned %d users, so stopping now would be peeking: keep the test running (or turn on sequential testing, whose results may be read at any time).",
                        w.variant(), adjusted, Format.pIs(w.adjustedP()), peeking.smallestArm(), peeking.plannedPerArm()));
            }
            return new Decision(Recommendation.ROLLOUT, w.variant(), String.format(Locale.ROOT,
                    "Variant \"%s\" %s (lift %s, %s %s < alpha %s%s) and no guardrail degraded, so roll it out.",
                    w.variant(), goals, lift(w), adjusted, Format.pIs(w.adjustedP()), Format.plain(alpha),
                    options.sequential() ? ", always valid" : ""));
        }
        Optional<Guardrail.Result> degraded = guardrails.stream().filter(g -> g.status() == Guardrail.Status.DEGRADED).findFirst();
        if (degraded.isPresent()) {
            Guardrail.Result g = degraded.get();
            return new Decision(Recommendation.ROLLBACK, g.variant(), String.format(Locale.ROOT,
                    "Guardrail \"%s\" got significantly worse in variant \"%s\" (change %s, beyond the tolerated %s), so roll the variant back.",
                    g.metric(), g.variant(), Format.change(g.change(), g.binary()), Format.change(g.tolerance(), g.binary()).replace("+", "")));
        }
        boolean allLose = goalsByVariant.stream().allMatch(goals -> goals.stream().anyMatch(g -> loses(g, alpha))
                && goals.stream().noneMatch(g -> wins(g, alpha)));
        if (allLose && !primary.isEmpty()) {
            Comparison worst = goalsByVariant.stream().flatMap(List::stream).filter(g -> loses(g, alpha))
                    .min(Comparator.comparingDouble(Comparison::lift)).orElseThrow();
            return new Decision(Recommendation.ROLLBACK, primary.size() == 1 ? worst.variant() : null, String.format(Locale.ROOT,
                    "Every variant loses on a goal metric and wins on none (e.g. %s on %s: lift %s, %s %s), so roll back.",
                    worst.variant(), worst.metric(), lift(worst), adjusted, Format.pIs(worst.adjustedP())));
        }
        if (primary.stream().allMatch(c -> c.undefined() != null)) {
            return new Decision(Recommendation.CONTINUE_MONITORING, null, String.format(Locale.ROOT,
                    "No verdict: the statistics are undefined (%s), so there is nothing to decide on yet.", primary.get(0).undefined()));
        }
        Optional<Comparison> best = goalsByVariant.stream().flatMap(List::stream).filter(c -> c.adjustedP() != null)
                .min(Comparator.comparingDouble(Comparison::adjustedP));
        return new Decision(Recommendation.CONTINUE_MONITORING, null, best.isEmpty() ? "No goal metric can be tested, so keep collecting data."
                : String.format(Locale.ROOT, "No variant wins on every goal metric (smallest %s %s, alpha %s), so keep collecting data.",
                adjusted, Format.pIs(best.get().adjustedP()), Format.plain(alpha)));
    }
}
