package io.liveops.console.app;

import io.liveops.console.background.FxScheduler;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.config.AppPaths;
import io.liveops.console.experiment.ExperimentView;
import io.liveops.console.kpi.KpiTableView;
import io.liveops.console.ui.FirstRunView;
import io.liveops.console.ui.Icons;
import io.liveops.console.alert.ToastThrottle;
import io.liveops.console.alert.Toasts;
import io.liveops.console.incident.IncidentBoardView;
import io.liveops.console.ui.MainWindow;
import io.liveops.console.ui.SettingsDialog;
import io.liveops.console.ui.ShellViewModel;
import java.awt.Desktop;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the context off the FX thread in init(), then shows the shell. */
public final class LiveOpsApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(LiveOpsApp.class);
    static final String LIGHT_CSS = "/assets/css/light.css";
    static final String DARK_CSS = "/assets/css/dark.css";

    private final Supplier<AppContext> contextFactory;
    private AppContext context;
    private Scene scene;

    /** Used by the JavaFX launcher: the user's folders, the system clock and zone. */
    public LiveOpsApp() {
        this(() -> new AppContext(AppPaths.forCurrentUser(), Clock.systemUTC(), ZoneId.systemDefault(), System.getenv(),
                new FxTaskExecutor(4), new FxScheduler()));
    }

    /** Used by tests to pin folders, clock and executors. */
    public LiveOpsApp(Supplier<AppContext> contextFactory) {
        this.contextFactory = contextFactory;
    }

    static void launchGui(String[] args) {
        Application.launch(LiveOpsApp.class, args);
    }

    @Override
    public void init() {
        context = contextFactory.get(); // opens the state store: on the launcher thread, not the FX thread
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            LOG.error("Uncaught error on the FX thread", e);
            context.shell().report("Something went wrong: " + e.getMessage() + " (details in " + context.paths().logFile() + ")");
        });
        ShellViewModel shell = context.shell();
        MainWindow window = new MainWindow(context.statusBar(), context.board().progressProperty(), context.board().refreshingProperty(),
                shell.problems(), new MainWindow.Actions(
                        context.board()::refresh,
                        () -> new SettingsDialog(context.settingsViewModel(), stage).showAndWait(),
                        this::openDataFolder,
                        Platform::exit,
                        dark -> shell.darkThemeProperty().set(dark),
                        shell.darkThemeProperty().get()));
        context.attachWindow(stage);
        window.addTab("KPIs", Icons.DATABASE.create(), new KpiTableView(context.board()));
        window.addTab("Experiments", Icons.EXPERIMENT.create(), new ExperimentView(context.experiments()));
        window.addTab("Incidents", Icons.INCIDENT.create(), new IncidentBoardView(context.incidents()));
        context.incidentAlerts().addListener(new Toasts(new ToastThrottle(context.clock(), ToastThrottle.DEFAULT_WINDOW), stage,
                alert -> { }, () -> { }));
        context.incidents().start();

        FirstRunView firstRun = new FirstRunView(shell.preparationProgressProperty(), shell.preparationMessageProperty(),
                context.paths().demoWarehouse().toString());
        scene = new Scene(shell.preparingProperty().get() ? firstRun : window, 1360, 860);
        shell.preparingProperty().addListener((o, was, preparing) -> scene.setRoot(preparing ? firstRun : window));
        applyTheme(shell.darkThemeProperty().get());
        shell.darkThemeProperty().addListener((o, was, dark) -> applyTheme(dark));

        stage.setTitle("LiveOps Console");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        context.start();
    }

    Scene scene() {
        return scene;
    }

    AppContext context() {
        return context;
    }

    private void applyTheme(boolean dark) {
        scene.getStylesheets().setAll(Objects.requireNonNull(getClass().getResource(LIGHT_CSS)).toExternalForm());
        if (dark) {
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(DARK_CSS)).toExternalForm());
        }
    }

    private void openDataFolder() {
        String folder = context.paths().dataDir().toAbsolutePath().toString();
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                java.io.File f = new java.io.File(folder);
                new Thread(() -> {
                    try {
                        Desktop.getDesktop().open(f);
                    } catch (Exception e) {
                        LOG.warn("Cannot open {}", folder, e);
                    }
                }, "open-folder").start();
                return;
            }
        } catch (RuntimeException e) {
            LOG.warn("No desktop integration", e);
        }
        context.shell().report("The data folder is " + folder + " (logs in logs/, the state store in state.db).");
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
