package io.liveops.console.incident.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Resolving asks for a note first: what fixed it. The note goes into the timeline, and into "what we
 * did" (the resolution notice, the post-mortem) when that is still empty. An empty note is refused here,
 * in the form, which stays open with what was typed.
 */
final class ResolveFormViewModel {

    private final IncidentBoardViewModel board;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private IncidentCard card;

    ResolveFormViewModel(IncidentBoardViewModel board) {
        this.board = board;
    }

    /** Opens the form for this card (its Resolve button, a drop on Resolved, Alt+R). */
    void request(IncidentCard c) {
        if (c.incident().resolved()) {
            board.say("Incident " + c.incident().label() + " is already resolved.");
            return;
        }
        if (card != c) {
            note.set("");
        }
        card = c;
        heading.set("Resolve " + c.incident().label() + " " + c.incident().title());
        error.set("");
        open.set(true);
    }

    public void confirm() {
        String n = note.get();
        if (card == null) {
            return;
        }
        if (n == null || n.isBlank()) {
            error.set("Write what fixed it: the note goes into the timeline and the post-mortem.");
            return;
        }
        error.set("");
        IncidentCard c = card;
        board.perform(new IncidentAction(c.incident().id() + " resolve " + n, "Resolving " + c.incident().label(), "the resolution",
                id -> board.service().resolve(id, c.incident(), n),
                saved -> {
                    open.set(false);
                    note.set("");
                    card = null;
                    board.say("Incident " + saved.label() + " resolved; the note is in its timeline.");
                },
                error::set));
    }

    public void cancel() {
        open.set(false);
        error.set("");
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }

    /** "Resolve #3 Chat down". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
