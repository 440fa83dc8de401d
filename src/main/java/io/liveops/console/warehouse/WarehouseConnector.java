package io.liveops.console.warehouse;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * How the console gets to a warehouse: at start the saved active profile (or the built-in demo,
 * generated on first run), later whatever profile the user picks. Plain Java; the shell's
 * ViewModel runs these steps on background tasks and shows their progress.
 */
public final class WarehouseConnector implements AutoCloseable {

    public static final String DEMO_PROFILE_NAME = "Demo warehouse";

    /** What start-up should do: which profile to open, and whether the demo file must be generated first. */
    public record StartPlan(WarehouseProfile profile, boolean generateDemoFirst) {}

    private final WarehouseSession session;
    private final Supplier<Optional<WarehouseProfile>> savedActive;
    private final Path demoFile;
    private final DemoWarehouse.Options demoOptions;
    /** The saved warehouse being opened ahead of the console's first request for it; null once taken or when none. */
    private EarlyOpen early;

    private record EarlyOpen(WarehouseProfile profile, CompletableFuture<WarehouseSession.Connection> connection) {}

    /**
     * @param savedActive reads the profile the user last chose (from the state store), empty for the demo
     * @param demoFile    where the embedded demo warehouse lives
     */
    public WarehouseConnector(WarehouseSession session, Supplier<Optional<WarehouseProfile>> savedActive, Path demoFile,
                              DemoWarehouse.Options demoOptions) {
        this.session = Objects.requireNonNull(session, "session");
        this.savedActive = Objects.requireNonNull(savedActive, "savedActive");
        this.demoFile = Objects.requireNonNull(demoFile, "demoFile");
        this.demoOptions = Objects.requireNonNull(demoOptions, "demoOptions");
    }

    public WarehouseProfile demoProfile() {
        return new WarehouseProfile(DEMO_PROFILE_NAME, "jdbc:sqlite:" + demoFile.toAbsolutePath(), null, null);
    }

    public String demoLocation() {
        return demoFile.toString();
    }

    /** Reads the saved choice (blocking). */
    public StartPlan startPlan() {
        WarehouseProfile profile = savedActive.get().orElseGet(this::demoProfile);
        return new StartPlan(profile, profile.name().equals(DEMO_PROFILE_NAME) && !Files.exists(demoFile));
    }

    /** Writes the demo warehouse file (blocking, a few seconds). */
    public DemoWarehouse.Stats generateDemo(BackgroundTask.Progress progress, Cancellation cancellation) {
        return DemoWarehouse.writeSqlite(demoFile, demoOptions, progress, cancellation);
    }

    /**
     * Begins opening the saved warehouse on a thread of its own while the rest of the console is built, so that
     * start-up's {@link #open} of it finds it ready (blocking for the quick read of the saved choice). Nothing is
     * begun when the demo warehouse must be generated first or the saved choice cannot be read.
     */
    public void beginOpeningSaved() {
        StartPlan plan;
        try {
            plan = startPlan();
        } catch (RuntimeException e) {
            return; // start-up reads the saved choice again and says what is wrong with it
        }
        if (plan.generateDemoFirst()) {
            return;
        }
        CompletableFuture<WarehouseSession.Connection> opening = new CompletableFuture<>();
        synchronized (this) {
            early = new EarlyOpen(plan.profile(), opening);
        }
        Thread t = new Thread(() -> {
            try {
                opening.complete(session.open(plan.profile(), Cancellation.none()));
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "warehouse-open");
        t.setDaemon(true);
        t.start();
    }

    /** Opens a warehouse without switching to it yet (blocking); the saved one may have been opened already. */
    public WarehouseSession.Connection open(WarehouseProfile profile, Cancellation cancellation) {
        EarlyOpen begun;
        synchronized (this) {
            begun = early != null && early.profile().equals(profile) ? early : null;
            if (begun != null) {
                early = null;
            }
        }
        if (begun == null) {
            return session.open(profile, cancellation);
        }
        try {
            return begun.connection().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The saved warehouse, if opening it ahead has already succeeded (then it is handed over once); never blocks. */
    public synchronized Optional<WarehouseSession.Connection> takeOpenedAhead() {
        if (early == null || !early.connection().isDone() || early.connection().isCompletedExceptionally()) {
            return Optional.empty();
        }
        WarehouseSession.Connection opened = early.connection().join();
        early = null;
        return Optional.of(opened);
    }

    /** Closes a warehouse opened ahead but never asked for (the console closed before it used it). */
    @Override
    public void close() {
        EarlyOpen left;
        synchronized (this) {
            left = early;
            early = null;
        }
        if (left != null) {
            left.connection().thenAccept(c -> c.warehouse().close());
        }
    }

    /** Switches the console to an opened warehouse (quick; listeners run on the calling thread). */
    public void use(WarehouseSession.Connection connection) {
        session.use(connection);
    }
}
