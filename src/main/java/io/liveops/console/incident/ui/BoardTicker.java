package io.liveops.console.incident.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.IncidentService;
import java.time.Duration;
import java.util.List;

/**
 * The incident board's one-second tick: the countdowns at once, then off the FX thread another console's changes
 * (when the board's fingerprint moved) and, every 15 ticks or as soon as a timer starts alerting, the timer alerts.
 * At most one poll and one timer check run at a time; results come back to the board on the FX thread.
 */
final class BoardTicker {

    static final Duration TICK = Duration.ofSeconds(1);
    private static final int TIMER_CHECK_EVERY_TICKS = 15;

    /** What the tick reads and updates on the board; called on the FX thread. */
    interface Board {
        /** Recomputes every card's countdowns against the clock. */
        void refreshCountdowns();

        /** True while a card shows a breached SLA or an update due. */
        boolean alerting();

        /** The fingerprint of the incidents on the board (to skip a poll that finds nothing new). */
        String fingerprint();

        /** The incidents on the board, for the timer check. */
        List<Incident> incidents();

        /** Another console changed the board: show what the poll read. */
        void changed(String fingerprint, List<Incident> incidents);

        void say(String text);
    }

    private record Read(String fingerprint, List<Incident> incidents) {}

    private final IncidentService service;
    private final TaskExecutor executor;
    private final Scheduler scheduler;
    private final Board board;
    private boolean polling;
    private boolean checking;
    private long ticks;
    private Cancellation nextTick = new Cancellation();

    BoardTicker(IncidentService service, TaskExecutor executor, Scheduler scheduler, Board board) {
        this.service = service;
        this.executor = executor;
        this.scheduler = scheduler;
        this.board = board;
    }

    void start() {
        nextTick.cancel();
        schedule();
    }

    void stop() {
        nextTick.cancel();
    }

    private void schedule() {
        nextTick = scheduler.schedule(TICK, () -> {
            tick();
            schedule();
        });
    }

    /** Countdowns now; then, off the UI thread, another console's changes and the timer alerts. */
    void tick() {
        ticks++;
        boolean wasAlerting = board.alerting();
        board.refreshCountdowns();
        if (!polling) {
            polling = true;
            String known = board.fingerprint();
            executor.execute(BackgroundTask.of("Checking the incident board", (p, c) -> {
                        String now = service.fingerprint();
                        return now.equals(known) ? null : new Read(now, service.all());
                    })
                    .onSuccess(read -> {
                        polling = false;
                        if (read != null) {
                            board.changed(read.fingerprint(), read.incidents());
                        }
                    })
                    .onFailure(e -> {
                        polling = false;
                        board.say(e.getMessage());
                    }));
        }
        if ((board.alerting() && !wasAlerting) || ticks % TIMER_CHECK_EVERY_TICKS == 0) {
            checkTimers();
        }
    }

    private void checkTimers() {
        if (checking) {
            return;
        }
        checking = true;
        List<Incident> snapshot = board.incidents();
        executor.execute(BackgroundTask.of("Checking incident timers", (p, c) -> service.checkTimers(snapshot))
                .onSuccess(n -> checking = false)
                .onFailure(e -> {
                    checking = false;
                    board.say(e.getMessage());
                }));
    }
}
