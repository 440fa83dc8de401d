package io.liveops.console.background;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Production scheduler: one daemon timer thread that hands each due action to the FX thread. */
public final class FxScheduler implements Scheduler, AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "liveops-timer");
        t.setDaemon(true);
        return t;
    });

    @Override
    public Cancellation schedule(Duration delay, Runnable action) {
        Cancellation cancellation = new Cancellation();
        ScheduledFuture<?> future = timer.schedule(() -> Platform.runLater(() -> {
            if (!cancellation.isCancelled()) {
                action.run();
            }
        }), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        cancellation.onCancel(() -> future.cancel(false));
        return cancellation;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
