package io.liveops.console.economy.core;

import io.liveops.console.shared.Status;
import java.util.Objects;

/**
 * What to do about a gauge outside its healthy range, in plain words with the numbers behind it.
 *
 * @param action the one-line advice ("Reduce earn limits")
 * @param text   the numbers and names that support it
 */
public record Recommendation(Gauge gauge, Status status, String action, String text) {

    public Recommendation {
        Objects.requireNonNull(gauge, "gauge");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(text, "text");
    }

    /** The fraud card offers to open an "Economy exploit suspected" incident. */
    public boolean opensIncident() {
        return gauge == Gauge.FRAUD;
    }
}
