package io.liveops.console.checklist.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.checklist.core.CarriedItem;
import io.liveops.console.checklist.core.ChecklistDay;
import io.liveops.console.checklist.core.ChecklistItem;
import io.liveops.console.checklist.core.ChecklistMark;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.checklist.core.Routine;
import io.liveops.console.checklist.core.RoutineSchedule;
import io.liveops.console.kpi.core.KpiReading;
import io.liveops.console.shared.DisplayFormats;
import io.liveops.console.shared.Status;
import io.liveops.console.shared.Target;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The day on screen, today's (editable) or a past one (read-only): its routines and items, ticks,
 * skips and their undo, notes, the items' buttons, and the live KPI values next to the items.
 */
final class TodayViewModel {

    private final ChecklistService service;
    private final RoutineSchedule schedule;
    private final LiveKpis kpis;
    private final ItemLinks links;
    private final java.util.function.Supplier<String> user;
    private final TaskExecutor executor;
    private final StringProperty message;
    private final Runnable changed;

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObservableList<RoutineRow> routines = FXCollections.observableArrayList();
    private List<KpiReading> snapshot;

    /**
     * @param message the tab's message line: failures go there, and a saved change clears it
     * @param changed runs after a change was saved (the windows and the history follow)
     */
    TodayViewModel(ChecklistService service, LiveKpis kpis, ItemLinks links, java.util.function.Supplier<String> user, TaskExecutor executor, StringProperty message,
                   Runnable changed) {
        this.service = service;
        this.schedule = service.schedule();
        this.kpis = kpis;
        this.links = links;
        this.user = user;
        this.executor = executor;
        this.message = message;
        this.changed = changed;
        List<KpiReading> latest = kpis.readings().getValue();
        this.snapshot = latest == null || latest.isEmpty() ? null : latest;
        kpis.readings().addListener((o, was, now) -> {
            if (now != null && !now.isEmpty()) { // a warehouse switch clears the board for a moment: keep the last values until new ones come
                showKpis(now);
            }
        });
    }

    /** Puts a day on screen; a past day is read-only. */
    void display(LocalDate shown, List<RoutineRow> rows, boolean pastDay) {
        day.set(shown);
        readOnly.set(pastDay);
        title.set(shown.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + DisplayFormats.date(shown)
                + (pastDay ? " (read-only)" : ""));
        message.set("");
        routines.setAll(rows);
        if (snapshot != null) {
            showKpis(snapshot);
        }
    }

    /** The rows of a day: its frozen routines, then the items carried into it. */
    List<RoutineRow> rows(ChecklistDay d) {
        List<RoutineRow> rows = new ArrayList<>();
        for (Routine r : d.routines()) {
            RoutineRow row = new RoutineRow(r.id(), r.name(),
                    r.start() == null ? "today" : DisplayFormats.time(r.start()) + "–" + DisplayFormats.time(r.end()),
                    schedule.window(r, d.day()).orElse(null));
            r.items().forEach(i -> row.items().add(itemRow(d.day(), r.id(), i.id(), i, null, d.mark(r.id(), i.id()))));
            rows.add(row);
        }
        if (!d.carried().isEmpty()) {
            RoutineRow carried = new RoutineRow(CarriedItem.ROUTINE_ID, "Carried over", "from earlier days", null);
            d.carried().forEach(c -> carried.items().add(itemRow(d.day(), CarriedItem.ROUTINE_ID, c.key(),
                    c.item().withText(c.routineName() + ": " + c.item().text()), c.from(), d.mark(c))));
            rows.add(carried);
        }
        rows.forEach(RoutineRow::recount);
        return rows;
    }

    private ItemRow itemRow(LocalDate of, String routineId, String itemId, ChecklistItem item, LocalDate carriedFrom, ChecklistMark mark) {
        ItemRow row = new ItemRow(routineId, itemId, item, carriedFrom);
        apply(of, row, mark);
        return row;
    }

