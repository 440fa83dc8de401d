package io.liveops.console.checklist.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.checklist.core.DaySummary;
import io.liveops.console.shared.DisplayFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The history beside the day: the opened days with their completion, the streak, and a past day opened read-only. */
final class HistoryViewModel {

    static final int DAYS = 42;

    /** What the history shows, read in one go off the FX thread. */
    record Load(List<DaySummary> days, int streak) {
        static Load read(ChecklistService service, LocalDate today) {
            return new Load(service.history(today.minusDays(DAYS), today), service.streak(today));
        }
    }

    private final ChecklistService service;
    private final TodayViewModel shown;
    private final TaskExecutor executor;
    private final Clock clock;
    private final StringProperty message;
    private final Runnable openToday;
    private final ObservableList<DaySummary> days = FXCollections.observableArrayList();
    private final StringProperty streak = new SimpleStringProperty(this, "streak", "");

    /**
     * @param shown     where a past day is put on screen
     * @param openToday what opening today's line does (today opens editable)
     */
    HistoryViewModel(ChecklistService service, TodayViewModel shown, TaskExecutor executor, Clock clock, StringProperty message,
                     Runnable openToday) {
        this.service = service;
        this.shown = shown;
        this.executor = executor;
        this.clock = clock;
        this.message = message;
        this.openToday = openToday;
    }

    void show(Load load) {
        days.setAll(load.days());
        streak.set(load.streak() == 0 ? "No streak yet" : load.streak() + (load.streak() == 1 ? " day" : " days") + " in a row complete");
    }

    /** Re-reads the history after a change to today. */
    void refresh() {
        LocalDate today = service.schedule().dayOf(clock.instant());
        executor.execute(BackgroundTask.of("Reading checklist history", (p, c) -> Load.read(service, today))
                .onSuccess(this::show)
                .onFailure(e -> message.set("Could not read the checklist history: " + e.getMessage())));
    }

    /** Shows a past day read-only (today opens editable). */
    void openDay(LocalDate past) {
        if (past.equals(service.schedule().dayOf(clock.instant()))) {
            openToday.run();
            return;
        }
        executor.execute(BackgroundTask.of("Reading the checklist of " + DisplayFormats.date(past), (p, c) -> service.past(past))
                .onSuccess(d -> d.ifPresentOrElse(found -> shown.display(found.day(), shown.rows(found), true),
                        () -> message.set("The checklist was not opened on " + DisplayFormats.date(past) + ".")))
                .onFailure(e -> message.set("Could not read the checklist of " + DisplayFormats.date(past) + ": " + e.getMessage())));
    }

    /** "Fri 2026-11-27": the weekday helps to find a day in the list. */
    static String dayText(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + DisplayFormats.date(day);
    }

    /** Opened days, newest first. */
    ObservableList<DaySummary> days() {
        return days;
    }

    /** "4 days in a row complete" or "No streak yet". */
    ReadOnlyStringProperty streakProperty() {
        return streak;
    }
}
