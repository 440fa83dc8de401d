package io.liveops.console.app;

import io.liveops.console.alert.ui.TrayNotifier;
import io.liveops.console.background.FxScheduler;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.ui.FirstRunView;
import io.liveops.console.ui.MainWindow;
import io.liveops.console.ui.ShellViewModel;
import io.liveops.console.ui.StartingView;
import io.liveops.console.ui.WindowPlacement;
import io.liveops.console.background.BackgroundTask;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the context off the FX thread in init(), then shows the shell. */
public final class LiveOpsApp extends Application {

    static final String LIGHT_CSS = "/assets/css/light.css";
    static final String DARK_CSS = "/assets/css/dark.css";

    private final Supplier<AppContext> contextFactory;
    /** Where the window's place is kept; null when the caller pins the folders (tests). */
    private final Path placementFile;
    private final Optional<StartupProbe> probe = StartupProbe.ifAsked();
    private WindowPlacement placement;
    private volatile AppContext context;
    /** The console being built (since launchGui, else from init()), or why it could not be. */
    private CompletableFuture<AppContext> building;
    /** The user's console built since {@link #launchGui}; null in tests, whose console is built from init(). */
    private final CompletableFuture<AppContext> startedAtLaunch;
    private Scene scene;
    private TrayNotifier tray;
    private ConsoleShell consoleShell;

    /**
     * Handed from {@link #launchGui} to the instance JavaFX makes: the console's state store, warehouse and first refresh
     * get going while JavaFX itself starts.
     */
    private static volatile CompletableFuture<AppContext> builtAtLaunch;
    /** Where "open in the browser" goes: the launcher's application, set when JavaFX made it. */
    private static volatile HostServices hostServices;

    /**
     * This class's logger, asked for when there is something to log: a static field would set up logging on the main
     * thread before JavaFX and the console's own thread start (0.2 s), instead of on the console's thread beside them.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(LiveOpsApp.class);
    }

    /** Used by the JavaFX launcher: the user's folders, the system clock and zone. */
    public LiveOpsApp() {
        contextFactory = LiveOpsApp::newUsersConsole;
        startedAtLaunch = builtAtLaunch;
        placementFile = AppPaths.forCurrentUser().dataDir().resolve(WindowPlacement.FILE_NAME);
    }

    private static AppContext newUsersConsole() {
        return new AppContext(AppPaths.forCurrentUser(), Clock.systemUTC(), ZoneId.systemDefault(), System.getenv(),
                new FxTaskExecutor(4), new FxScheduler(), DesktopPorts.standard(url -> hostServices.showDocument(url)));
    }

    /** Used by tests to pin folders, clock and executors. */
    public LiveOpsApp(Supplier<AppContext> contextFactory) {
        this.contextFactory = contextFactory;
        this.placementFile = null;
        this.startedAtLaunch = null;
    }

    /** Starts building the console, then JavaFX: on two cores the toolkit's start-up no longer comes first. */
    static void launchGui(String[] args) {
        builtAtLaunch = buildOnItsOwnThread(LiveOpsApp::newUsersConsole);
        Application.launch(LiveOpsApp.class, args);
    }

    private static CompletableFuture<AppContext> buildOnItsOwnThread(Supplier<AppContext> factory) {
        CompletableFuture<AppContext> building = new CompletableFuture<>();
        Thread build = new Thread(() -> {
            try {
                building.complete(factory.get());
            } catch (RuntimeException e) {
                building.completeExceptionally(e);
            }
        }, "console-start");
        build.setDaemon(true);
        build.start();
        return building;
    }

    @Override
    public void init() {
        placement = WindowPlacement.read(placementFile).orElse(null); // a small file, read on the launcher thread
        hostServices = getHostServices();
        // the console is built while the window is made and shown: start() shows it when both are done
        building = startedAtLaunch != null ? startedAtLaunch : buildOnItsOwnThread(contextFactory);
    }

