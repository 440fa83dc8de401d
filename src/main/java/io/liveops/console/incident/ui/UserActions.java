package io.liveops.console.incident.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.incident.core.ActionId;
import io.liveops.console.incident.core.ConcurrentEditException;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.IncidentValidationException;
import io.liveops.console.state.StateStoreException;
import java.util.Optional;

/**
 * Runs the director's actions on the board, each with an {@link ActionId}, off the FX thread. When the
 * team database's connection died under one, the action may or may not be stored: the board is read
 * again and the director is told whether it is on it. Until that is known the action keeps its id, so
 * doing it again next cannot store it twice; any other action that succeeds ends that (a much later
 * attempt is a new action, not a retry).
 */
final class UserActions {

    /** The board the actions change. */
    interface Board {
        /** A write returned: show the saved incident. */
        void stored(Incident saved);

        void say(String message);

        /** Someone else changed the incident: read the board again. */
        void reload();

        /** Reads the board again (off the FX thread) and returns what shows it (on the FX thread). */
        Runnable readAgain();

        /** The incident on the board now, by id. */
        Optional<Incident> find(long id);
    }

    private final TaskExecutor executor;
    private final IncidentService service;
    private final Board board;
    /** The last action whose outcome is unknown, and the id a retry of it reuses. */
    private record Pending(String key, ActionId id) {}

    private Pending pending;

    UserActions(TaskExecutor executor, IncidentService service, Board board) {
        this.executor = executor;
        this.service = service;
        this.board = board;
    }

    void perform(IncidentAction action) {
        ActionId id = pending != null && pending.key().equals(action.key()) ? pending.id() : ActionId.random();
        executor.execute(BackgroundTask.of(action.running(), (p, c) -> action.write().apply(id))
                .onSuccess(saved -> {
                    pending = null;
                    board.stored(saved);
                    action.saved().accept(saved);
                })
                .onFailure(e -> failed(action, id, e)));
    }

    private void forget(IncidentAction action) {
        if (pending != null && pending.key().equals(action.key())) {
            pending = null;
        }
    }

    private record AfterLoss(Optional<Long> incident, Runnable show) {}

    private void failed(IncidentAction action, ActionId id, Throwable e) {
        if (!(e instanceof StateStoreException s && s.connectionLost())) {
            if (e instanceof IncidentValidationException || e instanceof ConcurrentEditException) {
                forget(action); // certainly not stored
            } else {
                pending = new Pending(action.key(), id); // another storage failure: the outcome is not known
            }
            action.problem().accept(e.getMessage());
            if (e instanceof ConcurrentEditException) {
                board.reload();
            }
            return;
        }
        pending = new Pending(action.key(), id);
        String lead = e.getMessage().replaceFirst("\\.$", "");
        board.say(lead + "; reloading the board…");
        executor.execute(BackgroundTask.of("Reloading the board", (p, c) -> new AfterLoss(service.incidentOfAction(id), board.readAgain()))
                .onSuccess(after -> {
                    after.show().run();
                    Optional<Incident> stored = after.incident().flatMap(board::find);
                    if (stored.isPresent()) {
                        forget(action);
                        action.saved().accept(stored.get());
                        board.say(lead + "; the board was reloaded and " + action.noun() + " is on it.");
                    } else {
                        String notOn = lead + "; the board was reloaded and " + action.noun() + " is not on it: do it again.";
                        board.say(notOn);
                        action.problem().accept(notOn);
                    }
                })
                .onFailure(again -> board.say(lead + ", and the board could not be reloaded (" + again.getMessage()
                        + "). Try again in a moment: the same action is never stored twice.")));
    }
}
