package io.liveops.console.experiment.core.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The whole analysis of one experiment: every variant against control (z-test or Welch, Holm
 * across variants), the trust checks (sample-ratio mismatch, guardrails, peeking), the Bayesian
 * chance to beat control and the decision. Pure and immutable; safe on any thread.
 */
public final class ExperimentAnalysis {

    public enum MetricKind { BINARY, CONTINUOUS }

    /**
     * @param arms           control first, then one or more variants; all {@link ArmCounts} for BINARY, all {@link ArmMoments} for CONTINUOUS
     * @param plannedWeights planned share per arm (any positive scale) for the SRM check; null = no planned split, no SRM check
     * @param plannedPerArm  the planned sample size per arm for the peeking check; null = none planned
     */
    public record Input(String experimentId, String metric, MetricKind kind, List<Arm> arms, double[] plannedWeights, double alpha,
                        Long plannedPerArm, List<Guardrail> guardrails) {
        public Input {
            arms = List.copyOf(arms);
            guardrails = guardrails == null ? List.of() : List.copyOf(guardrails);
            plannedWeights = plannedWeights == null ? null : plannedWeights.clone();
        }
    }

    /** One variant against control. Exactly one of {@code proportions} and {@code means} is set. */
    public record Comparison(String variant, ProportionTest proportions, WelchTest means, double rawP, double adjustedP, boolean significant,
                             Double chanceToBeatControl) {

        /** Absolute lift: rate points or metric units. */
        public double lift() {
            return proportions != null ? proportions.absoluteLift() : means.difference();
        }

        public Double relativeLift() {
            return proportions != null ? proportions.relativeLift() : means.relativeLift();
        }

        public Interval liftCi() {
            return proportions != null ? proportions.differenceCi() : means.differenceCi();
        }

        public String note() {
            return proportions != null ? proportions.note() : means.note();
        }
    }

    /** One arm: its size, value (rate or mean) and the interval of that value (Wilson for rates, t for means). */
    public record ArmSummary(String name, long users, double value, Interval ci, Arm data) {}

    /** @param early true when a plan exists and the smallest arm has not reached it */
    public record Peeking(Long plannedPerArm, long smallestArm, boolean early) {}

    /** @param srm null when no planned split was given */
    public record Result(Input input, List<ArmSummary> arms, List<Comparison> comparisons, Srm srm, List<Guardrail.Result> guardrails,
                         Peeking peeking, Decision decision) {}

    private final BayesBeta bayes = new BayesBeta();

    public Result analyze(Input in) {
        double alpha = Checks.alpha(in.alpha());
        List<Arm> arms = in.arms();
        if (arms.size() < 2) {
            throw new InvalidInputException("arms", "An experiment needs a control and at least one variant, but only "
                    + (arms.isEmpty() ? "no arm was" : "one arm ('" + arms.get(0).name() + "') was") + " given.");
        }
        Set<String> names = new HashSet<>();
        for (Arm a : arms) {
            if (!names.add(a.name())) {
                throw new InvalidInputException("arm." + a.name(), "Two arms are both named '" + a.name() + "'.");
            }
            boolean fits = in.kind() == MetricKind.BINARY ? a instanceof ArmCounts : a instanceof ArmMoments;
            if (!fits) {
                throw new InvalidInputException("arm." + a.name(), "Arm '" + a.name() + "' does not match the metric type "
                        + (in.kind() == MetricKind.BINARY ? "(binary: successes/trials)." : "(continuous: mean, sd, n)."));
            }
        }
        if (in.plannedPerArm() != null && in.plannedPerArm() <= 0) {
            throw new InvalidInputException("planned", "The planned sample size per arm must be positive, got " + in.plannedPerArm() + ".");
        }
        for (Guardrail g : in.guardrails()) {
            if (g.arms().size() != arms.size()) {
                throw new InvalidInputException("guardrail." + g.metric(), "Guardrail " + g.metric() + " has data for " + g.arms().size()
                        + " arms but the experiment has " + arms.size() + ".");
            }
        }

        Arm control = arms.get(0);
        int m = arms.size() - 1;
        ProportionTest[] props = new ProportionTest[m];
        WelchTest[] welch = new WelchTest[m];
        double[] raw = new double[m];
        for (int i = 0; i < m; i++) {
            Arm v = arms.get(i + 1);
            if (in.kind() == MetricKind.BINARY) {
                props[i] = ProportionTest.compare((ArmCounts) control, (ArmCounts) v, alpha);
                raw[i] = props[i].pValue();
            } else {
                welch[i] = WelchTest.compare((ArmMoments) control, (ArmMoments) v, alpha);
                raw[i] = welch[i].pValue();
            }
        }
        double[] adjusted = Holm.adjust(raw);
        List<Comparison> comparisons = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            Double chance = props[i] == null ? null : bayes.chanceToBeatControl((ArmCounts) control, (ArmCounts) arms.get(i + 1));
            comparisons.add(new Comparison(arms.get(i + 1).name(), props[i], welch[i], raw[i], adjusted[i], adjusted[i] < alpha, chance));
        }

        List<ArmSummary> summaries = new ArrayList<>(arms.size());
        long[] sizes = new long[arms.size()];
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < arms.size(); i++) {
            Arm a = arms.get(i);
            sizes[i] = a.users();
            smallest = Math.min(smallest, a.users());
            summaries.add(new ArmSummary(a.name(), a.users(), a.value(), interval(a, alpha), a));
        }
        Srm srm = in.plannedWeights() == null ? null : Srm.test(sizes, in.plannedWeights());
        List<Guardrail.Result> guardrails = new ArrayList<>();
        for (Guardrail g : in.guardrails()) {
            guardrails.addAll(g.evaluate(alpha));
        }
        Peeking peeking = new Peeking(in.plannedPerArm(), smallest, in.plannedPerArm() != null && smallest < in.plannedPerArm());
        Decision decision = Decision.decide(alpha, comparisons, srm, guardrails, peeking);
        return new Result(in, List.copyOf(summaries), List.copyOf(comparisons), srm, List.copyOf(guardrails), peeking, decision);
    }

    private static Interval interval(Arm a, double alpha) {
        if (a instanceof ArmCounts c) {
            return Wilson.interval(c.successes(), c.trials(), alpha);
        }
        ArmMoments mo = (ArmMoments) a;
        double half = new TDistribution(null, mo.n() - 1, TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY).inverseCumulativeProbability(1 - alpha / 2)
                * mo.sd() / Math.sqrt(mo.n());
        return new Interval(mo.mean() - half, mo.mean() + half);
    }
}
