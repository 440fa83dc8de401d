package io.liveops.console.alert.core;

/**
 * How bad an observed thing is. Tabs map their own statuses onto this (a KPI tile's threshold
 * state, an incident's SLA timer, …). {@link #UNKNOWN} (no data, query failed) neither raises nor
 * recovers: a warehouse hiccup must not page anyone, nor pretend a breach is over.
 */
public enum AlertLevel {
    OK(0), WARNING(1), CRITICAL(2), UNKNOWN(-1);

    private final int severity;

    AlertLevel(int severity) {
        this.severity = severity;
    }

    /** True when this is strictly more severe than {@code other}; UNKNOWN is never worse nor better. */
    public boolean isWorseThan(AlertLevel other) {
        return this != UNKNOWN && other != UNKNOWN && severity > other.severity;
    }

    /** True for WARNING and CRITICAL, the levels an alert can carry. */
    public boolean isAlerting() {
        return this == WARNING || this == CRITICAL;
    }
}
