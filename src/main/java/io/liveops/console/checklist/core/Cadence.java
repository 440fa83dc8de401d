package io.liveops.console.checklist.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How often a routine comes back: every day, on named weekdays, or on days of the month. */
public enum Cadence {
    DAY, WEEK, MONTH;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Cadence fromId(String id) {
        for (Cadence c : values()) {
            if (c.id().equalsIgnoreCase(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("\"every\" must be \"day\", \"week\" or \"month\", not \"" + id + "\"");
    }
}
