package io.liveops.console.checklist.ui;

import io.liveops.console.checklist.core.RoutineSchedule;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One routine as the Checklist tab shows it: its items, progress, and where its window stands. */
final class RoutineRow {

    private final String id;
    private final String name;
    private final String windowText;
    private final RoutineSchedule.Window window;
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final IntegerProperty handled = new SimpleIntegerProperty(this, "handled");
    private final StringProperty progress = new SimpleStringProperty(this, "progress", "");
    final BooleanProperty current = new SimpleBooleanProperty(this, "current");
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded");
    final BooleanProperty overdue = new SimpleBooleanProperty(this, "overdue");
    /** The closed-window alert was raised, or the window had closed before the tab opened. */
    boolean notified;

    RoutineRow(String id, String name, String windowText, RoutineSchedule.Window window) {
        this.id = id;
        this.name = name;
        this.windowText = windowText;
        this.window = window;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    /** "09:00–10:00", "today", or "from earlier days". */
    String windowText() {
        return windowText;
    }

    /** Today's window of the routine, or null for routines without one (weekly, monthly, carried over). */
    RoutineSchedule.Window window() {
        return window;
    }

    ObservableList<ItemRow> items() {
        return items;
    }

    /** "3/5". */
    ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    int open() {
        return items.size() - handled.get();
    }

    /** The routine whose window is open now (highlighted). */
    ReadOnlyBooleanProperty currentProperty() {
        return current;
    }

    /** Expanded in the view; the user may toggle it. */
    BooleanProperty expandedProperty() {
        return expanded;
    }

    /** The window closed with items open. */
    ReadOnlyBooleanProperty overdueProperty() {
        return overdue;
    }

    void recount() {
        handled.set((int) items.stream().filter(ItemRow::handled).count());
        progress.set(handled.get() + "/" + items.size());
    }
}
