package io.liveops.console.background;

/** Runs {@link BackgroundTask}s; ViewModels receive one through their constructor. */
public interface TaskExecutor extends AutoCloseable {

    /** Starts the task and returns the handle that cancels it. */
    <T> Cancellation execute(BackgroundTask<T> task);

    @Override
    default void close() {}
}
