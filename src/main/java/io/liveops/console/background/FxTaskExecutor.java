package io.liveops.console.background;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The production executor: work runs on daemon pool threads as a {@link javafx.concurrent.Task};
 * callbacks and progress arrive on the FX application thread.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService pool;

    public FxTaskExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "liveops-bg-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> Cancellation execute(BackgroundTask<T> task) {
        Cancellation cancellation = new Cancellation();
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(task.title());
                return task.work().run((fraction, message) -> {
                    if (fraction >= 0) {
                        updateProgress(fraction, 1.0);
                    }
                    updateMessage(message);
                    Platform.runLater(() -> task.progressHandler().update(fraction, message));
                }, cancellation);
            }
        };
        fxTask.setOnSucceeded(e -> {
            if (cancellation.isCancelled()) {
                task.cancelledHandler().run();
            } else {
                task.successHandler().accept(fxTask.getValue());
            }
        });
        fxTask.setOnFailed(e -> {
            Throwable error = fxTask.getException();
            if (cancellation.isCancelled() || error instanceof Cancellation.CancelledException) {
                task.cancelledHandler().run();
            } else {
                task.failureHandler().accept(error);
            }
        });
        cancellation.onCancel(() -> fxTask.cancel(false));
        fxTask.setOnCancelled(e -> task.cancelledHandler().run());
        pool.execute(fxTask);
        return cancellation;
    }

    @Override
    public void close() {
        // writes already queued (a last setting, a note) get two seconds to finish; then stop what is left
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                pool.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
