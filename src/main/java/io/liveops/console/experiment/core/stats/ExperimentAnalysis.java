package io.liveops.console.experiment.core.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The whole analysis of one experiment: every metric's variants against control (z-test or Welch,
 * CUPED-adjusted when pre-exposure data exists, fixed-horizon or always valid), one multiple-testing
 * correction across metrics × variants, the trust checks (sample-ratio mismatch, guardrails, peeking),
 * the Bayesian chance to beat control and the decision. Pure and immutable; safe on any thread.
 */
public final class ExperimentAnalysis {

    public enum MetricKind { BINARY, CONTINUOUS }

    /** What a metric counts for in the decision: goals must win; secondary metrics are reported only. */
    public enum Role { GOAL, SECONDARY }

    /**
     * @param correction      the multiple-testing correction across metrics × variants
     * @param sequentialNStar N* of always-valid (sequential) inference; null for fixed-horizon tests
     * @param cuped           adjust metrics with their pre-exposure values where those exist
     */
    public record Options(Correction correction, Double sequentialNStar, boolean cuped) {
        public static final Options DEFAULT = new Options(Correction.HOLM, null, true);

        public Options {
            if (correction == null) {
                throw new InvalidInputException("correction", "Choose a correction: holm, bh or none.");
            }
            if (sequentialNStar != null) {
                SequentialTest.checkNStar(sequentialNStar);
            }
        }

        public boolean sequential() {
            return sequentialNStar != null;
        }
    }

    /**
     * One metric's data per arm, in the primary metric's arm order.
     *
     * @param cuped per arm pre/post moments for CUPED; null when not available
     */
    public record MetricData(String metric, MetricKind kind, Role role, List<Arm> arms, List<CupedArm> cuped) {
        public MetricData {
            arms = List.copyOf(arms);
            cuped = cuped == null ? null : List.copyOf(cuped);
        }
    }

    /**
     * @param metrics        the primary metric first, then the others; every metric has one entry per arm, control first
     * @param plannedWeights planned share per arm (any positive scale) for the SRM check; null = no planned split, no SRM check
     * @param plannedPerArm  the planned sample size per arm for the peeking check; null = none planned
     * @param daysRunning    how many days the experiment has collected users (for CUPED's "extra days"); null when unknown
     */
    public record Input(String experimentId, List<MetricData> metrics, double[] plannedWeights, double alpha, Long plannedPerArm,
                        List<Guardrail> guardrails, Options options, Integer daysRunning) {
        public Input {
            metrics = List.copyOf(metrics);
            guardrails = guardrails == null ? List.of() : List.copyOf(guardrails);
            plannedWeights = plannedWeights == null ? null : plannedWeights.clone();
            options = options == null ? Options.DEFAULT : options;
            if (metrics.isEmpty()) {
                throw new InvalidInputException("metric", "An analysis needs at least one metric.");
            }
        }

        /** One metric typed by hand, default options. */
        public Input(String experimentId, String metric, MetricKind kind, List<Arm> arms, double[] plannedWeights, double alpha,
                     Long plannedPerArm, List<Guardrail> guardrails) {
            this(experimentId, List.of(new MetricData(metric, kind, Role.GOAL, arms, null)), plannedWeights, alpha, plannedPerArm, guardrails,
                    Options.DEFAULT, null);
        }

        public Input withOptions(Options o) {
            return new Input(experimentId, metrics, plannedWeights, alpha, plannedPerArm, guardrails, o, daysRunning);
        }

        public MetricData primary() {
            return metrics.get(0);
        }

        public String metric() {
            return primary().metric();
        }

        public MetricKind kind() {
            return primary().kind();
        }

        public List<Arm> arms() {
            return primary().arms();
        }
    }

    /**
     * One variant against control on one metric. Exactly one of {@code proportions} and {@code means} is set (the
     * unadjusted test); {@code effect} is what the decision uses: the CUPED-adjusted difference when {@code cuped} is
     * set, always valid when sequential.
     *
     * @param adjustedP the p-value after the correction across metrics × variants; null when undefined
     */
    public record Comparison(String metric, Role role, String variant, ProportionTest proportions, WelchTest means, Cuped.Comparison cuped,
                             Effect effect, Double adjustedP, boolean significant, Double chanceToBeatControl) {

        public Double rawP() {
            return effect.pValue();
        }

        /** The difference the decision uses: rate points or metric units, CUPED-adjusted when applied. */
        public double lift() {
            return effect.difference();
        }

        public Double relativeLift() {
            return effect.relative();
        }

        /** Null when undefined. */
        public Interval liftCi() {
            return effect.ci();
        }

        /** The unadjusted difference (before CUPED). */
        public double unadjustedLift() {
            return proportions != null ? proportions.absoluteLift() : means.difference();
        }

        /** Why the comparison has no p-value or interval; null when it has them. */
        public String undefined() {
            return effect.undefined();
        }

        public boolean binary() {
            return proportions != null;
        }

        public String note() {
            return proportions != null ? proportions.note() : means.note();
        }
    }

    /** One arm: its size, value (rate or mean) and the interval of that value (Wilson for rates, t for means). */
    public record ArmSummary(String name, long users, double value, Interval ci, Arm data) {}

    /** @param early true when a plan exists, the smallest arm has not reached it, and the inference is not always valid */
    public record Peeking(Long plannedPerArm, long smallestArm, boolean early) {}