    private void apply(LocalDate of, ItemRow row, ChecklistMark mark) {
        row.done.set(mark.state() == ChecklistMark.State.DONE);
        row.skipped.set(mark.state() == ChecklistMark.State.SKIPPED);
        row.note.set(mark.note() == null ? "" : mark.note());
        String when = "";
        if (mark.markedAt() != null) { // a mark made on another day than the item's says which day
            when = schedule.dayOf(mark.markedAt()).equals(of) ? " at " + DisplayFormats.time(mark.markedAt(), schedule.zone())
                    : " on " + DisplayFormats.dateTime(mark.markedAt(), schedule.zone());
        }
        String carried = row.carriedFrom().map(from -> "Carried over from " + DisplayFormats.date(from)).orElse("");
        row.status.set(switch (mark.state()) {
            case DONE -> "Done by " + mark.markedBy() + when;
            case SKIPPED -> "Skipped by " + mark.markedBy() + when + ": " + mark.skipReason();
            case OPEN -> carried;
        });
    }

    /** Fills the KPI chips of every item from the board's latest readings. */
    void showKpis(List<KpiReading> snap) {
        this.snapshot = snap;
        for (RoutineRow r : routines) {
            for (ItemRow i : r.items()) {
                List<KpiChip> chips = i.kpiIds().stream().map(id -> LiveKpis.chip(snap, id)).toList();
                i.kpis.setAll(chips);
                i.breached.set(chips.stream().anyMatch(c -> c.status() == Status.CRITICAL || c.status() == Status.WARNING));
            }
        }
    }

    /** Ticks or unticks an item. */
    void toggle(ItemRow item) {
        if (readOnly.get()) {
            return;
        }
        LocalDate d = day.get();
        boolean tick = !item.done.get();
        change(item, tick ? "Ticking" : "Unticking",
                () -> tick ? service.tick(d, item.routineId(), item.itemId(), user.get()) : service.untick(d, item.routineId(), item.itemId()));
    }

    /** The skip dialog's form for an item: it refuses a blank reason itself and stays open. */
    SkipForm skipForm(ItemRow item) {
        return new SkipForm(item, reason -> {
            LocalDate d = day.get();
            change(item, "Skipping", () -> service.skip(d, item.routineId(), item.itemId(), user.get(), reason));
        });
    }

    /** Undoes a skip (or a tick): the item is open again. */
    void reopen(ItemRow item) {
        if (readOnly.get() || !item.handled()) {
            return;
        }
        LocalDate d = day.get();
        change(item, "Reopening", () -> service.untick(d, item.routineId(), item.itemId()));
    }

    void note(ItemRow item, String text) {
        if (readOnly.get()) {
            return;
        }
        LocalDate d = day.get();
        change(item, "Saving a note on", () -> service.note(d, item.routineId(), item.itemId(), text));
    }

    private void change(ItemRow item, String verb, Callable<ChecklistMark> work) {
        LocalDate of = day.get();
        executor.execute(BackgroundTask.of(verb + " " + item.itemId(), (p, c) -> work.call())
                .onSuccess(mark -> {
                    apply(of, item, mark);
                    routines.stream().filter(r -> r.items().contains(item)).forEach(RoutineRow::recount);
                    message.set(""); // an earlier failure no longer describes the screen
                    changed.run();
                })
                .onFailure(e -> message.set("Could not save \"" + item.text() + "\": " + e.getMessage())));
    }

    void openLink(ItemRow item) {
        item.link().ifPresent(links.browser()::open);
    }

    /** The button's words for an item's action: "Open Incidents". */
    String actionText(ItemRow item) {
        return item.action().map(tab -> "Open " + links.navigator().titleOf(Target.tab(tab)).orElse(tab)).orElse("");
    }

    /** Opens the item's tab on the day on screen when the tab shows days (the calendar), else the tab itself. */
    void openAction(ItemRow item) {
        item.action().ifPresent(tab -> {
            Target onThisDay = day.get() == null ? null : new Target(tab, "day-" + day.get());
            links.navigator().open(onThisDay != null && links.navigator().canOpen(onThisDay) ? onThisDay : Target.tab(tab));
        });
    }

    Optional<RoutineRow> routine(String id) {
        return routines.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** "Friday 2026-11-27", with "(read-only)" for a past day. */
    ReadOnlyStringProperty titleProperty() {
        return title;
    }

    ObservableList<RoutineRow> routines() {
        return routines;
    }
}
