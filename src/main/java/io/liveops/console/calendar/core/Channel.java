package io.liveops.console.calendar.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a piece of content goes out. {@code id} is what files (rules, CSV, .ics categories) spell. */
public enum Channel {
    DISCORD("discord", "Discord"),
    TWITTER("twitter", "Twitter/X"),
    BLOG("blog", "Blog"),
    EMAIL("email", "Email"),
    PUSH("push", "Push"),
    YOUTUBE("youtube", "YouTube"),
    IN_GAME("in-game", "In-game event");

    private final String id;
    private final String label;

    Channel(String id, String label) {
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

    /** Accepts the id or the label, any case ("twitter", "Twitter/X"). */
    @JsonCreator
    public static Channel of(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Channel c : values()) {
            if (c.id.equals(t) || c.label.toLowerCase(Locale.ROOT).equals(t) || c.name().toLowerCase(Locale.ROOT).equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown channel '" + text + "'; use one of "
                + Arrays.stream(values()).map(Channel::id).collect(Collectors.joining(", ")));
    }
}
