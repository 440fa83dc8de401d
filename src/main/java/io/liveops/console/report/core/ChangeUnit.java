package io.liveops.console.report.core;

/** How a line's week-on-week change is measured; {@link #id()} is the CLI JSON's {@code change_unit}. */
public enum ChangeUnit {
    /** (this − previous) / |previous|, as a fraction: 0.15 is +15 %. Undefined when the previous value is 0. */
    RELATIVE("relative"),
    /** this − previous for a line that is itself a fraction, so 0.01 is +1 percentage point. */
    PERCENTAGE_POINTS("percentage_points"),
    /** this − previous in the line's own unit (members, conversions). */
    ABSOLUTE("absolute");

    private final String id;

    ChangeUnit(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
