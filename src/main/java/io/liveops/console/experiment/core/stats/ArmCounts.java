package io.liveops.console.experiment.core.stats;

/**
 * One arm of a conversion experiment: {@code successes} of {@code trials} users converted.
 */
public record ArmCounts(String name, long successes, long trials) implements Arm {

    public ArmCounts {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("arm", "Every arm needs a name.");
        }
        if (trials < 0 || successes < 0) {
            throw new InvalidInputException("arm." + name, "Counts of arm '" + name + "' cannot be negative (" + successes + "/" + trials + ").");
        }
        if (trials == 0) {
            throw new InvalidInputException("arm." + name, "Arm '" + name + "' has no users (trials = 0).");
        }
        if (successes > trials) {
            throw new InvalidInputException("arm." + name,
                    "Arm '" + name + "' has more successes (" + successes + ") than trials (" + trials + ").");
        }
    }

    @Override
    public long users() {
        return trials;
    }

    @Override
    public double value() {
        return rate();
    }

    public double rate() {
        return (double) successes / trials;
    }
}
