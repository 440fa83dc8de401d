package io.liveops.console.economy.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A row of {@code seasons}: the season in force on the as-of day. Its first 7 days are the inflation
 * index's base window (warehouse-contract.md), whatever the season's length.
 */
public record Season(String seasonId, String name, LocalDate startsOn, LocalDate endsOn) {

    /** Days in the index's base window. */
    public static final int BASE_DAYS = 7;

    public Season {
        Objects.requireNonNull(seasonId, "seasonId");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        name = name == null || name.isBlank() ? seasonId : name;
    }

    public LocalDate baseFrom() {
        return startsOn;
    }

    public LocalDate baseTo() {
        return startsOn.plusDays(BASE_DAYS - 1);
    }
}
