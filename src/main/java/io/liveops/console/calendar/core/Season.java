package io.liveops.console.calendar.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/** A game season: the warehouse's {@code seasons} row, or the rule set's fallback. Both days included. */
public record Season(String id, String name, LocalDate startsOn, LocalDate endsOn) {

    @JsonCreator
    public Season(@JsonProperty("id") String id, @JsonProperty("name") String name,
                  @JsonProperty("startsOn") LocalDate startsOn, @JsonProperty("endsOn") LocalDate endsOn) {
        this.id = Objects.requireNonNull(id, "a season needs an id");
        this.name = name == null || name.isBlank() ? id : name;
        this.startsOn = Objects.requireNonNull(startsOn, "a season needs startsOn");
        this.endsOn = Objects.requireNonNull(endsOn, "a season needs endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("season " + id + " ends (" + endsOn + ") before it starts (" + startsOn + ")");
        }
    }
}
