package io.liveops.console.app;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertHistoryRepository;
import io.liveops.console.alert.ui.AlertDrawerView;
import io.liveops.console.alert.ui.AlertDrawerViewModel;
import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.calendar.core.CalendarExchange;
import io.liveops.console.calendar.core.CalendarRepository;
import io.liveops.console.calendar.core.CalendarService;
import io.liveops.console.calendar.core.CalendarTexts;
import io.liveops.console.calendar.core.CalendarWarehouse;
import io.liveops.console.calendar.core.Campaigns;
import io.liveops.console.calendar.core.RuleSetStore;
import io.liveops.console.calendar.ui.CalendarTab;
import io.liveops.console.calendar.ui.CalendarViewModel;
import io.liveops.console.calendar.ui.CampaignsViewModel;
import io.liveops.console.calendar.ui.ExchangeViewModel;
import io.liveops.console.calendar.ui.ItemEditorViewModel;
import io.liveops.console.calendar.ui.RuleEditorViewModel;
import io.liveops.console.checklist.core.ChecklistRepository;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.checklist.core.RoutineSchedule;
import io.liveops.console.checklist.core.TemplateReader;
import io.liveops.console.checklist.ui.ChecklistTab;
import io.liveops.console.checklist.ui.ChecklistViewModel;
import io.liveops.console.checklist.ui.ItemLinks;
import io.liveops.console.checklist.ui.LiveKpis;
import io.liveops.console.economy.core.EconomyConfig;
import io.liveops.console.economy.core.EconomyService;
import io.liveops.console.economy.core.ExploitIncidentService;
import io.liveops.console.economy.ui.EconomyTab;
import io.liveops.console.economy.ui.EconomyViewModel;
import io.liveops.console.economy.ui.ExploitIncidentViewModel;
import io.liveops.console.experiment.ui.ExperimentViewModel;
import io.liveops.console.experiment.ui.ExperimentsTab;
import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.Templates;
import io.liveops.console.incident.ui.IncidentBoardViewModel;
import io.liveops.console.incident.ui.IncidentsTab;
import io.liveops.console.kpi.core.KpiAlertRules;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiReadModel;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.ThresholdStore;
import io.liveops.console.kpi.ui.KpiAlertWatch;
import io.liveops.console.kpi.ui.KpiBoardViewModel;
import io.liveops.console.kpi.ui.KpiDetailViewModel;
import io.liveops.console.kpi.ui.KpiLayoutViewModel;
import io.liveops.console.kpi.ui.KpiReadingsViewModel;
import io.liveops.console.kpi.ui.KpiTab;
import io.liveops.console.kpi.ui.KpiTilesViewModel;
import io.liveops.console.kpi.ui.StatusBarViewModel;
import io.liveops.console.kpi.ui.ThresholdEditorViewModel;
import io.liveops.console.report.core.ReportMarkdown;
import io.liveops.console.report.core.WeeklyNumbersService;
import io.liveops.console.report.core.WeeklyReportRepository;
import io.liveops.console.report.core.WeeklyReportService;
import io.liveops.console.report.ui.ReportTab;
import io.liveops.console.report.ui.ReportViewModel;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.shared.JsonConfig;
import io.liveops.console.shared.NavigatorRelay;
import io.liveops.console.shared.Target;
import io.liveops.console.state.StateStore;
import io.liveops.console.state.StateStoreException;
import io.liveops.console.state.TeamModeConfig;
import io.liveops.console.ui.ConnectionViewModel;
import io.liveops.console.ui.DirectorNameViewModel;
import io.liveops.console.shared.DirectorName;
import io.liveops.console.experiment.core.ExperimentQueries;
import io.liveops.console.experiment.core.ExperimentService;
import io.liveops.console.ui.SettingsViewModel;
import io.liveops.console.ui.ShellViewModel;
import io.liveops.console.ui.kit.ConsoleTab;
import io.liveops.console.ui.kit.DesktopPorts;
import io.liveops.console.warehouse.DemoWarehouse;
import io.liveops.console.warehouse.WarehouseConnector;
import io.liveops.console.warehouse.WarehouseSession;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the console with constructors, once, and holds nothing of its own: the state store, the
 * warehouse session, the services and every ViewModel and tab. A new tab is a new feature folder
 * plus one line in {@link #tabs}.
 */
public final class AppContext implements AutoCloseable {

    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);

    /** The console's tabs in order: what checklist actions, commands and {@link Target#tab} may name. */
    public static final List<String> TAB_IDS = List.of(KpiTab.ID, ChecklistTab.ID, IncidentsTab.ID, ExperimentsTab.ID, EconomyTab.ID,
            CalendarTab.ID, ReportTab.ID);

    private final AppPaths paths;
    private final Clock clock;
    private final TaskExecutor executor;

    private final StateStore state;
    private final ShellViewModel shell;
    private final NavigatorRelay navigator = new NavigatorRelay();
    private final WarehouseSession session;
    private final WarehouseConnector connector;
    private final ConnectionViewModel connection;
    private final KpiService kpis;
    private final KpiBoardViewModel board;
    private final StatusBarViewModel statusBar;
    private final KpiReadingsViewModel readings;
    private final KpiLayoutViewModel layout;
    private final KpiTilesViewModel tiles;
    private final KpiDetailViewModel detail;
    private final AlertCenter alerts;
    private final AlertDrawerViewModel alertDrawer;
    private final SettingsViewModel settings;
    private final ChecklistViewModel checklist;
    private final IncidentBoardViewModel incidents;
    private final CalendarViewModel calendar;
    private final RuleEditorViewModel calendarRulesEditor;
    private final List<ConsoleTab> tabs;
    private final DesktopPorts ports;
    private final DirectorNameViewModel directorName;

    public AppContext(AppPaths paths, Clock clock, ZoneId zone, Map<String, String> env, TaskExecutor executor, Scheduler scheduler,
                      DesktopPorts ports) {
        this(paths, clock, zone, env, executor, scheduler, ports, DemoWarehouse.Options.defaults(clock));
    }

    /** @param demoOptions what the first run generates (tests use a smaller demo) */
    public AppContext(AppPaths paths, Clock clock, ZoneId zone, Map<String, String> env, TaskExecutor executor, Scheduler scheduler,
                      DesktopPorts ports, DemoWarehouse.Options demoOptions) {
        this.paths = ensureFolders(paths);
        this.clock = clock;
        this.executor = executor;
        this.ports = ports;
        List<String> startupProblems = new java.util.ArrayList<>();
        this.state = openState(paths, env, clock, startupProblems);
        this.shell = new ShellViewModel(state.settings(), executor);
        startupProblems.forEach(shell::report);
        DirectorName director = DirectorNameViewModel.load(state.settings(), DirectorName.ofAccount(env));
        this.directorName = new DirectorNameViewModel(director, state.settings(), executor);

        ThresholdConfig thresholdConfig = new ThresholdConfig(paths.configDir());
        ThresholdConfig.Loaded loaded = thresholdConfig.load();
        loaded.problem().ifPresent(p -> shell.report("Your thresholds file was not used, the defaults are in use: " + p.describe()));
        ThresholdStore thresholds = ThresholdStore.of(thresholdConfig, loaded.thresholds());

        this.session = new WarehouseSession(paths.configDir(), env, clock, QUERY_TIMEOUT);
        this.connector = new WarehouseConnector(session, () -> state.connectionProfiles().active(), paths.demoWarehouse(), demoOptions);
        // the warehouse opens while the rest of the console is built and drawn: the first tiles need it at once
        connector.beginOpeningSaved();
        this.connection = new ConnectionViewModel(connector, shell, executor);
        this.alerts = new AlertCenter(new AlertHistoryRepository(state), clock, AlertCenter.DEFAULT_DEDUPE_WINDOW, scheduler.asExecutor());

        KpiFormat format = new KpiFormat(Locale.getDefault());
        this.kpis = new KpiService(session, thresholds::current, clock);
        this.board = new KpiBoardViewModel(executor, scheduler, clock);
        board.follow(session, kpis);
        this.readings = new KpiReadingsViewModel(board, new KpiReadModel(format), thresholds::current, executor, scheduler);
        new KpiAlertWatch(readings, new KpiAlertRules(alerts), executor);
        this.statusBar = new StatusBarViewModel(board, zone, session, executor);
        this.layout = new KpiLayoutViewModel(board, executor, state.settings());
        this.tiles = new KpiTilesViewModel(readings, layout, scheduler, clock);
        this.detail = new KpiDetailViewModel(tiles, executor, thresholds::current);
        ThresholdEditorViewModel thresholdEditor = new ThresholdEditorViewModel(thresholds, executor, board::thresholdsChanged);
        this.alertDrawer = new AlertDrawerViewModel(alerts, executor, clock, zone, director::get);

        JsonConfig.Loaded<SeverityPolicy> policy = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, paths.configDir());
        policy.problem().ifPresent(p -> shell.report("Your incident policy file was not used, the Sage defaults are in use: " + p.describe()));
        IncidentService incidentService = new IncidentService(new IncidentRepository(state), clock, policy.value(), alerts);
        this.incidents = new IncidentBoardViewModel(incidentService,
                new Templates(Templates.userDir(paths.configDir())), executor, scheduler, clock, zone,
                ports.clipboard(), ports.saveDialog(), preset -> SeverityPolicy.load(preset, paths.configDir()));

        ExperimentService experimentService = new ExperimentService(() -> session.current()
                .map(c -> new ExperimentQueries(c.warehouse(), c.catalog(), session.queryTimeout())));
        ExperimentViewModel experiments = new ExperimentViewModel(executor, experimentService, clock, ports.clipboard(), ports.saveDialog());
        JsonConfig.Loaded<EconomyConfig> economyConfig = EconomyConfig.load(paths.configDir());
        economyConfig.problem().ifPresent(p -> shell.report("Your economy.json was not used, the defaults are in use: " + p.describe()));
        EconomyService economyService = new EconomyService(session, kpis, thresholds::current, economyConfig.value().kpiCurrency(), clock);
        EconomyViewModel economy = new EconomyViewModel(economyService::load,
                new ExploitIncidentViewModel(new ExploitIncidentService(incidentService), navigator, executor), executor,
                thresholds::current, clock, zone, format, board.asOfProperty(), board.snapshotProperty());
        this.settings = new SettingsViewModel(state.connectionProfiles(), session, executor, env, connection.demoProfile(),
                connection::connect);

        ChecklistService checklistService = new ChecklistService(new ChecklistRepository(state),
                new TemplateReader(KpiCatalog.standard(), java.util.Set.copyOf(TAB_IDS)),
                ChecklistService.userTemplateIn(paths.configDir()), new RoutineSchedule(zone), clock);
        this.checklist = new ChecklistViewModel(checklistService, new LiveKpis(readings.readingsProperty()),
                new ItemLinks(ports.browser(), navigator), alerts, director::get, executor, scheduler, clock);

        RuleSetStore calendarRules = new RuleSetStore(RuleSetStore.userFileIn(paths.configDir()));
        calendarRules.reload().ifPresent(p -> shell.report("Your calendar rules file was not used, the playbook's rules are in use: " + p.describe()));
        CalendarTexts calendarTexts = new CalendarTexts(CalendarTexts.userDir(paths.configDir()));
        CalendarWarehouse calendarWarehouse = new CalendarWarehouse(QUERY_TIMEOUT);
        CalendarRepository calendarItems = new CalendarRepository(state, clock);
        CalendarService calendarService = new CalendarService(calendarItems, calendarRules, calendarTexts, calendarWarehouse, session::current,
                incidentService::all, alerts, clock, zone);
        this.calendar = new CalendarViewModel(calendarService, new ItemEditorViewModel(calendarService, executor, ports.clipboard(), clock),
                executor, scheduler, clock);
        CampaignsViewModel campaigns = new CampaignsViewModel(new Campaigns(calendarRules, calendarTexts, calendarWarehouse, session::current),
                executor);
        this.calendarRulesEditor = new RuleEditorViewModel(calendarRules, executor, () -> {
            calendar.reload();
            campaigns.invalidate();
        });
        session.addListener(c -> {
            calendar.reload();
            campaigns.invalidate();
        });

        ReportViewModel report = new ReportViewModel(new WeeklyReportService(
                new WeeklyNumbersService(kpis, WeeklyNumbersService.LatestDay.of(session), clock), incidentService::all,
                new WeeklyReportRepository(state), clock, zone), new ReportMarkdown(format), executor, clock, director::get,
                ports.clipboard(), ports.saveDialog());
        session.addListener(c -> report.warehouseChanged());

        this.tabs = List.of(
                new KpiTab(detail, thresholdEditor, shell.darkThemeProperty(),
                        () -> new AlertDrawerView(alertDrawer, alert -> navigator.open(new Target(alert.source(), alert.key()))),
                        alertDrawer.openProperty(), alertDrawer.unacknowledgedProperty()),
                new ChecklistTab(checklist),
                new IncidentsTab(incidents),
                new ExperimentsTab(experiments, shell.darkThemeProperty()),
                new EconomyTab(economy, shell.darkThemeProperty()),
                new CalendarTab(calendar, calendarRulesEditor, campaigns,
                        new ExchangeViewModel(new CalendarExchange(calendarService, calendarItems, clock), calendar, ports.saveDialog(), ports.openDialog(), executor)),
                new ReportTab(report));
        if (!tabs.stream().map(ConsoleTab::id).toList().equals(TAB_IDS)) {
            throw new IllegalStateException("TAB_IDS must list the tabs built here, in order: " + tabs.stream().map(ConsoleTab::id)
                    .collect(Collectors.joining(", ")));
        }
    }

    /** The config and data folders, or a sentence naming the file that stands where a folder must be. */
    private static AppPaths ensureFolders(AppPaths paths) {
        try {
            return paths.ensureExists();
        } catch (java.io.UncheckedIOException e) {
            java.nio.file.Path inTheWay = e.getCause() instanceof java.nio.file.FileSystemException fse && fse.getFile() != null
                    ? java.nio.file.Path.of(fse.getFile()) : null;
            if (inTheWay != null && java.nio.file.Files.isRegularFile(inTheWay)) {
                throw new StateStoreException("The console keeps its data in " + paths.dataDir() + " and its settings in "
                        + paths.configDir() + ", but " + inTheWay + " is a file, not a folder.", e, inTheWay);
            }
            throw new StateStoreException(e.getMessage() + ": " + e.getCause().getMessage(), e);
        }
    }

    /**
     * The team's shared store when team mode is on; when it is configured but cannot be opened the
     * console says so and works on the local store, so the director is never left without a console.
     */
    private static StateStore openState(AppPaths paths, Map<String, String> env, Clock clock, List<String> problems) {
        JsonConfig.Loaded<TeamModeConfig> team = TeamModeConfig.load(paths.configDir());
        team.problem().ifPresent(p -> problems.add("Your team-mode file was not used, the local state store is in use: " + p.describe()));
        try {
            return team.value().open(paths.stateStore(), env, clock);
        } catch (StateStoreException e) {
            problems.add("Team mode is on but its database cannot be used, so this console works on its local state store "
                    + "(other directors do not see its changes): " + e.getMessage());
            return StateStore.openSqlite(paths.stateStore(), clock);
        }
    }

    /** Starts what runs on its own (FX thread): the active warehouse, the checklist's windows, the incident timers. */
    public void start() {
        connection.start(); // first: the live tiles wait for the warehouse, the other loads do not
        layout.loadSettings();
        alertDrawer.reload();
        checklist.start();
        incidents.start();
        calendarRulesEditor.refresh();
        calendar.start();
    }

    public AppPaths paths() {
        return paths;
    }

    public Clock clock() {
        return clock;
    }

    public ShellViewModel shell() {
        return shell;
    }

    /** Where alerts, toast clicks, checklist buttons and commands are routed; the shell plugs in with {@link NavigatorRelay#routeTo}. */
    public NavigatorRelay navigator() {
        return navigator;
    }

    public List<ConsoleTab> tabs() {
        return tabs;
    }

    public KpiBoardViewModel board() {
        return board;
    }

    public KpiTilesViewModel tiles() {
        return tiles;
    }

    /** The open KPI tile's detail (its 90-day trend). */
    public KpiDetailViewModel kpiDetail() {
        return detail;
    }

    /** The board's KPI readings: what tiles, table, alerts and checklist show. */
    public KpiReadingsViewModel kpiReadings() {
        return readings;
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    public AlertCenter alerts() {
        return alerts;
    }

    public AlertDrawerViewModel alertDrawer() {
        return alertDrawer;
    }

    public SettingsViewModel settingsViewModel() {
        return settings;
    }

    public DirectorNameViewModel directorName() {
        return directorName;
    }

    public DesktopPorts ports() {
        return ports;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public WarehouseSession session() {
        return session;
    }

    @Override
    public void close() {
        board.stop();
        incidents.stop();
        calendar.stop();
        kpis.close();
        connector.close();
        session.close();
        executor.close();
        state.close();
    }
}
