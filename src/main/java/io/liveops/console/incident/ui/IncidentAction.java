package io.liveops.console.incident.ui;

import io.liveops.console.incident.core.ActionId;
import io.liveops.console.incident.core.Incident;
import java.util.function.Consumer;

/**
 * One user action on the board, run by {@link IncidentBoardViewModel#perform}.
 *
 * @param key     what makes two attempts the same action ("note #3 …"): a retry after an unknown outcome reuses its id
 * @param running the background task's title ("Adding a note")
 * @param noun    the action in a sentence, for "… and the board was reloaded: your note is on it"
 * @param write   the write, given the action's id (runs off the FX thread)
 * @param saved   what to do once it is stored (FX thread): clear the inputs, say so
 * @param problem where a refusal is said (the board's message line, or a form's own error line)
 */
record IncidentAction(String key, String running, String noun, Write write, Consumer<Incident> saved, Consumer<String> problem) {

    @FunctionalInterface
    interface Write {
        Incident apply(ActionId id) throws Exception;
    }
}
