package io.liveops.console.experiment.core.stats;

/**
 * One arm of an experiment on a continuous metric, summarised as mean, sample standard deviation
 * (n − 1 in the denominator) and number of users.
 */
public record ArmMoments(String name, double mean, double sd, long n) implements Arm {

    public ArmMoments {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("arm", "Every arm needs a name.");
        }
        String field = "arm." + name;
        Checks.finite(field, "The mean of arm '" + name + "'", mean);
        Checks.finite(field, "The standard deviation of arm '" + name + "'", sd);
        if (sd < 0) {
            throw new InvalidInputException(field, "The standard deviation of arm '" + name + "' cannot be negative (" + sd + ").");
        }
        if (n < 2) {
            throw new InvalidInputException(field, "Arm '" + name + "' needs at least 2 users for a t-test, got " + n + ".");
        }
    }

    @Override
    public long users() {
        return n;
    }

    @Override
    public double value() {
        return mean;
    }

    public double variance() {
        return sd * sd;
    }
}
