package io.liveops.console.kpi.core;

import io.liveops.console.shared.Status;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where a KPI turns from OK to WARNING to CRITICAL (the playbooks' table). Three shapes:
 * <ul>
 *   <li>{@code higher_is_better}: WARNING below {@code warning}, CRITICAL below {@code critical};</li>
 *   <li>{@code lower_is_better}: WARNING above {@code warning}, CRITICAL above {@code critical};</li>
 *   <li>{@code band}: WARNING outside [{@code warning_low}, {@code warning_high}], CRITICAL outside
 *       [{@code critical_low}, {@code critical_high}].</li>
 * </ul>
 * Comparisons are strict ({@code < 0.25}) unless {@code inclusive} is set, which makes the limit itself
 * already a breach (fraud flags: {@code ≥ 5} warns). {@code target} is the goal shown to the user.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"direction", "target", "warning", "critical", "warning_low", "warning_high", "critical_low", "critical_high", "inclusive"})
public record Threshold(
        @JsonProperty("direction") Direction direction,
        @JsonProperty("target") Double target,
        @JsonProperty("warning") Double warning,
        @JsonProperty("critical") Double critical,
        @JsonProperty("warning_low") Double warningLow,
        @JsonProperty("warning_high") Double warningHigh,
        @JsonProperty("critical_low") Double criticalLow,
        @JsonProperty("critical_high") Double criticalHigh,
        @JsonProperty("inclusive") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean inclusive) {

    /** Which way is good. */
    public enum Direction {
        HIGHER_IS_BETTER("higher_is_better"),
        LOWER_IS_BETTER("lower_is_better"),
        BAND("band");

        private final String id;

        Direction(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }

        @JsonCreator
        public static Direction fromId(String id) {
            for (Direction d : values()) {
                if (d.id.equals(id)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("direction '" + id + "' is not one of "
                    + Arrays.stream(values()).map(Direction::id).collect(Collectors.joining(", ")));
        }
    }

    public Threshold {
        if (direction == null) {
            throw new IllegalArgumentException("direction is missing: use higher_is_better, lower_is_better or band");
        }
        finiteOrNull("target", target);
        if (direction == Direction.BAND) {
            absent("warning", warning, "band");
            absent("critical", critical, "band");
            required("warning_low", warningLow);
            required("warning_high", warningHigh);
            required("critical_low", criticalLow);
            required("critical_high", criticalHigh);
            if (!(warningLow < warningHigh)) {
                throw new IllegalArgumentException("warning_low (" + warningLow + ") must be below warning_high (" + warningHigh + ")");
            }
            if (criticalLow > warningLow || criticalHigh < warningHigh) {
                throw new IllegalArgumentException("the critical band critical_low..critical_high (" + criticalLow + ".." + criticalHigh
                        + ") must contain the warning band warning_low..warning_high (" + warningLow + ".." + warningHigh + ")");
            }
            if (target != null && (target < warningLow || target > warningHigh)) {
                throw new IllegalArgumentException("target (" + target + ") must lie inside the warning band warning_low..warning_high ("
                        + warningLow + ".." + warningHigh + ")");
            }
        } else {
            absent("warning_low", warningLow, direction.id());
            absent("warning_high", warningHigh, direction.id());
            absent("critical_low", criticalLow, direction.id());
            absent("critical_high", criticalHigh, direction.id());
            required("warning", warning);
            required("critical", critical);
            boolean higher = direction == Direction.HIGHER_IS_BETTER;
            // "between" includes the ends: a team may collapse warning onto the target or onto critical
            boolean warningOk = higher ? critical <= warning : critical >= warning;
            boolean targetOk = target == null || (higher ? warning <= target : warning >= target);
            if (!warningOk || !targetOk) {
                String where = target == null ? "critical (" + critical + ")" : "target (" + target + ") and critical (" + critical + ")";
                throw new IllegalArgumentException("warning (" + warning + ") must lie between " + where + " for " + direction.id());
            }
        }
    }

    /** The JSON form; {@code inclusive} may be left out (false). */
    @JsonCreator
    static Threshold fromJson(
            @JsonProperty("direction") Direction direction,
            @JsonProperty("target") Double target,
            @JsonProperty("warning") Double warning,
            @JsonProperty("critical") Double critical,
            @JsonProperty("warning_low") Double warningLow,
            @JsonProperty("warning_high") Double warningHigh,
            @JsonProperty("critical_low") Double criticalLow,
            @JsonProperty("critical_high") Double criticalHigh,
            @JsonProperty("inclusive") Boolean inclusive) {
        return new Threshold(direction, target, warning, critical, warningLow, warningHigh, criticalLow, criticalHigh,
                Boolean.TRUE.equals(inclusive));
    }

    public static Threshold higherIsBetter(double target, double warning, double critical) {
        return new Threshold(Direction.HIGHER_IS_BETTER, target, warning, critical, null, null, null, null, false);
    }

    public static Threshold lowerIsBetter(double target, double warning, double critical) {
        return new Threshold(Direction.LOWER_IS_BETTER, target, warning, critical, null, null, null, null, false);
    }

    public static Threshold band(Double target, double warningLow, double warningHigh, double criticalLow, double criticalHigh) {
        return new Threshold(Direction.BAND, target, null, null, warningLow, warningHigh, criticalLow, criticalHigh, false);
    }

    /** The same limits, with the limit values themselves counting as breaches (≥ / ≤ instead of > / <). */
    public Threshold inclusiveLimits() {
        return new Threshold(direction, target, warning, critical, warningLow, warningHigh, criticalLow, criticalHigh, true);
    }

    /** OK, WARNING or CRITICAL for a value; UNKNOWN for no value. */
    public Status evaluate(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return Status.UNKNOWN;
        }
        double v = value;
        return switch (direction) {
            case HIGHER_IS_BETTER -> below(v, critical) ? Status.CRITICAL : below(v, warning) ? Status.WARNING : Status.OK;
            case LOWER_IS_BETTER -> above(v, critical) ? Status.CRITICAL : above(v, warning) ? Status.WARNING : Status.OK;
            case BAND -> below(v, criticalLow) || above(v, criticalHigh) ? Status.CRITICAL
                    : below(v, warningLow) || above(v, warningHigh) ? Status.WARNING : Status.OK;
        };
    }

    private boolean below(double v, double limit) {
        return inclusive ? v <= limit : v < limit;
    }

    private boolean above(double v, double limit) {
        return inclusive ? v >= limit : v > limit;
    }

    private static void required(String field, Double value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        finiteOrNull(field, value);
    }

    private static void finiteOrNull(String field, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, not " + value);
        }
    }

    private static void absent(String field, Double value, String direction) {
        if (value != null) {
            throw new IllegalArgumentException(field + " does not apply to direction " + direction);
        }
    }
}
