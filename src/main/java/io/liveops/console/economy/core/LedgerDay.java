package io.liveops.console.economy.core;

import java.time.LocalDate;
import java.util.Objects;

/** What one currency earned and spent for one reason on one UTC day; {@code spent} is positive. */
public record LedgerDay(LocalDate day, String reason, long earned, long spent) {

    public LedgerDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(reason, "reason");
    }
}
