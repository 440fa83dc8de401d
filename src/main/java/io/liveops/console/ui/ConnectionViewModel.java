package io.liveops.console.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.warehouse.WarehouseConnector;
import io.liveops.console.warehouse.WarehouseProfile;
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

    /** Opens the active warehouse; on first run generates the demo warehouse first. */
    public void start() {
        executor.execute(BackgroundTask.of("Reading the active warehouse", (p, c) -> connector.startPlan())
                .onSuccess(plan -> {
                    if (plan.generateDemoFirst()) {
                        generateDemoThenConnect();
                    } else {
                        connect(plan.profile());
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
                .onFailure(e -> {
                    LOG.warn("Cannot use warehouse {}: {}", profile.name(), e.getMessage());
                    shell.report("Cannot use warehouse '" + profile.name() + "': " + e.getMessage());
                }));
    }
}
