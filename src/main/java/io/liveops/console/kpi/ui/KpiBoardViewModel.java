package io.liveops.console.kpi.ui;

import io.liveops.console.warehouse.WarehouseSession;

import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.KpiValue;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.shared.DisplayFormats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The KPI board's state: the as-of day, the last good snapshot, and how fresh it is. A refresh runs
 * in the background; while it runs the last values stay; when the warehouse fails the values are kept
 * and marked stale with the error, and a retry is scheduled with back-off (15 s doubling to 5 min).
 */
public final class KpiBoardViewModel {

    static final Duration FIRST_RETRY = Duration.ofSeconds(15);
    static final Duration MAX_RETRY = Duration.ofMinutes(5);

    private final TaskExecutor executor;
    private final Scheduler scheduler;
    private final Clock clock;

    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObjectProperty<KpiSnapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final ObjectProperty<RefreshState> state = new SimpleObjectProperty<>(this, "state", RefreshState.NEVER);
    private final ObjectProperty<Instant> lastRefresh = new SimpleObjectProperty<>(this, "lastRefresh");
    private final ObjectProperty<Instant> staleSince = new SimpleObjectProperty<>(this, "staleSince");
    private final StringProperty lastError = new SimpleStringProperty(this, "lastError", "");
    private final StringProperty warehouseName = new SimpleStringProperty(this, "warehouseName", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty refreshing = new SimpleBooleanProperty(this, "refreshing", false);
    private final ObjectProperty<Duration> refreshInterval = new SimpleObjectProperty<>(this, "refreshInterval", Duration.ofMinutes(5));
    /** The days the warehouse has: the picker offers nothing outside them (null: not known, no bound). */
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>(this, "firstDay");
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>(this, "lastDay");
    private final ObjectProperty<LocalDate> live = new SimpleObjectProperty<>(this, "liveDay");
    private final StringProperty asOfProblem = new SimpleStringProperty(this, "asOfProblem", "");
    private final BooleanBinding historical = Bindings.createBooleanBinding(
            () -> asOf.get() != null && live.get() != null && asOf.get().isBefore(live.get()), asOf, live);

    private final List<Consumer<KpiSnapshot>> snapshotListeners = new ArrayList<>();
    private final List<Runnable> serviceListeners = new ArrayList<>();
    private final List<Consumer<LocalDate>> refreshListeners = new ArrayList<>();
    private KpiService service;
    private LocalDate liveDay;
    private Cancellation running;
    private Cancellation nextRun;
    private int failuresInARow;

    public KpiBoardViewModel(TaskExecutor executor, Scheduler scheduler, Clock clock) {
        this.executor = executor;
        this.scheduler = scheduler;
        this.clock = clock;
        asOf.addListener((obs, old, day) -> {
            if (day != null && old != null && !day.equals(old) && service != null) {
                refresh();
            }
        });
        // a new interval applies at once, not only after the next scheduled run
        refreshInterval.addListener((obs, old, interval) -> {
            if (interval != null && nextRun != null && state.get() == RefreshState.FRESH) {
                nextRun.cancel();
                nextRun = scheduler.schedule(interval, this::refresh);
            }
        });
    }

    /** Points the board at a (new) warehouse whose days are not known: every day is offered. */
    public void useService(KpiService newService, String name, LocalDate defaultAsOf) {
        useService(newService, name, defaultAsOf, null, null);
    }

    /**
     * Points the board at a (new) warehouse; the old values are dropped because they describe another warehouse.
     *
     * @param first the warehouse's first day with data (null when unknown)
     * @param last  the last day it has data for (null when unknown)
     */
    public void useService(KpiService newService, String name, LocalDate defaultAsOf, LocalDate first, LocalDate last) {
        cancelPending();
        this.service = null; // so that setting the day below does not start a refresh on the old service
        warehouseName.set(name);
        snapshot.set(null);
        state.set(RefreshState.NEVER);
        lastRefresh.set(null);
        staleSince.set(null);
        lastError.set("");
        failuresInARow = 0;
        firstDay.set(first);
        lastDay.set(last);
        asOfProblem.set("");
        asOf.set(defaultAsOf);
        liveDay = defaultAsOf;
        live.set(defaultAsOf);
        this.service = newService;
        serviceListeners.forEach(Runnable::run);
    }

    /**
     * Follows the console's warehouse session: each switch points the board at the service over the new
     * warehouse, on its default day (listeners run on the FX thread, where the console switches).
     */
    public void follow(WarehouseSession session, KpiService sessionService) {
        session.addListener(c -> {
            useService(sessionService, c.profile().name(), c.defaultAsOf(), c.firstDay().orElse(null), c.lastOfferedDay());
            refresh();
        });
    }

    /**
     * The day the user picked or typed: taken when the warehouse has it, refused otherwise with what is allowed (the day
     * on screen stays). Returns whether it was taken.
     */
    public boolean chooseDay(LocalDate day) {
        if (day == null) {
            asOfProblem.set("Pick a day: " + allowedDays() + ".");
            return false;
        }
        LocalDate first = firstDay.get();
        LocalDate last = lastDay.get();
        if (first != null && day.isBefore(first)) {
            asOfProblem.set(DisplayFormats.date(day) + " is before the warehouse's first day of data: " + allowedDays() + ".");
            return false;
        }
        if (last != null && day.isAfter(last)) {
            asOfProblem.set(DisplayFormats.date(day) + " is after the warehouse's latest day of data: " + allowedDays() + ".");
            return false;
        }
        asOfProblem.set("");
        asOf.set(day);
        return true;
    }

    /** Text typed into the day field that is not a day ("abc"): refused with the format and the days allowed. */
    public void refuseDayText(String text) {
        String example = live.get() == null ? "" : ", e.g. " + DisplayFormats.date(live.get());
        asOfProblem.set("'" + text.trim() + "' is not a day: type it as year-month-day" + example + "; " + allowedDays() + ".");
    }

    /** Whether the picker offers a day (inside the warehouse's days). */
    public boolean offers(LocalDate day) {
        return day != null && (firstDay.get() == null || !day.isBefore(firstDay.get()))
                && (lastDay.get() == null || !day.isAfter(lastDay.get()));
    }

    /** Back from a historical day to the warehouse's latest complete day. */
    public void backToLatest() {
        if (live.get() != null) {
            chooseDay(live.get());
        }
    }

    private String allowedDays() {
        LocalDate first = firstDay.get();
        LocalDate last = lastDay.get();
        if (first != null && last != null) {
            return "pick a day from " + DisplayFormats.date(first) + " to " + DisplayFormats.date(last);
        }
        if (last != null) {
            return "pick a day up to " + DisplayFormats.date(last);
        }
        return first == null ? "any day" : "pick a day from " + DisplayFormats.date(first);
    }

    /** Shows a problem of the board's own (e.g. the alert rules failed) where its refresh errors go. */
    public void reportProblem(String problem) {
        lastError.set(problem);
    }

    /** The service in use (null before the first connection). */
    KpiService service() {
        return service;
    }

    /**
     * The warehouse's latest complete day, the one the board opened on. Alerts only judge this day:
     * looking back at an old day (time travel) must not page anyone about the past.
     */
    public LocalDate liveDay() {
        return liveDay;
    }

    /** Called on the FX thread when the board switches to another warehouse (caches of the old one are void). */
    public void addServiceListener(Runnable listener) {
        serviceListeners.add(listener);
    }

    /** Runs a refresh now (F5), cancelling one in flight and any scheduled run. */
    public void refresh() {
        if (service == null || asOf.get() == null) {
            return;
        }
        cancelPending();
        KpiService s = service;
        LocalDate day = asOf.get();
        refreshing.set(true);
        progress.set(0);
        if (state.get() != RefreshState.STALE) {
            state.set(RefreshState.REFRESHING);
        }
        running = executor.execute(BackgroundTask.of("Refreshing KPIs for " + day, (p, c) -> s.refresh(day, p, c))
                .onProgress((f, m) -> progress.set(f))
                .onSuccess(snap -> {
                    if (s != service || !day.equals(asOf.get())) {
                        return; // a newer request superseded this one
                    }
                    if (snap.allFailed()) {
                        failed(firstError(snap));
                    } else {
                        succeeded(snap);
                    }
                })
                .onFailure(e -> {
                    if (s == service) {
                        failed(e.getMessage() == null ? e.toString() : e.getMessage());
                    }
                })
                .onCancelled(() -> refreshing.set(false)));
        refreshListeners.forEach(l -> l.accept(day));
    }

    /** Re-runs the refresh after a setting that changes statuses (thresholds) took effect. */
    public void thresholdsChanged() {
        refresh();
    }

    private void succeeded(KpiSnapshot snap) {
        refreshing.set(false);
        failuresInARow = 0;
        snapshot.set(snap);
        lastRefresh.set(clock.instant());
        staleSince.set(null);
        int failed = snap.failures().size();
        lastError.set(failed == 0 ? snap.noDataNote().orElse("")
                : failed + (failed == 1 ? " KPI" : " KPIs") + " failed: " + firstError(snap));
        state.set(RefreshState.FRESH);
        snapshotListeners.forEach(l -> l.accept(snap));
        nextRun = scheduler.schedule(refreshInterval.get(), this::refresh);
    }

    private void failed(String message) {
        refreshing.set(false);
        failuresInARow++;
        if (staleSince.get() == null) {
            staleSince.set(clock.instant());
        }
        lastError.set(message);
        state.set(RefreshState.STALE);
        nextRun = scheduler.schedule(retryDelay(failuresInARow), this::refresh);
    }

    /** 15 s, 30 s, 60 s, … capped at 5 minutes. */
    static Duration retryDelay(int failures) {
        Duration d = FIRST_RETRY;
        for (int i = 1; i < failures && d.compareTo(MAX_RETRY) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : d;
    }

    private static String firstError(KpiSnapshot snap) {
        return snap.failures().stream().map(KpiValue::error).findFirst().orElse("unknown error");
    }

    private void cancelPending() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (nextRun != null) {
            nextRun.cancel();
            nextRun = null;
        }
        refreshing.set(false);
    }

    /** Stops refreshing (window closing). */
    public void stop() {
        cancelPending();
    }

    /**
     * Called on the FX thread each time a refresh of a day has been sent to the warehouse, before its values arrive (the
     * readings start loading the days before it beside the refresh when the board shows nothing yet).
     */
    public void addRefreshListener(Consumer<LocalDate> listener) {
        refreshListeners.add(listener);
    }

    /** Called on the FX thread after every successful refresh (the alert center listens here). */
    public void addSnapshotListener(Consumer<KpiSnapshot> listener) {
        snapshotListeners.add(listener);
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** The warehouse's first day with data (null when unknown). */
    public ReadOnlyObjectProperty<LocalDate> firstDayProperty() {
        return firstDay;
    }

    /** The last day the warehouse has data for (null when unknown). */
    public ReadOnlyObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    /** The warehouse's latest complete day, the one "Back to latest" returns to. */
    public ReadOnlyObjectProperty<LocalDate> liveDayProperty() {
        return live;
    }

    /** Why the day last picked or typed was refused, and what is allowed; empty when none. */
    public ReadOnlyStringProperty asOfProblemProperty() {
        return asOfProblem;
    }

    /** True while the board shows a day before the latest: a look back, never "fresh" news. */
    public BooleanBinding historicalProperty() {
        return historical;
    }

    public ReadOnlyObjectProperty<KpiSnapshot> snapshotProperty() {
        return snapshot;
    }

    public ReadOnlyObjectProperty<RefreshState> stateProperty() {
        return state;
    }

    public ReadOnlyObjectProperty<Instant> lastRefreshProperty() {
        return lastRefresh;
    }

    public ReadOnlyObjectProperty<Instant> staleSinceProperty() {
        return staleSince;
    }

    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError;
    }

    public ReadOnlyStringProperty warehouseNameProperty() {
        return warehouseName;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing;
    }

    public ObjectProperty<Duration> refreshIntervalProperty() {
        return refreshInterval;
    }
}
