package io.liveops.console.ui.kit;

import io.liveops.console.shared.Status;
import java.util.Objects;

/**
 * What a tab says about itself where it is not shown: beside its title and in the status bar
 * ("2 open · P0"). The status colours it and gives it its icon (colour is never the only cue).
 */
public record TabBadge(String text, Status status) {

    public TabBadge {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
    }
}
