package io.liveops.console.kpi.core;

/** What a KPI value measures; decides formatting and whether exports write it as an integer. */
public enum Unit {
    COUNT(true),
    FRACTION(false),
    USD(false),
    MILLISECONDS(false),
    /** A score such as NPS, from -100 to 100. */
    SCORE(false),
    /** A price index where 1.00 means unchanged. */
    INDEX(false),
    RATIO(false),
    /** A signed relative change, 0.05 = +5 %. */
    CHANGE(false),
    /** Whole points on a 0–100 scale (the Fear &amp; Greed index). */
    POINTS(true);

    private final boolean integral;

    Unit(boolean integral) {
        this.integral = integral;
    }

    /** True when every value of this unit is a whole number (JSON and CSV write it without a fraction). */
    public boolean integral() {
        return integral;
    }
}
