package io.liveops.console.experiment.core.stats;

/** The argument checks shared by the statistics, each failing with a sentence a director understands. */
final class Checks {

    private Checks() {}

    static double probability(String field, String label, double value) {
        if (!Double.isFinite(value) || value <= 0 || value >= 1) {
            throw new InvalidInputException(field, label + " must be between 0 and 1 (exclusive), got " + value + ".");
        }
        return value;
    }

    static double alpha(double alpha) {
        return probability("alpha", "Alpha", alpha);
    }

    static double rate(String field, String label, double value) {
        if (!Double.isFinite(value) || value < 0 || value > 1) {
            throw new InvalidInputException(field, label + " must be a rate between 0 and 1, got " + value + ".");
        }
        return value;
    }

    static double finite(String field, String label, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(field, label + " must be a finite number.");
        }
        return value;
    }
}
