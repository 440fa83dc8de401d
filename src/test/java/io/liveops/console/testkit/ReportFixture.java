package io.liveops.console.testkit;

import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.Status;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.report.core.ReportMarkdown;
import io.liveops.console.report.core.WeeklyNumbersService;
import io.liveops.console.report.core.WeeklyReportRepository;
import io.liveops.console.report.core.WeeklyReportService;
import io.liveops.console.report.ui.ReportViewModel;
import io.liveops.console.shared.ExportFile;
import io.liveops.console.state.StateStore;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseInspector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The weekly report's numbers service on {@link HandBuiltWarehouse} with its report weeks ({@link HandBuiltWarehouse#loadWeeks}),
 * on SQLite or PostgreSQL. Today is Friday 2026-01-09 ({@link #CLOCK}); the last day with sessions is 2026-01-07.
 */
public final class ReportFixture implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-09T08:00:00Z"), ZoneOffset.UTC);

    private final String jdbcUrl;
    private final Warehouse warehouse;
    private final KpiService kpis;
    private final WeeklyNumbersService numbers;

    private ReportFixture(String jdbcUrl, Warehouse warehouse, KpiService kpis, WeeklyNumbersService numbers) {
        this.jdbcUrl = jdbcUrl;
        this.warehouse = warehouse;
        this.kpis = kpis;
        this.numbers = numbers;
    }

    public static ReportFixture open(Dialect dialect, Path tempDir) {
        try (WarehouseFixture f = WarehouseFixture.create(dialect, tempDir)) {
            HandBuiltWarehouse.load(f);
            HandBuiltWarehouse.loadWeeks(f);
            Warehouse w = f.open();
            Thresholds defaults = new ThresholdConfig(tempDir.resolve("no-config")).defaults();
            KpiService kpis = new KpiService(w, new SqlCatalog(dialect, null), () -> defaults, Duration.ofSeconds(30), CLOCK);
            WarehouseInspector inspector = new WarehouseInspector(w, new SqlCatalog(dialect, null));
            return new ReportFixture(f.jdbcUrl(), w, kpis, new WeeklyNumbersService(kpis, c -> inspector.latestDay(Duration.ofSeconds(30), c), CLOCK));
        }
    }

    public WeeklyNumbersService numbers() {
        return numbers;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    /** The warehouse's JDBC URL, for the command line. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** A stored-to-be incident of the board: declared (and acknowledged) at {@code declared}, resolved at {@code resolved} or open. */
    public static Incident incident(String title, Severity severity, String declared, String resolved) {
        Instant at = Instant.parse(declared);
        return new Incident(null, 0, title, severity, resolved == null ? Status.INVESTIGATING : Status.RESOLVED, "", "", "", "", "", "", at, at,
                resolved == null ? null : Instant.parse(resolved), null, List.of(), Set.of(), null);
    }

    /**
     * The Report tab's ViewModel over a numbers service and a state store, run on the calling thread, in UTC and US formats;
     * exports go to {@code exportDir} under the suggested name, copies to {@code clipboard}.
     */
    public static ReportViewModel viewModel(WeeklyNumbersService numbers, StateStore store, Clock clock, Path exportDir,
                                            Consumer<String> clipboard) {
        WeeklyReportService service = new WeeklyReportService(numbers, new IncidentRepository(store)::all, new WeeklyReportRepository(store),
                clock, ZoneOffset.UTC);
        return new ReportViewModel(service, new ReportMarkdown(new KpiFormat(Locale.US)), new CurrentThreadTaskExecutor(), clock, () -> "ana",
                clipboard::accept, (title, name) -> Optional.of(new ExportFile(exportDir.resolve(name))));
    }

    @Override
    public void close() {
        kpis.close();
        warehouse.close();
    }
}
