package io.liveops.console.app;
import io.liveops.console.checklist.core.ChecklistRepository;
import io.liveops.console.alert.core.AlertHistoryRepository;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.ui.AlertDrawerViewModel;
import io.liveops.console.background.BackgroundTask;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.checklist.ui.ChecklistViewModel;
import io.liveops.console.checklist.core.RoutineSchedule;
import io.liveops.console.checklist.core.TemplateReader;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.kpi.core.KpiAlertRules;
import io.liveops.console.kpi.ui.KpiBoardViewModel;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.ui.KpiTilesViewModel;
import io.liveops.console.kpi.ui.ThresholdEditorViewModel;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.shared.JsonConfig;
import io.liveops.console.state.StateStore;
import io.liveops.console.state.StateStoreException;
import io.liveops.console.state.TeamModeConfig;
import io.liveops.console.incident.ui.IncidentBoardView;
import io.liveops.console.incident.ui.IncidentBoardViewModel;
import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.Templates;
import io.liveops.console.experiment.core.ExperimentQueries;
import io.liveops.console.experiment.core.ExperimentService;
import io.liveops.console.experiment.ui.ExperimentView;
import io.liveops.console.experiment.ui.ExperimentViewModel;
import io.liveops.console.ui.SettingsViewModel;
import io.liveops.console.ui.ShellViewModel;
import io.liveops.console.kpi.ui.StatusBarViewModel;
import io.liveops.console.warehouse.DemoWarehouse;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseInspector;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Files;
import javafx.stage.Window;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the console with constructors, once: the state store, configuration, the active warehouse
 * and its KPI service, and every ViewModel. Switching warehouses goes through {@link #connect}.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    public static final String DEMO_PROFILE_NAME = "Demo warehouse";
    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);

    private final AppPaths paths;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, String> env;
    private final TaskExecutor executor;
    private final Scheduler scheduler;

    private final StateStore state;
    private volatile Thresholds thresholds;
    private final ShellViewModel shell = new ShellViewModel();
    private final KpiBoardViewModel board;
    private final StatusBarViewModel statusBar;
    private final ThresholdConfig thresholdConfig;
    private final KpiTilesViewModel tiles;
    private final ThresholdEditorViewModel thresholdEditor;
    private final AlertCenter alerts;
    private final KpiAlertRules kpiAlertRules;
    private final AlertDrawerViewModel alertDrawer;

    private final SettingsViewModel settings;
    private final ExperimentViewModel experiments;
    private final IncidentBoardViewModel incidents;

    private Warehouse warehouse;
    private KpiService kpiService;
    private volatile Window window;

    private final DemoWarehouse.Options demoOptions;

    public AppContext(AppPaths paths, Clock clock, ZoneId zone, Map<String, String> env, TaskExecutor executor, Scheduler scheduler) {
        this(paths, clock, zone, env, executor, scheduler, DemoWarehouse.Options.defaults(clock));
    }

    /** @param demoOptions what the first run generates (tests use a smaller demo) */
    public AppContext(AppPaths paths, Clock clock, ZoneId zone, Map<String, String> env, TaskExecutor executor, Scheduler scheduler,
                      DemoWarehouse.Options demoOptions) {
        this.demoOptions = demoOptions;
        this.paths = paths.ensureExists();
        this.clock = clock;
        this.zone = zone;
        this.env = env;
        this.executor = executor;
        this.scheduler = scheduler;
        this.state = openState(paths, env, clock, shell);

        this.thresholdConfig = new ThresholdConfig(paths.configDir());
        ThresholdConfig.Loaded loaded = thresholdConfig.load();
        this.thresholds = loaded.thresholds();
        loaded.problem().ifPresent(p -> shell.report("Your thresholds file was not used, the defaults are in use: " + p.describe()));

        KpiFormat format = new KpiFormat(Locale.getDefault());
        this.board = new KpiBoardViewModel(executor, scheduler, clock, format);
        this.statusBar = new StatusBarViewModel(board, zone);
        ExperimentService experimentService = new ExperimentService(() -> warehouse().map(w -> new ExperimentQueries(w,
                new SqlCatalog(w.dialect(), paths.configDir()), Duration.ofSeconds(60))));
        this.experiments = new ExperimentViewModel(executor, experimentService, clock, ExperimentView.systemClipboard(),
                ExperimentView.fileChooser(() -> window));
        this.tiles = new KpiTilesViewModel(board, executor, scheduler, clock, format, () -> thresholds, state.settings());
        this.thresholdEditor = new ThresholdEditorViewModel(new ThresholdEditorViewModel.ThresholdStore() {
            @Override
            public Thresholds current() {
                return thresholds;
            }

            @Override
            public Thresholds defaults() {
                return thresholdConfig.defaults();
            }

            @Override
            public void save(Thresholds edited) {
                thresholdConfig.save(edited); // the file first: what is in force is always what the user will find
                thresholds = edited;
            }
        }, executor, board::thresholdsChanged);
        this.alerts = new AlertCenter(new AlertHistoryRepository(state), clock);
        this.kpiAlertRules = new KpiAlertRules(alerts, format);
        // the drawer hears about alerts on the refresh's thread; a zero-delay schedule hops to the UI thread
        this.alertDrawer = new AlertDrawerViewModel(alerts, executor, r -> scheduler.schedule(Duration.ZERO, r), clock, zone,
                env.getOrDefault("USER", env.getOrDefault("USERNAME", "director")));
        board.addSnapshotListener(this::judgeKpis);
        // Incidents tab (issue 5): its SLA breaches and due updates go through the alert center to toasts
        JsonConfig.Loaded<SeverityPolicy> policy = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, paths.configDir());
        policy.problem().ifPresent(p -> shell.report("Your incident policy file was not used, the Sage defaults are in use: " + p.describe()));
        this.incidents = new IncidentBoardViewModel(
                new IncidentService(new IncidentRepository(state), clock, policy.value(), alerts),
                new Templates(Templates.userDir(paths.configDir())), executor, scheduler, clock, zone,
                IncidentBoardView.systemClipboard(), IncidentBoardView.fileChooser(() -> window),
                preset -> SeverityPolicy.load(preset, paths.configDir()));
        this.settings = new SettingsViewModel(state.connectionProfiles(), executor, env, demoProfile(), this::connect);
        shell.darkThemeProperty().set(state.settings().get("ui.darkTheme").map(Boolean::parseBoolean).orElse(false));
        shell.darkThemeProperty().addListener((o, was, dark) -> saveSetting("ui.darkTheme", String.valueOf(dark)));
    }

    /**
     * The team's shared store when team mode is on; when it is configured but cannot be opened the
     * console says so and works on the local store, so the director is never left without a console.
     */
    private static StateStore openState(AppPaths paths, Map<String, String> env, Clock clock, ShellViewModel shell) {
        JsonConfig.Loaded<TeamModeConfig> team = TeamModeConfig.load(paths.configDir());
        team.problem().ifPresent(p -> shell.report("Your team-mode file was not used, the local state store is in use: " + p.describe()));
        try {
            return team.value().open(paths.stateStore(), env, clock);
        } catch (StateStoreException e) {
            shell.report("Team mode is on but its database cannot be used, so this console works on its local state store "
                    + "(other directors do not see its changes): " + e.getMessage());
            return StateStore.openSqlite(paths.stateStore(), clock);
        }
    }

    /** Opens the active warehouse; on first run generates the demo warehouse first, with progress. */
    public void start() {
        record Startup(WarehouseProfile profile, boolean needsDemo) {}
        executor.execute(BackgroundTask.of("Reading the active warehouse", (p, c) -> {
                    WarehouseProfile profile = state.connectionProfiles().active().orElseGet(this::demoProfile);
                    return new Startup(profile, profile.name().equals(DEMO_PROFILE_NAME) && !Files.exists(paths.demoWarehouse()));
                })
                .onSuccess(s -> {
                    if (s.needsDemo()) {
                        prepareDemoThenConnect();
                    } else {
                        connect(s.profile());
                    }
                })
                .onFailure(e -> {
                    shell.report("Could not read the saved warehouse connection, using the demo warehouse: " + e.getMessage());
                    connect(demoProfile());
                }));
    }

    public WarehouseProfile demoProfile() {
        return new WarehouseProfile(DEMO_PROFILE_NAME, "jdbc:sqlite:" + paths.demoWarehouse().toAbsolutePath(), null, null);
    }

    private void prepareDemoThenConnect() {
        shell.preparingProperty().set(true);
        shell.preparationMessageProperty().set("Starting…");
        executor.execute(BackgroundTask.of("Generating the demo warehouse",
                        (progress, cancel) -> DemoWarehouse.writeSqlite(paths.demoWarehouse(), demoOptions, progress, cancel))
                .onProgress((fraction, message) -> {
                    shell.preparationProgressProperty().set(fraction);
                    shell.preparationMessageProperty().set(message);
                })
                .onSuccess(stats -> {
                    LOG.info("Demo warehouse generated: {}", DemoCommand.summary(stats));
                    shell.preparingProperty().set(false);
                    connect(demoProfile());
                })
                .onFailure(e -> {
                    LOG.error("Demo warehouse generation failed", e);
                    shell.preparingProperty().set(false);
                    shell.report("The demo warehouse could not be generated in " + paths.demoWarehouse() + ": " + e.getMessage());
                }));
    }

    /**
     * Switches the console to a warehouse: opens its pool, finds the default as-of day, and points the
     * board at it. The previous warehouse is closed once the new one is in use.
     */
    public void connect(WarehouseProfile profile) {
        LocalDate yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        record Opened(Warehouse warehouse, KpiService service, LocalDate asOf) {}
        executor.execute(BackgroundTask.of("Connecting to " + profile.name(), (progress, cancel) -> {
                    Warehouse w = Warehouse.open(profile, env);
                    SqlCatalog catalog = new SqlCatalog(w.dialect(), paths.configDir());
                    Optional<LocalDate> latest;
                    try {
                        latest = new WarehouseInspector(w, catalog).latestDay(QUERY_TIMEOUT, cancel);
                    } catch (RuntimeException e) {
                        LOG.warn("Latest day unknown for {}: {}", profile.safeUrl(), e.getMessage());
                        latest = Optional.empty(); // the board's refresh reports the problem with its retries
                    }
                    KpiService service = new KpiService(w, catalog, () -> thresholds, QUERY_TIMEOUT, clock);
                    return new Opened(w, service, WarehouseInspector.defaultAsOf(yesterday, latest));
                })
                .onSuccess(opened -> {
                    closeWarehouse();
                    warehouse = opened.warehouse();
                    kpiService = opened.service();
                    board.useService(opened.service(), profile.name(), opened.asOf());
                    board.refresh();
                })
                .onFailure(e -> shell.report("Cannot use warehouse '" + profile.name() + "': " + e.getMessage())));
    }

    /** Runs the KPI alert rules on a refresh of the live day (time travel to an old day alerts nobody). */
    private void judgeKpis(KpiSnapshot snapshot) {
        if (!snapshot.asOf().equals(board.liveDay())) {
            return;
        }
        Thresholds inForce = thresholds;
        executor.execute(BackgroundTask.of("Checking the KPI alert rules", (p, c) -> kpiAlertRules.evaluate(snapshot, inForce))
                .onFailure(e -> {
                    LOG.warn("KPI alert rules failed", e);
                    shell.report("The KPI alerts could not be checked: " + e.getMessage());
                }));
    }

    private void saveSetting(String key, String value) {
        executor.execute(BackgroundTask.of("Saving setting " + key, (p, c) -> {
            state.settings().put(key, value);
            return null;
        }).onFailure(e -> shell.report("Could not save the setting " + key + ": " + e.getMessage())));
    }

    public AppPaths paths() {
        return paths;
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public StateStore state() {
        return state;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public KpiBoardViewModel board() {
        return board;
    }

    public KpiTilesViewModel tiles() {
        return tiles;
    }

    public ThresholdEditorViewModel thresholdEditor() {
        return thresholdEditor;
    }

    public AlertCenter alerts() {
        return alerts;
    }

    public AlertDrawerViewModel alertDrawer() {
        return alertDrawer;
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    /** The main window, owner of the dialogs the ViewModels open. */
    public void attachWindow(Window mainWindow) {
        this.window = mainWindow;
    }

    public IncidentBoardViewModel incidents() {
        return incidents;
    }


    public ExperimentViewModel experiments() {
        return experiments;
    }

    /** The Checklist tab's ViewModel; {@code links} open URLs in the browser and items' actions in their tab. */
    public ChecklistViewModel checklist(ChecklistViewModel.Links links) {
        ChecklistService service = new ChecklistService(new ChecklistRepository(state), new TemplateReader(KpiCatalog.standard()),
                ChecklistService.userTemplateIn(paths.configDir()), new RoutineSchedule(zone), clock);
        return new ChecklistViewModel(service, board.snapshotProperty(), alerts, executor, scheduler, clock,
                System.getProperty("user.name", "me"), KpiCatalog.standard(), new KpiFormat(Locale.getDefault()), links);
    }

    public SettingsViewModel settingsViewModel() {
        return settings;
    }

    public Map<String, String> env() {
        return env;
    }

    /** The warehouse in use, if connected. */
    public Optional<Warehouse> warehouse() {
        return Optional.ofNullable(warehouse);
    }

    private void closeWarehouse() {
        if (kpiService != null) {
            kpiService.close();
            kpiService = null;
        }
        if (warehouse != null) {
            warehouse.close();
            warehouse = null;
        }
    }

    @Override
    public void close() {
        board.stop();
        incidents.stop();
        closeWarehouse();
        executor.close();
        state.close();
    }
}
