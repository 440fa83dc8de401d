package io.liveops.console.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.warehouse.WarehouseConnector;
import io.liveops.console.warehouse.WarehouseProfile;
import io.liveops.console.warehouse.WarehouseSession;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the console on a warehouse: at start the saved one (generating the demo warehouse on first
 * run, with its progress on the first-run screen), later the one chosen in Warehouse connections.
 * Opening runs in the background; the switch happens on the FX thread, where the features that
 * follow the warehouse session hear of it.
 */
public final class ConnectionViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionViewModel.class);

    private final WarehouseConnector connector;
    private final ShellViewModel shell;
    private final TaskExecutor executor;

    public ConnectionViewModel(WarehouseConnector connector, ShellViewModel shell, TaskExecutor executor) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    public WarehouseProfile demoProfile() {
        return connector.demoProfile();
    }

    public String demoLocation() {
        return connector.demoLocation();
    }

    /** What start-up found: the saved choice and, unless the demo must be generated first, that warehouse opened or why not. */
    private record Started(WarehouseConnector.StartPlan plan, WarehouseSession.Connection opened, RuntimeException openFailure) {}

    /**
     * Opens the active warehouse; on first run generates the demo warehouse first. The live tiles wait for it while
     * the FX thread is busy drawing the window: one opened ahead is used at once, else reading the saved choice and
     * opening it are one background step.
     */
    public void start() {
        var openedAhead = connector.takeOpenedAhead();
        if (openedAhead.isPresent()) {
            connector.use(openedAhead.get()); // the first refresh starts now, not after the window's next frames
            return;
        }
        executor.execute(BackgroundTask.of("Opening the active warehouse", (p, c) -> {
                    WarehouseConnector.StartPlan plan = connector.startPlan();
                    if (plan.generateDemoFirst()) {
                        return new Started(plan, null, null);
                    }
                    try {
                        return new Started(plan, connector.open(plan.profile(), c), null);
                    } catch (Cancellation.CancelledException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        return new Started(plan, null, e);
                    }
                })
                .onSuccess(started -> {
                    if (started.plan().generateDemoFirst()) {
                        generateDemoThenConnect();
                    } else if (started.opened() != null) {
                        connector.use(started.opened());
                    } else {
                        cannotUse(started.plan().profile(), started.openFailure());
                    }
                })
                .onFailure(e -> {
                    shell.report("Could not read the saved warehouse connection, using the demo warehouse: " + e.getMessage());
                    connect(connector.demoProfile());
                }));
    }

    private void generateDemoThenConnect() {
        shell.preparingProperty().set(true);
        shell.preparationMessageProperty().set("Starting…");
        executor.execute(BackgroundTask.of("Generating the demo warehouse", connector::generateDemo)
                .onProgress((fraction, message) -> {
                    shell.preparationProgressProperty().set(fraction);
                    shell.preparationMessageProperty().set(message);
                })
                .onSuccess(stats -> {
                    LOG.info("Demo warehouse generated: {}", stats.summary());
                    shell.preparingProperty().set(false);
                    connect(connector.demoProfile());
                })
                .onFailure(e -> {
                    LOG.error("Demo warehouse generation failed", e);
                    shell.preparingProperty().set(false);
                    shell.report("The demo warehouse could not be generated in " + connector.demoLocation() + ": " + e.getMessage());
                }));
    }

    /** Opens a warehouse and, once it answers, switches every feature to it; the previous one is closed. */
    public void connect(WarehouseProfile profile) {
        executor.execute(BackgroundTask.of("Connecting to " + profile.name(), (progress, cancel) -> connector.open(profile, cancel))
                .onSuccess(connector::use)
                .onFailure(e -> cannotUse(profile, e)));
    }

    private void cannotUse(WarehouseProfile profile, Throwable e) {
        LOG.warn("Cannot use warehouse {}: {}", profile.name(), e.getMessage());
        shell.report("Cannot use warehouse '" + profile.name() + "': " + e.getMessage());
    }
}
