package io.liveops.console.experiment.core.stats;

import java.util.List;

/**
 * A metric that must not get worse. It is DEGRADED for a variant when the whole (1 − α) confidence
 * interval of its change lies beyond the tolerated change in the bad direction (a significant
 * degradation larger than the tolerance); AT_RISK when only the point estimate does.
 *
 * @param tolerance the change the team accepts, in the metric's own units (rate points for binary metrics), ≥ 0
 * @param arms      the guardrail's data per arm, in the same order as the primary metric's arms
 */
public record Guardrail(String metric, Direction direction, double tolerance, List<Arm> arms) {

    public enum Direction {
        LOWER_IS_BETTER, HIGHER_IS_BETTER;

        /** +1 when an increase is bad. */
        int badSign() {
            return this == LOWER_IS_BETTER ? 1 : -1;
        }
    }

    public enum Status {
        OK("ok"), AT_RISK("at risk"), DEGRADED("degraded");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The status as a word for screens and reports. */
        public String label() {
            return label;
        }
    }

    /**
     * @param change       variant − control
     * @param changeCi     (1 − α) interval of that change (always valid when sequential); null when undefined
     * @param degradation  the change in the bad direction (positive = worse)
     * @param pValue       two-sided p-value of the change against 0; null when undefined
     * @param binary       true when the metric is a rate (its change is in rate points)
     * @param undefined    why the interval is undefined (then the guardrail cannot be DEGRADED); null when defined
     */
    public record Result(String metric, String variant, Direction direction, double tolerance, double controlValue, double variantValue,
                         double change, Interval changeCi, double degradation, Double pValue, Status status, boolean binary, String undefined) {}

    public Guardrail {
        if (metric == null || metric.isBlank()) {
            throw new InvalidInputException("guardrail", "Every guardrail needs a metric name.");
        }
        Checks.finite("guardrail." + metric, "The tolerated change of guardrail " + metric, tolerance);
        if (tolerance < 0) {
            throw new InvalidInputException("guardrail." + metric, "The tolerated change of guardrail " + metric
                    + " must be 0 or more (it is measured in the bad direction), got " + tolerance + ".");
        }
        arms = List.copyOf(arms);
    }

    /** Evaluates this guardrail for every variant against the first arm (control), with fixed-horizon intervals. */
    public List<Result> evaluate(double alpha) {
        return evaluate(alpha, null);
    }

    /**
     * Evaluates this guardrail for every variant against the first arm (control).
     *
     * @param sequentialNStar N* of the always-valid intervals; null for fixed-horizon intervals
     */
    public List<Result> evaluate(double alpha, Double sequentialNStar) {
        if (arms.size() < 2) {
            throw new InvalidInputException("guardrail." + metric, "Guardrail " + metric + " needs data for control and at least one variant.");
        }
        Arm control = arms.get(0);
        return arms.subList(1, arms.size()).stream().map(v -> evaluate(control, v, alpha, sequentialNStar)).toList();
    }

    private Result evaluate(Arm control, Arm variant, double alpha, Double nStar) {
        Effect e;
        if (control instanceof ArmCounts c && variant instanceof ArmCounts v) {
            e = Effect.of(ProportionTest.compare(c, v, alpha), alpha, nStar);
        } else if (control instanceof ArmMoments c && variant instanceof ArmMoments v) {
            e = Effect.of(WelchTest.compare(c, v, alpha), alpha, nStar);
        } else {
            throw new InvalidInputException("guardrail." + metric, "Guardrail " + metric + " mixes counts and means across arms.");
        }
        int sign = direction.badSign();
        double degradation = e.difference() * sign;
        Status status = e.ci() != null && e.ci().scaled(sign).lower() > tolerance ? Status.DEGRADED
                : degradation > tolerance ? Status.AT_RISK : Status.OK;
        return new Result(metric, variant.name(), direction, tolerance, control.value(), variant.value(), e.difference(), e.ci(), degradation,
                e.pValue(), status, control instanceof ArmCounts, e.undefined());
    }
}
