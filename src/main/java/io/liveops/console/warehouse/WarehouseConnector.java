package io.liveops.console.warehouse;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the console gets to a warehouse: at start the saved active profile (or the built-in demo,
 * generated on first run), later whatever profile the user picks. Plain Java; the shell's
 * ViewModel runs these steps on background tasks and shows their progress.
 */
public final class WarehouseConnector {

    public static final String DEMO_PROFILE_NAME = "Demo warehouse";

    /** What start-up should do: which profile to open, and whether the demo file must be generated first. */
    public record StartPlan(WarehouseProfile profile, boolean generateDemoFirst) {}

    private final WarehouseSession session;
    private final Supplier<Optional<WarehouseProfile>> savedActive;
    private final Path demoFile;
    private final DemoWarehouse.Options demoOptions;

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

    /** Opens a warehouse without switching to it yet (blocking). */
    public WarehouseSession.Connection open(WarehouseProfile profile, Cancellation cancellation) {
        return session.open(profile, cancellation);
    }

    /** Switches the console to an opened warehouse (quick; listeners run on the calling thread). */
    public void use(WarehouseSession.Connection connection) {
        session.use(connection);
    }
}
