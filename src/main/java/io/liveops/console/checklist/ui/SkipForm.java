package io.liveops.console.checklist.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The skip dialog of one item. A reason is required: a blank one is refused here, with the problem
 * shown inside the dialog, which stays open; typing clears the problem.
 */
final class SkipForm {

    private final ItemRow item;
    private final Consumer<String> skip;
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    SkipForm(ItemRow item, Consumer<String> skip) {
        this.item = item;
        this.skip = skip;
        reason.addListener((o, was, now) -> problem.set(""));
    }

    ItemRow item() {
        return item;
    }

    StringProperty reasonProperty() {
        return reason;
    }

    /** Why the dialog may not close yet, or empty. */
    ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** Skips the item and returns true, or explains what is missing and returns false (the dialog stays open). */
    boolean confirm() {
        String r = reason.get();
        if (r == null || r.isBlank()) {
            problem.set("Say why it is skipped: the reason is kept with the item.");
            return false;
        }
        skip.accept(r.strip());
        return true;
    }
}
