package io.liveops.console.background;

/** Runs tasks and their callbacks on the calling thread; for tests and the headless CLI. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> Cancellation execute(BackgroundTask<T> task) {
        Cancellation cancellation = new Cancellation();
        T result;
        try {
            result = task.work().run(task.progressHandler(), cancellation);
        } catch (Cancellation.CancelledException e) {
            task.cancelledHandler().run();
            return cancellation;
        } catch (Exception e) {
            if (cancellation.isCancelled()) {
                task.cancelledHandler().run();
            } else {
                task.failureHandler().accept(e);
            }
            return cancellation;
        }
        if (cancellation.isCancelled()) {
            task.cancelledHandler().run();
        } else {
            task.successHandler().accept(result);
        }
        return cancellation;
    }
}
