package io.liveops.console.checklist.ui;

import io.liveops.console.checklist.core.ChecklistItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One checklist item as the Checklist tab shows it; {@link TodayViewModel} changes it after the state store saved. */
final class ItemRow {

    private final String routineId;
    private final String itemId;
    private final String text;
    private final LocalDate carriedFrom;
    private final String link;
    private final String action;
    private final List<String> kpiIds;
    final BooleanProperty done = new SimpleBooleanProperty(this, "done");
    final BooleanProperty skipped = new SimpleBooleanProperty(this, "skipped");
    final StringProperty status = new SimpleStringProperty(this, "status", "");
    final StringProperty note = new SimpleStringProperty(this, "note", "");
    final BooleanProperty breached = new SimpleBooleanProperty(this, "breached");
    final ObservableList<KpiChip> kpis = FXCollections.observableArrayList();

    ItemRow(String routineId, String itemId, ChecklistItem item, LocalDate carriedFrom) {
        this.routineId = routineId;
        this.itemId = itemId;
        this.text = item.text();
        this.carriedFrom = carriedFrom;
        this.link = item.link();
        this.action = item.action();
        this.kpiIds = item.kpis();
    }

    String routineId() {
        return routineId;
    }

    String itemId() {
        return itemId;
    }

    String text() {
        return text;
    }

    Optional<LocalDate> carriedFrom() {
        return Optional.ofNullable(carriedFrom);
    }

    Optional<String> link() {
        return Optional.ofNullable(link);
    }

    /** The id of the console tab the item's button opens. */
    Optional<String> action() {
        return Optional.ofNullable(action);
    }

    List<String> kpiIds() {
        return kpiIds;
    }

    boolean handled() {
        return done.get() || skipped.get();
    }

    ReadOnlyBooleanProperty doneProperty() {
        return done;
    }

    ReadOnlyBooleanProperty skippedProperty() {
        return skipped;
    }

    /** "Done by ana at 09:12", "Skipped by ana at 09:20: no blog this week", "Carried over from 2026-11-23", or empty. */
    ReadOnlyStringProperty statusProperty() {
        return status;
    }

    ReadOnlyStringProperty noteProperty() {
        return note;
    }

    /** True when a linked KPI is CRITICAL or WARNING: the item stands out. */
    ReadOnlyBooleanProperty breachedProperty() {
        return breached;
    }

    ObservableList<KpiChip> kpis() {
        return kpis;
    }
}
