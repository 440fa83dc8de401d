package io.liveops.console.checklist.ui;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.checklist.core.ChecklistDay;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.shared.DisplayFormats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Checklist tab's state, in three sections: {@link TodayViewModel} (the day on screen, its items
 * and live KPI values) with {@link RoutineWindows} (today's windows and the overdue alert),
 * {@link HistoryViewModel} (days, streak, a past day read-only) and {@link TemplateEditorViewModel}.
 * This class starts them, opens today, and holds the tab's one message line. Touched on the FX thread
 * only; state store and file work goes through the {@link TaskExecutor}, window timers through the
 * {@link Scheduler}.
 */
public final class ChecklistViewModel {

    /** The source of the checklist's alerts in the {@link AlertCenter}. */
    public static final String ALERT_SOURCE = "Checklist";

    private final ChecklistService service;
    private final TaskExecutor executor;
    private final Clock clock;
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final TodayViewModel today;
    private final RoutineWindows windows;
    private final HistoryViewModel history;
    private final TemplateEditorViewModel editor;

    /**
     * @param user who ticks and skips ("Done by ana at 09:12")
     */
    public ChecklistViewModel(ChecklistService service, LiveKpis kpis, ItemLinks links, AlertCenter alerts, java.util.function.Supplier<String> user,
                              TaskExecutor executor, Scheduler scheduler, Clock clock) {
        this.service = Objects.requireNonNull(service, "service");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.today = new TodayViewModel(service, Objects.requireNonNull(kpis, "kpis"), Objects.requireNonNull(links, "links"),
                Objects.requireNonNull(user, "user"), executor, message, this::itemsChanged);
        this.windows = new RoutineWindows(service.schedule(), Objects.requireNonNull(alerts, "alerts"), executor,
                Objects.requireNonNull(scheduler, "scheduler"), clock, message, () -> loadToday(false));
        this.history = new HistoryViewModel(service, today, executor, clock, message, this::openToday);
        this.editor = new TemplateEditorViewModel(service, executor, message);
    }

    /** Reads the template and today's checklist, then keeps the windows and the day up to date. */
    public void start() {
        editor.load(this::openToday);
    }

    public void stop() {
        windows.stop();
    }

    /** Shows today, editable, and starts it if needed (freezing its routines and carrying open items over). */
    public void openToday() {
        loadToday(true);
    }

    /**
     * Loads today's checklist and restarts the window timers. {@code display} false keeps a past day
     * on screen (midnight passed while the user was reading history) and only moves the timers on.
     */
    private void loadToday(boolean display) {
        record Loaded(ChecklistDay day, HistoryViewModel.Load history) {}
        LocalDate day = service.schedule().dayOf(clock.instant());
        executor.execute(BackgroundTask.of("Opening the checklist of " + DisplayFormats.date(day),
                        (p, c) -> new Loaded(service.open(day), HistoryViewModel.Load.read(service, day)))
                .onSuccess(l -> {
                    List<RoutineRow> rows = today.rows(l.day());
                    if (display || !today.readOnlyProperty().get()) {
                        today.display(l.day().day(), rows, false);
                    }
                    history.show(l.history());
                    windows.track(l.day().day(), rows);
                })
                .onFailure(e -> message.set("Could not open today's checklist: " + e.getMessage())));
    }

    private void itemsChanged() {
        windows.itemsChanged();
        history.refresh();
    }

    TodayViewModel today() {
        return today;
    }

    HistoryViewModel history() {
        return history;
    }

    TemplateEditorViewModel editor() {
        return editor;
    }

    /** The last short sentence for the user (a failure, what the Template menu did), or empty; the next success clears a failure. */
    ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
