package io.liveops.console.background;

import java.time.Duration;

/**
 * Runs an action later on the UI thread (production) or when a test advances time (tests). ViewModels
 * use it for periodic refreshes and retry back-off, so they never sleep or own threads.
 */
public interface Scheduler {

    /** Runs {@code action} once after {@code delay}; the returned handle cancels it. */
    Cancellation schedule(Duration delay, Runnable action);

    /** Runs actions as soon as possible on the scheduler's thread (the UI thread in production). */
    default java.util.concurrent.Executor asExecutor() {
        return action -> schedule(Duration.ZERO, action);
    }
}
