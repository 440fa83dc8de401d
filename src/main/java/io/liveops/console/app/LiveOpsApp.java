package io.liveops.console.app;

import io.liveops.console.alert.ui.AlertDrawerView;
import io.liveops.console.alert.core.ToastThrottle;
import io.liveops.console.alert.ui.Toasts;
import io.liveops.console.alert.ui.TrayNotifier;
import io.liveops.console.background.FxScheduler;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.checklist.ui.ChecklistView;
import io.liveops.console.checklist.ui.ChecklistViewModel;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.experiment.ui.ExperimentView;
import io.liveops.console.incident.ui.IncidentBoardView;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.kpi.core.KpiAlertRules;
import io.liveops.console.kpi.ui.KpiTilesView;
import io.liveops.console.ui.FirstRunView;
import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.MainWindow;
import io.liveops.console.ui.SettingsDialog;
import io.liveops.console.ui.ShellViewModel;
import java.awt.Desktop;
import java.io.File;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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
    private AppContext context;
    private Scene scene;
    private KpiTilesView tilesView;
    private IncidentBoardView incidentsView;
    private ChecklistView checklistView;
    private TrayNotifier tray;

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
        AlertDrawerView drawer = new AlertDrawerView(context.alertDrawer(), alert -> openAlert(window, alert.source(), alert.key()));
        tilesView = new KpiTilesView(context.tiles(), context.thresholdEditor(), context.board(), shell.darkThemeProperty(), drawer,
                context.alertDrawer().openProperty(), context.alertDrawer().unacknowledgedProperty());
        window.addTab("KPIs", Icons.DATABASE.create(), tilesView);
        context.alerts().addListener(new Toasts(new ToastThrottle(context.clock(), ToastThrottle.DEFAULT_WINDOW), stage,
                alert -> openAlert(window, alert.source(), alert.key()),
                () -> context.alertDrawer().openProperty().set(true)));
        tray = TrayNotifier.forStage(stage, "LiveOps Console");
        context.alerts().addListener(tray);
        context.tiles().loadSettings();
        context.alertDrawer().reload();
        Consumer<String> openTab = ChecklistView.tabOpener(window.tabs(), shell::report);
        ChecklistViewModel checklist = context.checklist(new ChecklistViewModel.Links() {
            @Override
            public void openUrl(String url) {
                getHostServices().showDocument(url);
            }

            @Override
            public void openTab(String title) {
                openTab.accept(title);
            }
        });
        checklistView = new ChecklistView(checklist);
        window.addTab("Checklist", Icons.CHECKLIST.create(), checklistView);
        checklist.start();
        incidentsView = new IncidentBoardView(context.incidents());
        window.addTab("Incidents", Icons.INCIDENT.create(), incidentsView);
        context.incidents().start();
        window.addTab("Experiments", Icons.EXPERIMENT.create(), new ExperimentView(context.experiments(), shell.darkThemeProperty()));

        FirstRunView firstRun = new FirstRunView(shell.preparationProgressProperty(), shell.preparationMessageProperty(),
                context.paths().demoWarehouse().toString());
        // never larger than the screen (small laptops, headless test screens)
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(shell.preparingProperty().get() ? firstRun : window, Math.min(1360, screen.getWidth()),
                Math.min(860, screen.getHeight()));
        shell.preparingProperty().addListener((o, was, preparing) -> scene.setRoot(preparing ? firstRun : window));
        // declaring an incident must not wait for a tab switch: Ctrl+N works from every tab
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N,
                KeyCombination.SHORTCUT_DOWN), () -> {
            showTab(window, incidentsView);
            incidentsView.declareNew();
        });
        applyTheme(shell.darkThemeProperty().get());
        shell.darkThemeProperty().addListener((o, was, dark) -> applyTheme(dark));

        stage.setTitle("LiveOps Console");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        context.start();
    }

    /**
     * A toast or drawer click: a KPI alert jumps to its tile on the KPIs tab and opens its detail, an
     * incident alert to its card on the Incidents tab, a checklist alert to the Checklist tab; any
     * other opens the alert drawer.
     */
    private void openAlert(MainWindow window, String source, String key) {
        if (KpiAlertRules.SOURCE.equals(source)) {
            showTab(window, tilesView);
            tilesView.open(key);
        } else if (IncidentService.ALERT_SOURCE.equals(source) && IncidentService.incidentIdOf(key).isPresent()) {
            showTab(window, incidentsView);
            incidentsView.open(IncidentService.incidentIdOf(key).getAsLong());
        } else if (ChecklistViewModel.ALERT_SOURCE.equals(source)) {
            showTab(window, checklistView);
        } else {
            context.alertDrawer().openProperty().set(true);
        }
    }

    private static void showTab(MainWindow window, Node content) {
        window.tabs().getTabs().stream().filter(t -> t.getContent() == content).findFirst()
                .ifPresent(t -> window.tabs().getSelectionModel().select(t));
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
                File f = new File(folder);
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
        if (tray != null) {
            tray.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
