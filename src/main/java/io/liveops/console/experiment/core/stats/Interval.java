package io.liveops.console.experiment.core.stats;

/** A closed interval [lower, upper]. */
public record Interval(double lower, double upper) {

    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }

    /** This interval times {@code factor}, still ordered lower ≤ upper when the factor is negative. */
    public Interval scaled(double factor) {
        double a = lower * factor;
        double b = upper * factor;
        return new Interval(Math.min(a, b), Math.max(a, b));
    }

    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }
}
