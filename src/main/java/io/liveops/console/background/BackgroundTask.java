package io.liveops.console.background;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of background work that needs no FX toolkit: the work itself, what to do with its result
 * or failure, and where progress goes. A {@link TaskExecutor} runs it; the production executor runs
 * the work on a pool thread and calls the callbacks on the FX thread, the test executor runs it all
 * on the calling thread so ViewModels are tested synchronously.
 */
public final class BackgroundTask<T> {

    /** The work: plain Java, reports progress, checks or registers cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress, Cancellation cancellation) throws Exception;
    }

    /** Progress from 0 to 1 with a short message; fraction &lt; 0 means indeterminate. */
    @FunctionalInterface
    public interface Progress {
        void update(double fraction, String message);

        Progress NONE = (f, m) -> { };
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private Progress onProgress = Progress.NONE;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> c) {
        this.onSuccess = Objects.requireNonNull(c);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> c) {
        this.onFailure = Objects.requireNonNull(c);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable r) {
        this.onCancelled = Objects.requireNonNull(r);
        return this;
    }

    public BackgroundTask<T> onProgress(Progress p) {
        this.onProgress = Objects.requireNonNull(p);
        return this;
    }

    public String title() {
        return title;
    }

    public Work<T> work() {
        return work;
    }

    public Consumer<? super T> successHandler() {
        return onSuccess;
    }

    public Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    public Runnable cancelledHandler() {
        return onCancelled;
    }

    public Progress progressHandler() {
        return onProgress;
    }
}
