package io.liveops.console.app;

import io.liveops.console.alert.ui.TrayNotifier;
import io.liveops.console.background.FxScheduler;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.ui.FirstRunView;
import io.liveops.console.ui.MainWindow;
import io.liveops.console.ui.ShellViewModel;
import io.liveops.console.ui.StartupProblemView;
import io.liveops.console.ui.StartupProblemViewModel;
import io.liveops.console.state.StateFileRecovery;
import io.liveops.console.state.StateStoreException;
import java.nio.file.Path;
import io.liveops.console.ui.kit.DesktopPorts;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the context off the FX thread in init(), then shows the shell. */
public final class LiveOpsApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(LiveOpsApp.class);
    static final String LIGHT_CSS = "/assets/css/light.css";
    static final String DARK_CSS = "/assets/css/dark.css";

    private final Supplier<AppContext> contextFactory;
    private volatile AppContext context;
    private RuntimeException startupFailure;
    private Scene scene;
    private TrayNotifier tray;
    private ConsoleShell consoleShell;

    /** Used by the JavaFX launcher: the user's folders, the system clock and zone. */
    public LiveOpsApp() {
        contextFactory = () -> new AppContext(AppPaths.forCurrentUser(), Clock.systemUTC(), ZoneId.systemDefault(), System.getenv(),
                new FxTaskExecutor(4), new FxScheduler(), DesktopPorts.standard(url -> getHostServices().showDocument(url)));
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
        try {
            context = contextFactory.get(); // opens the state store: on the launcher thread, not the FX thread
        } catch (RuntimeException e) {
            LOG.error("The console could not start", e);
            startupFailure = e; // said in the window: the display works, only the console's files do not
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("LiveOps Console");
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = getClass().getResourceAsStream("/assets/icons/liveops-console-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon));
            }
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        if (startupFailure != null) {
            showStartupProblem(stage, startupFailure);
        } else {
            showConsole(stage);
        }
    }

    /** The state store or the data folder cannot be used: say what and where, and offer to keep the file aside. */
    private void showStartupProblem(Stage stage, RuntimeException failure) {
        Path unusable = failure instanceof StateStoreException sse ? sse.unusableFile().orElse(null) : null;
        String problem = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        StartupProblemViewModel vm = new StartupProblemViewModel(problem, unusable == null ? null : unusable.toString(), new FxTaskExecutor(1),
                () -> {
                    StateFileRecovery.moveAside(unusable, Clock.systemUTC());
                    LOG.warn("Moved the unusable {} aside; starting with a fresh state store", unusable);
                    context = contextFactory.get();
                },
                () -> {
                    startupFailure = null;
                    showConsole(stage);
                });
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(new StartupProblemView(vm, AppPaths.forCurrentUser().logFile().toString(), Platform::exit),
                Math.min(900, screen.getWidth()), Math.min(600, screen.getHeight()));
        applyTheme(false);
        stage.setScene(scene);
        stage.show();
    }

    private void showConsole(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            LOG.error("Uncaught error on the FX thread", e);
            context.shell().report("Something went wrong: " + e.getMessage() + " (details in " + context.paths().logFile() + ")");
        });
        ShellViewModel shell = context.shell();
        consoleShell = new ConsoleShell(context, stage);
        MainWindow window = consoleShell.window();
        tray = TrayNotifier.forStage(stage, "LiveOps Console");
        context.alerts().addListener(tray);

        FirstRunView firstRun = new FirstRunView(shell.preparationProgressProperty(), shell.preparationMessageProperty(),
                context.paths().demoWarehouse().toString());
        // never larger than the screen (small laptops, headless test screens)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(shell.preparingProperty().get() ? firstRun : window, Math.min(1360, screen.getWidth()),
                Math.min(860, screen.getHeight()));
        shell.preparingProperty().addListener((o, was, preparing) -> scene.setRoot(preparing ? firstRun : window));
        consoleShell.bindKeys(scene);
        applyTheme(shell.darkThemeProperty().get());
        shell.darkThemeProperty().addListener((o, was, dark) -> applyTheme(dark));

        stage.setScene(scene);
        consoleShell.place(scene);
        stage.show();
        context.start();
    }

    Scene scene() {
        return scene;
    }

    public AppContext context() {
        return context;
    }

    private void applyTheme(boolean dark) {
        scene.getStylesheets().setAll(Objects.requireNonNull(getClass().getResource(LIGHT_CSS)).toExternalForm());
        if (dark) {
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(DARK_CSS)).toExternalForm());
        }
    }

    @Override
    public void stop() {
        if (tray != null) {
            tray.close();
        }
        if (consoleShell != null) {
            consoleShell.rememberPlacement();
        }
        if (context != null) {
            context.close();
        }
    }
}
