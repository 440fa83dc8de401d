package io.liveops.console.checklist.ui;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertLevel;
import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.checklist.core.RoutineSchedule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.StringProperty;

/**
 * Today's routine windows: the one open now (highlighted), the ones that closed with items open
 * (overdue, and an alert "Morning routine: 2 items open" as they close), and which routines are
 * expanded. Works on today's rows even while a past day is on screen, so the alert comes on time.
 *
 * <p>Expansion follows the clock, never a tick: when today opens and at each window start or end,
 * the routine open now, every overdue one, and (with none open) the next to open are expanded, and a
 * routine whose window closed with everything handled folds away. Ticking, skipping and the user's
 * own folding are left alone.
 */
final class RoutineWindows {

    private final RoutineSchedule schedule;
    private final AlertCenter alerts;
    private final TaskExecutor executor;
    private final Scheduler scheduler;
    private final Clock clock;
    private final StringProperty message;
    private final Runnable newDay;
    private Cancellation timer;
    private List<RoutineRow> rows = List.of();
    private LocalDate day;

    /** @param newDay runs at midnight, after the ending day's last windows were judged */
    RoutineWindows(RoutineSchedule schedule, AlertCenter alerts, TaskExecutor executor, Scheduler scheduler, Clock clock, StringProperty message,
                   Runnable newDay) {
        this.schedule = schedule;
        this.alerts = alerts;
        this.executor = executor;
        this.scheduler = scheduler;
        this.clock = clock;
        this.message = message;
        this.newDay = newDay;
    }

    /** Follows a freshly opened today: marks and expands its routines, and wakes at its next window boundary. */
    void track(LocalDate today, List<RoutineRow> todayRows) {
        this.day = today;
        this.rows = todayRows;
        Instant now = clock.instant();
        judge(now, false);
        RoutineRow next = nextToOpen(now);
        boolean anyCurrent = rows.stream().anyMatch(r -> r.current.get());
        rows.forEach(r -> r.expandedProperty().set(r.current.get() || r.overdue.get() || (!anyCurrent && r == next)));
        scheduleNextBoundary();
    }

    /** An item was ticked, skipped or reopened: only the overdue marks follow, what is expanded stays. */
    void itemsChanged() {
        Instant now = clock.instant();
        rows.forEach(r -> r.overdue.set(closed(r, now) && r.open() > 0));
    }

    void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private boolean closed(RoutineRow r, Instant now) {
        return r.window() != null && !now.isBefore(r.window().end());
    }

    private RoutineRow nextToOpen(Instant now) {
        return rows.stream().filter(r -> r.window() != null && now.isBefore(r.window().start()))
                .min(Comparator.comparing(r -> r.window().start())).orElse(null);
    }

    /** Sets current and overdue; when {@code notify}, raises the alert of each window that closed with items open. */
    private void judge(Instant now, boolean notify) {
        for (RoutineRow r : rows) {
            boolean closed = closed(r, now);
            r.current.set(r.window() != null && r.window().contains(now));
            r.overdue.set(closed && r.open() > 0);
            if (notify && closed && !r.notified && r.open() > 0) {
                raiseOpenItems(day, r);
            }
            if (closed) {
                r.notified = true; // a window that closed before the tab opened is shown as overdue, not toasted late
            }
        }
    }

    private void raiseOpenItems(LocalDate of, RoutineRow r) {
        int open = r.open();
        String titleText = r.name() + ": " + open + (open == 1 ? " item open" : " items open");
        String detail = r.items().stream().filter(i -> !i.handled()).map(ItemRow::text).reduce((a, b) -> a + "; " + b).orElse("");
        String key = of + ":" + r.id();
        executor.execute(BackgroundTask.of("Raising " + titleText,
                        (p, c) -> alerts.raise(ChecklistViewModel.ALERT_SOURCE, key, AlertLevel.WARNING, titleText, detail))
                .onFailure(e -> message.set("Could not raise the checklist alert: " + e.getMessage())));
    }

    /** Wakes up at today's next window start or end, or at the next midnight, whichever comes first. */
    private void scheduleNextBoundary() {
        stop();
        Instant now = clock.instant();
        List<Instant> candidates = new ArrayList<>();
        candidates.add(schedule.startOfNextDay(now));
        for (RoutineRow r : rows) {
            if (r.window() != null) {
                candidates.add(r.window().start());
                candidates.add(r.window().end());
            }
        }
        Instant next = candidates.stream().filter(t -> t.isAfter(now)).min(Comparator.naturalOrder()).orElseThrow();
        timer = scheduler.schedule(Duration.between(now, next), this::onBoundary);
    }

    private void onBoundary() {
        Instant now = clock.instant();
        boolean[] wasCurrent = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            wasCurrent[i] = rows.get(i).current.get();
        }
        judge(now, true); // an evening window may end at midnight: its alert still belongs to the day that ended
        if (!schedule.dayOf(now).equals(day)) {
            newDay.run(); // a new day starts, with carry-over; a past day on screen stays there
            return;
        }
        RoutineRow next = nextToOpen(now);
        boolean anyCurrent = rows.stream().anyMatch(r -> r.current.get());
        for (int i = 0; i < rows.size(); i++) {
            RoutineRow r = rows.get(i);
            if (r.current.get() || r.overdue.get() || (!anyCurrent && r == next)) {
                r.expandedProperty().set(true);
            } else if (wasCurrent[i] && closed(r, now)) {
                r.expandedProperty().set(false); // its window closed with everything handled: done for today
            }
        }
        scheduleNextBoundary();
    }
}