    /**
     * Shows the window at once (where it was left, in its theme) while init()'s thread builds the console;
     * the window shows the console, or what stops it, when that is done.
     */
    @Override
    public void start(Stage stage) {
        stage.setTitle("LiveOps Console");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        // never larger than the screen (small laptops, headless test screens)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(new StartingView(), Math.min(1360, screen.getWidth()), Math.min(860, screen.getHeight()));
        applyTheme(placement != null && placement.dark());
        stage.setScene(scene);
        if (placement != null && !Screen.getScreensForRectangle(placement.x(), placement.y(), placement.width(), placement.height())
                .isEmpty()) {
            stage.setX(placement.x());
            stage.setY(placement.y());
            stage.setWidth(placement.width());
            stage.setHeight(placement.height());
            stage.setMaximized(placement.maximized());
        }
        probe.ifPresent(p -> stage.setOnShown(e -> p.windowShown()));
        stage.show();
        Platform.runLater(() -> setIcons(stage)); // six PNGs to decode: after the window is on screen, not before
        building.whenComplete((built, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                context = built;
                showConsole(stage);
            } else {
                Throwable cause = failure instanceof CompletionException ce && ce.getCause() != null ? ce.getCause() : failure;
                log().error("The console could not start", cause);
                showStartupProblem(stage, (RuntimeException) cause); // the display works, only the console's files do not
            }
        }));
    }

    private void setIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = getClass().getResourceAsStream("/assets/icons/liveops-console-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon));
            }
        }
    }

    /** The state store or the data folder cannot be used: say what and where, and offer to keep the file aside. */
    private void showStartupProblem(Stage stage, RuntimeException failure) {
        Path unusable = failure instanceof StateStoreException sse ? sse.unusableFile().orElse(null) : null;
        String problem = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        StartupProblemViewModel vm = new StartupProblemViewModel(problem, unusable == null ? null : unusable.toString(), new FxTaskExecutor(1),
                () -> {
                    StateFileRecovery.moveAside(unusable, Clock.systemUTC());
                    log().warn("Moved the unusable {} aside; starting with a fresh state store", unusable);
                    context = contextFactory.get();
                },
                () -> showConsole(stage));
        scene.setRoot(new StartupProblemView(vm, AppPaths.forCurrentUser().logFile().toString(), Platform::exit));
    }

    private void showConsole(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            log().error("Uncaught error on the FX thread", e);
            context.shell().report("Something went wrong: " + e.getMessage() + " (details in " + context.paths().logFile() + ")");
        });
        ShellViewModel shell = context.shell();
        probe.ifPresent(p -> p.watch(context));
        // first: the warehouse's first refresh runs while the console's window is built and drawn
        context.start();
        consoleShell = new ConsoleShell(context, stage);
        MainWindow window = consoleShell.window();
        tray = TrayNotifier.forStage(stage, "LiveOps Console");
        context.alerts().addListener(tray);

        FirstRunView firstRun = new FirstRunView(shell.preparationProgressProperty(), shell.preparationMessageProperty(),
                context.paths().demoWarehouse().toString());
        scene.setRoot(shell.preparingProperty().get() ? firstRun : window);
        shell.preparingProperty().addListener((o, was, preparing) -> scene.setRoot(preparing ? firstRun : window));
        consoleShell.bindKeys(scene);
        applyTheme(shell.darkThemeProperty().get());
        shell.darkThemeProperty().addListener((o, was, dark) -> applyTheme(dark));
        if (placement != null && placement.tab() != null) {
            window.select(placement.tab());
        }
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
        if (consoleShell != null && placementFile != null) {
            WindowPlacement now = consoleShell.placement();
            // written by the console's executor, which lets it finish before it stops
            context.executor().execute(BackgroundTask.of("Saving the window's place", (p, c) -> {
                now.write(placementFile);
                return null;
            }));
        }
        if (context != null) {
            context.close();
        }
    }
}
