package io.liveops.console.background;

import java.time.Duration;

/**
 * Runs an action later on the UI thread (production) or when a test advances time (tests). ViewModels
 * use it for periodic refreshes and retry back-off, so they never sleep or own threads.
 */
public interface Scheduler {

    /** Runs {@code action} once after {@code delay}; the returned handle cancels it. */
    Cancellation schedule(Duration delay, Runnable action);
}
