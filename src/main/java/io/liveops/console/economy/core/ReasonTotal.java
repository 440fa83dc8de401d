package io.liveops.console.economy.core;

import java.util.Objects;

/**
 * A reason's 7-day total for one flow, against the 7 days before.
 *
 * @param share  this reason's part of its flow's 7-day total (0..1); null when the flow moved nothing
 * @param change current / previous − 1 (week over week); null when the previous week had none (a new tap or drain)
 */
public record ReasonTotal(String reason, Flow flow, long current, long previous, Double share, Double change) {

    public ReasonTotal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(flow, "flow");
    }

    static ReasonTotal of(String reason, Flow flow, long current, long previous, long flowTotal) {
        Double share = flowTotal == 0 ? null : current / (double) flowTotal;
        Double change = previous == 0 ? null : current / (double) previous - 1;
        return new ReasonTotal(reason, flow, current, previous, share, change);
    }

    /** How much more (or less, negative) this reason moved than the week before. */
    public long growth() {
        return current - previous;
    }
}
