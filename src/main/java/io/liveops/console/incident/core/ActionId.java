package io.liveops.console.incident.core;

import java.util.Objects;
import java.util.UUID;

/**
 * The id the console gives one user action (a note, a move, a declaration) before it is saved. It is
 * stored with the action's timeline entry under a unique constraint, so a retry of the same action
 * after a failure whose outcome is unknown (a commit cut off by a restart) cannot store it twice.
 */
public record ActionId(String value) {

    static final int MAX_LENGTH = 64;

    public ActionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("An action id has 1 to " + MAX_LENGTH + " characters, not '" + value + "'.");
        }
    }

    public static ActionId random() {
        return new ActionId(UUID.randomUUID().toString());
    }
}
