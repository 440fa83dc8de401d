package io.liveops.console.testkit;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.background.TaskExecutor;
import java.util.ArrayDeque;
import java.util.Deque;

/** Holds tasks until the test releases them, so a ViewModel can be seen while its work is still running. */
public final class HeldTaskExecutor implements TaskExecutor {

    private final Deque<BackgroundTask<?>> held = new ArrayDeque<>();
    private final CurrentThreadTaskExecutor runner = new CurrentThreadTaskExecutor();
    private boolean holding = true;

    @Override
    public <T> Cancellation execute(BackgroundTask<T> task) {
        if (!holding) {
            return runner.execute(task);
        }
        held.add(task);
        return new Cancellation();
    }

    /** Runs the held tasks (and any they start) on the calling thread. */
    public void release() {
        while (!held.isEmpty()) {
            runner.execute(held.poll());
        }
    }

    /** From now on, runs tasks as they come. */
    public void stopHolding() {
        holding = false;
        release();
    }

    public int heldCount() {
        return held.size();
    }
}