    /** One metric's result; {@code cuped} is null when it was not adjusted. */
    public record MetricResult(MetricData data, Cuped cuped, List<Comparison> comparisons) {}

    /** @param srm null when no planned split was given */
    public record Result(Input input, List<ArmSummary> arms, List<MetricResult> metrics, Srm srm, List<Guardrail.Result> guardrails,
                         Peeking peeking, Decision decision) {

        /** The primary metric's comparisons. */
        public List<Comparison> comparisons() {
            return metrics.get(0).comparisons();
        }
    }

    private final BayesBeta bayes = new BayesBeta();

    public Result analyze(Input in) {
        double alpha = Checks.alpha(in.alpha());
        Options options = in.options();
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
        }
        for (MetricData md : in.metrics()) {
            check(md, arms.size());
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

        int variants = arms.size() - 1;
        List<Cuped> cupeds = new ArrayList<>();
        List<Comparison> unadjusted = new ArrayList<>();
        for (MetricData md : in.metrics()) {
            Cuped cuped = options.cuped() && md.cuped() != null ? Cuped.of(md.cuped()) : null;
            cupeds.add(cuped);
            for (int i = 1; i <= variants; i++) {
                unadjusted.add(compare(md, cuped, i, alpha, options, in.daysRunning()));
            }
        }
        Double[] raw = unadjusted.stream().map(Comparison::rawP).toArray(Double[]::new);
        Double[] adjusted = options.correction().adjust(raw);
        List<MetricResult> metrics = new ArrayList<>();
        int k = 0;
        for (int m = 0; m < in.metrics().size(); m++) {
            List<Comparison> comps = new ArrayList<>(variants);
            for (int i = 0; i < variants; i++, k++) {
                Comparison c = unadjusted.get(k);
                Double adj = adjusted[k];
                comps.add(new Comparison(c.metric(), c.role(), c.variant(), c.proportions(), c.means(), c.cuped(), c.effect(), adj,
                        adj != null && adj < alpha, c.chanceToBeatControl()));
            }
            metrics.add(new MetricResult(in.metrics().get(m), cupeds.get(m), List.copyOf(comps)));
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
            guardrails.addAll(g.evaluate(alpha, options.sequentialNStar()));
        }
        Peeking peeking = new Peeking(in.plannedPerArm(), smallest,
                !options.sequential() && in.plannedPerArm() != null && smallest < in.plannedPerArm());
        Decision decision = Decision.decide(alpha, options, metrics, srm, guardrails, peeking);
        return new Result(in, List.copyOf(summaries), List.copyOf(metrics), srm, List.copyOf(guardrails), peeking, decision);
    }

    private Comparison compare(MetricData md, Cuped cuped, int index, double alpha, Options options, Integer daysRunning) {
        Arm control = md.arms().get(0);
        Arm variant = md.arms().get(index);
        Double nStar = options.sequentialNStar();
        ProportionTest props = null;
        WelchTest welch = null;
        Cuped.Comparison adjusted = cuped == null ? null : cuped.compare(index, alpha, daysRunning);
        Effect effect;
        if (md.kind() == MetricKind.BINARY) {
            props = ProportionTest.compare((ArmCounts) control, (ArmCounts) variant, alpha);
            effect = Effect.of(props, alpha, nStar);
        } else {
            welch = WelchTest.compare((ArmMoments) control, (ArmMoments) variant, alpha);
            effect = Effect.of(welch, alpha, nStar);
        }
        if (adjusted != null) {
            effect = Effect.of(adjusted.adjusted(), alpha, nStar);
        }
        Double chance = props == null ? null : bayes.chanceToBeatControl((ArmCounts) control, (ArmCounts) variant);
        return new Comparison(md.metric(), md.role(), variant.name(), props, welch, adjusted, effect, null, false, chance);
    }

    private static void check(MetricData md, int armCount) {
        if (md.arms().size() != armCount) {
            throw new InvalidInputException("metric." + md.metric(), "Metric " + md.metric() + " has data for " + md.arms().size()
                    + " arms but the experiment has " + armCount + ".");
        }
        for (Arm a : md.arms()) {
            boolean fits = md.kind() == MetricKind.BINARY ? a instanceof ArmCounts : a instanceof ArmMoments;
            if (!fits) {
                throw new InvalidInputException("arm." + a.name(), "Arm '" + a.name() + "' does not match the metric type "
                        + (md.kind() == MetricKind.BINARY ? "(binary: successes/trials)." : "(continuous: mean, sd, n)."));
            }
        }
        if (md.cuped() != null && md.cuped().size() != armCount) {
            throw new InvalidInputException("metric." + md.metric(), "Metric " + md.metric() + " has pre-exposure data for "
                    + md.cuped().size() + " arms but the experiment has " + armCount + ".");
        }
    }

    private static Interval interval(Arm a, double alpha) {
        if (a instanceof ArmCounts c) {
            return Wilson.interval(c.successes(), c.trials(), alpha);
        }
        ArmMoments mo = (ArmMoments) a;
        double half = StudentT.quantile(mo.n() - 1, 1 - alpha / 2) * mo.sd() / Math.sqrt(mo.n());
        return new Interval(mo.mean() - half, mo.mean() + half);
    }
}
