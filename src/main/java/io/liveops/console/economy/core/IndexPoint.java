package io.liveops.console.economy.core;

import java.time.LocalDate;
import java.util.Objects;

/** The inflation index of one day; null when no item was traded both in the base window and in that day's window. */
public record IndexPoint(LocalDate day, Double value) {

    public IndexPoint {
        Objects.requireNonNull(day, "day");
    }
}
