package io.liveops.console.calendar.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How often a rule makes a slot. */
public enum Cadence {
    DAY("day", "Daily"),
    WEEK("week", "Weekly"),
    MONTH("month", "Monthly"),
    QUARTER("quarter", "Quarterly"),
    SEASON("season", "Season week"),
    LAUNCH("launch", "After launch");

    private final String id;
    private final String label;

    Cadence(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    @JsonCreator
    public static Cadence of(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Cadence c : values()) {
            if (c.id.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown cadence '" + text + "'; use one of "
                + Arrays.stream(values()).map(Cadence::id).collect(Collectors.joining(", ")));
    }
}
