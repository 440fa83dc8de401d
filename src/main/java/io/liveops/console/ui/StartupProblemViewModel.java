package io.liveops.console.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window says when the console cannot start (its state file is damaged, a file stands where
 * its data folder should be): the problem in words, and, when a file is in the way, the offer to keep
 * it aside and start with a fresh store.
 */
public final class StartupProblemViewModel {

    /** Keeps the unusable file aside and builds the console again (blocking; run in the background). */
    @FunctionalInterface
    public interface Recovery {
        void moveAsideAndStart();
    }

    private final TaskExecutor executor;
    private final Recovery recovery;
    private final Runnable onStarted;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper unusableFile = new ReadOnlyStringWrapper(this, "unusableFile", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    /**
     * @param unusableFile the file to keep aside, or null when moving a file would not help
     * @param onStarted    shows the console once it was built (FX thread)
     */
    public StartupProblemViewModel(String problem, String unusableFile, TaskExecutor executor, Recovery recovery, Runnable onStarted) {
        this.problem.set(Objects.requireNonNull(problem, "problem"));
        this.unusableFile.set(unusableFile == null ? "" : unusableFile);
        this.executor = Objects.requireNonNull(executor, "executor");
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.onStarted = Objects.requireNonNull(onStarted, "onStarted");
    }

    public void moveAsideAndStart() {
        if (!canRecover() || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Keeping " + unusableFile.get() + " aside and starting with a fresh state store…");
        executor.execute(BackgroundTask.of("Starting with a fresh state store", (p, c) -> {
                    recovery.moveAsideAndStart();
                    return null;
                })
                .onSuccess(x -> {
                    busy.set(false);
                    onStarted.run();
                })
                .onFailure(e -> {
                    busy.set(false);
                    message.set(e.getMessage());
                }));
    }

    public boolean canRecover() {
        return !unusableFile.get().isEmpty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unusableFileProperty() {
        return unusableFile.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
