package io.liveops.console.app;

import io.liveops.console.kpi.ui.KpiReadingsViewModel;
import io.liveops.console.shared.Target;
import io.liveops.console.ui.kit.ConsoleTab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Reports the moments {@code bench --startup} measures, written as "event epoch-millis" lines to the
 * file named by {@value #PROPERTY}: the window shown, the first live tiles painted, their sparklines
 * painted, and every tab visited once; then the console exits. Inactive unless the property is set.
 */
final class StartupProbe {

    static final String PROPERTY = "liveops.startupProbe";
    /** How long each tab is given to load (its first queries run in the background meanwhile). */
    private static final Duration PER_TAB = Duration.seconds(2);

    private final Path report;

    private StartupProbe(Path report) {
        this.report = report;
    }

    static Optional<StartupProbe> ifAsked() {
        String file = System.getProperty(PROPERTY);
        return file == null || file.isBlank() ? Optional.empty() : Optional.of(new StartupProbe(Path.of(file)));
    }

    void windowShown() {
        write("window");
    }

    /**
     * Waits for the first live tiles, then for their deltas and sparklines (the 13 days before, loaded beside the first
     * refresh), then visits every tab once and ends the console.
     */
    void watch(AppContext context) {
        boolean[] reported = {false, false}; // tiles, sparklines: the tabs are visited once both are on screen
        boolean[] withHistory = {false};
        Runnable sparklinesWhenBoth = () -> {
            if (reported[0] && withHistory[0] && !reported[1]) {
                reported[1] = true;
                // the sparklines are drawn in the frames after the readings change, as the tiles below
                Platform.runLater(() -> Platform.runLater(() -> {
                    write(context.kpiReadings().historyErrorProperty().get().isEmpty() ? "sparklines" : "sparklines-failed");
                    visit(context, context.tabs(), 0);
                }));
            }
        };
        context.board().snapshotProperty().addListener((o, was, now) -> {
            if (was == null && now != null && !reported[0]) {
                // the tiles take the snapshot in the next frames: report after two more turns of the FX thread
                Platform.runLater(() -> Platform.runLater(() -> {
                    write("tiles");
                    reported[0] = true;
                    sparklinesWhenBoth.run();
                }));
            }
        });
        // the readings carry the history once it is loaded, whether it came before the values or after them (or it failed)
        KpiReadingsViewModel readings = context.kpiReadings();
        Runnable historySettled = () -> {
            if (!withHistory[0] && !readings.historyLoadingProperty().get() && (!readings.historyErrorProperty().get().isEmpty()
                    || readings.readingsProperty().get().stream().anyMatch(r -> r.sparkline().size() > 1))) {
                withHistory[0] = true;
                sparklinesWhenBoth.run();
            }
        };
        readings.readingsProperty().addListener((o, was, now) -> historySettled.run());
        readings.historyErrorProperty().addListener((o, was, now) -> historySettled.run());
    }

    private void visit(AppContext context, List<ConsoleTab> tabs, int index) {
        if (index >= tabs.size()) {
            write("tabs");
            PauseTransition settle = new PauseTransition(Duration.seconds(3)); // the parent reads the memory now
            settle.setOnFinished(e -> Platform.exit());
            settle.play();
            return;
        }
        context.navigator().open(Target.tab(tabs.get(index).id()));
        PauseTransition wait = new PauseTransition(PER_TAB);
        wait.setOnFinished(e -> visit(context, tabs, index + 1));
        wait.play();
    }

    private void write(String event) {
        try {
            Files.writeString(report, event + " " + System.currentTimeMillis() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
