package io.liveops.console.app;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.experiment.core.ExperimentBenchmark;
import io.liveops.console.experiment.core.ExperimentQueries;
import io.liveops.console.experiment.core.ExperimentService;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.warehouse.DemoWarehouse;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseInspector;
import io.liveops.console.warehouse.WarehouseProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the speed and memory figures the project promises. By default it generates the demo warehouse and
 * measures it with the recommended indexes and again without any secondary index (the indexes dropped from the same
 * file), each against the raw SQL floor; {@code --postgres} adds the same on PostgreSQL. Figures are printed only when
 * the whole run succeeded. A command, not a test: timings belong here.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Prints speed and memory figures: full KPI refresh and 90-day series against the raw SQL floor, on the demo "
                + "warehouse with and without its indexes (SQLite, and PostgreSQL with --postgres), demo generation, experiments, peak heap.")
final class BenchCommand extends HeadlessCommand implements Callable<Integer> {

    @Option(names = "--sqlite", paramLabel = "<file.db>",
            description = "Measure this SQLite warehouse as it is instead of generating one (repeatable)")
    List<Path> sqlite = new ArrayList<>();

    @Option(names = "--scale", defaultValue = "1", description = "Scale of the generated demo warehouse (40 ≈ 10 million sessions)")
    double scale;

    @Option(names = "--keep", paramLabel = "<file.db>", description = "Keep the generated SQLite warehouse at this path (with its indexes); an existing file is replaced only "
            + "when it is a demo warehouse written by this console")
    Path keep;

    @Option(names = "--postgres", paramLabel = "<jdbc-url>", description = "Also measure this PostgreSQL warehouse")
    String postgres;

    @Option(names = "--user", description = "PostgreSQL user of --postgres")
    String user;

    @Option(names = "--password-env", paramLabel = "<VAR>", description = "Environment variable holding the --postgres password (else ~/.pgpass)")
    String passwordEnv;

    @Option(names = "--load-postgres", description = "Load the demo data into the --postgres database first (it must be empty), measure it, "
            + "then drop its recommended indexes and measure again")
    boolean loadPostgres;

    @Option(names = "--as-of", paramLabel = "<YYYY-MM-DD>", description = "Day to refresh (default: each warehouse's latest day with sessions)")
    LocalDate asOf;

    @Option(names = "--runs", defaultValue = "5", description = "Timed refreshes after one warm-up (default: ${DEFAULT-VALUE}; 90-day series: at most 3)")
    int runs;

    @Option(names = "--summary", description = "Print totals only, not the milliseconds of each KPI")
    boolean summaryOnly;
    @Option(names = "--startup", description = "Only measure the console's start-up as a user sees it (new JVMs under the current "
            + "display, e.g. Xvfb): first window and first live tiles beside an empty JavaFX window, and resident memory after start "
            + "and after visiting every tab; --runs starts of each (default 3 here)")
    boolean startup;
    @Option(names = "--jvm-options", paramLabel = "<options>", description = "With --startup: the console's JVM options "
            + "(default: packaging/jvm-options, as shipped); \"\" for the JVM's defaults")
    String jvmOptions;
    @Option(names = "--no-class-archive", description = "With --startup: start without the class data sharing archive that "
            + "./liveops keeps in the user's cache folder")
    boolean noClassArchive;

    @Option(names = "--board", description = "Also measure the KPI board on screen (first --sqlite file, or the generated demo with and "
            + "without indexes): start to all tiles with sparklines, FX-thread stalls and pulse gaps while refreshing and switching "
            + "the as-of day (needs a display or -Dglass.platform=Monocle -Dmonocle.platform=Headless)")
    boolean board;

    private int startup() throws IOException {
        String display = System.getenv("DISPLAY");
        if ((display == null || display.isBlank()) && !System.getProperty("os.name", "").startsWith("Windows")
                && !System.getProperty("os.name", "").startsWith("Mac")) {
            err.println("bench --startup opens real windows and needs a display; on a server run Xvfb first: "
                    + "Xvfb :99 & DISPLAY=:99 ./liveops bench --startup");
            return Cli.BAD_ARGUMENTS;
        }
        List<String> options = jvmOptions != null ? List.of(jvmOptions.trim().split("\\s+")).stream().filter(o -> !o.isEmpty()).toList()
                : StartupBenchmark.shippedOptions(Path.of("packaging", "jvm-options"));
        Path temp = Files.createTempDirectory("liveops-startup-demo");
        try {
            Path demo = sqlite.isEmpty() ? null : sqlite.get(0);
            if (demo == null) {
                demo = temp.resolve("demo-warehouse.db");
                DemoWarehouse.writeSqlite(demo, DemoWarehouse.Options.defaults(clock), BackgroundTask.Progress.NONE, Cancellation.none());
            }
            int starts = runs == 5 ? 3 : runs; // --runs left at the refresh benchmark's default: three starts
            boolean ok = new StartupBenchmark(options, demo, starts, noClassArchive ? null : temp, out).run();
            out.flush();
            return ok ? Cli.OK : Cli.WAREHOUSE_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Cli.WAREHOUSE_FAILED;
        } finally {
            try (var walk = Files.walk(temp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    BenchCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() throws IOException {
        if (runs < 1) {
            err.println("Invalid --runs " + runs + ": expected 1 or more.");
            return Cli.BAD_ARGUMENTS;
        }
        if (startup) {
            return startup();
        }
        if (keep != null && Files.exists(keep) && !DemoWarehouse.isDemoFile(keep)) {
            // --keep replaces a demo warehouse it wrote before, never a file of the user's
            err.println("--keep " + keep + " already exists and is not a demo warehouse written by LiveOps Console: it is left as it is; "
                    + "choose a new file name.");
            return Cli.BAD_ARGUMENTS;
        }
        WarehouseProfile pg = null;
        if (postgres != null) {
            try {
                pg = WarehouseOptions.profile("bench-pg", postgres, user, passwordEnv, env);
            } catch (WarehouseException e) {
                err.println(e.getMessage());
                return Cli.BAD_ARGUMENTS;
            }
        }
        resetPeaks();
        StringWriter figures = new StringWriter();
        PrintWriter report = new PrintWriter(figures);
        report.printf(Locale.ROOT, "LiveOps Console benchmark — %d CPUs, max heap %d MiB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        Thresholds thresholds = new ThresholdConfig(paths.configDir()).load().thresholds();
        KpiSpeedBenchmark speed = new KpiSpeedBenchmark(env, thresholds, clock);
        List<KpiSpeedBenchmark.Figures> all = new ArrayList<>();
        DemoWarehouse.Options options = DemoWarehouse.Options.defaults(clock).withScale(scale);
        Path temp = null;
        try {
            if (sqlite.isEmpty()) {
                temp = Files.createTempDirectory("liveops-bench");
                Path file = keep != null ? keep : temp.resolve("bench-warehouse.db");
                long t0 = System.nanoTime();
                DemoWarehouse.Stats stats = DemoWarehouse.writeSqlite(file, options, DemoCommand.progressPrinter(err), Cancellation.none());
                report.printf(Locale.ROOT, "demo generation (SQLite, scale %.2f): %,d ms  [%s]%n", scale, KpiSpeedBenchmark.millisSince(t0),
                        stats.summary());
                WarehouseProfile profile = sqliteProfile(file);
                all.add(measure(speed, report, "SQLite demo", profile));
                boardFigures(report, file);
                experiments(report, profile, "abx-xp-curve-s1");
                dropIndexes(profile);
                all.add(measure(speed, report, "SQLite demo, no secondary index", profile));
                boardFigures(report, file);
                if (keep != null) {
                    restoreIndexes(profile);
                }
            } else {
                for (Path file : sqlite) {
                    WarehouseProfile profile = sqliteProfile(file);
                    all.add(measure(speed, report, "SQLite " + file.getFileName(), profile));
                    experiments(report, profile, null);
                }
                boardFigures(report, sqlite.get(0));
            }
            if (pg != null) {
                if (loadPostgres) {
                    long t0 = System.nanoTime();
                    DemoWarehouse.Stats stats = DemoWarehouse.loadPostgres(postgres, user, passwordEnv == null ? null : env.get(passwordEnv),
                            options, DemoCommand.progressPrinter(err), Cancellation.none());
                    report.printf(Locale.ROOT, "demo load (PostgreSQL, scale %.2f): %,d ms  [%s]%n", scale, KpiSpeedBenchmark.millisSince(t0),
                            stats.summary());
                    all.add(measure(speed, report, "PostgreSQL demo", pg));
                    experiments(report, pg, "abx-xp-curve-s1");
                    dropIndexes(pg);
                    all.add(measure(speed, report, "PostgreSQL demo, no secondary index", pg));
                } else {
                    all.add(measure(speed, report, "PostgreSQL " + pg.safeUrl(), pg));
                    experiments(report, pg, null);
                }
            }
        } catch (KpiSpeedBenchmark.Failed | WarehouseException e) {
            err.println("The benchmark stopped, so it prints no figures: " + e.getMessage());
            return Cli.WAREHOUSE_FAILED;
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
        report.print(KpiSpeedBenchmark.summary(all));
        printed(report, ExperimentBenchmark::run);
        report.printf(Locale.ROOT, "peak heap: %,d MiB%n", peakHeapBytes() >> 20);
        report.flush();
        out.print(figures);
        out.flush();
        return Cli.OK;
    }

    private KpiSpeedBenchmark.Figures measure(KpiSpeedBenchmark speed, PrintWriter report, String label, WarehouseProfile profile) {
        err.println("  measuring " + label + "…");
        err.flush();
        KpiSpeedBenchmark.Figures f = speed.measure(label, profile, asOf, runs);
        report.print(KpiSpeedBenchmark.describe(f, !summaryOnly));
        return f;
    }

    private void boardFigures(PrintWriter report, Path file) {
        if (board) {
            StringWriter text = new StringWriter();
            BoardStallBenchmark.run(new PrintWriter(text), file, asOf != null ? asOf : latestDay(sqliteProfile(file)), runs);
            report.print("board on " + file.getFileName() + ":" + System.lineSeparator() + text);
        }
    }

    private LocalDate latestDay(WarehouseProfile profile) {
        try (Warehouse w = Warehouse.open(profile, env)) {
            return new WarehouseInspector(w, new SqlCatalog(w.dialect(), null)).latestDay(KpiSpeedBenchmark.LIMIT, Cancellation.none())
                    .orElseThrow(() -> new KpiSpeedBenchmark.Failed(profile.safeUrl() + " has no sessions; give --as-of."));
        }
    }

    /** The demo's experiment, else the warehouse's newest one; a warehouse without experiments is skipped, not a failure. */
    private void experiments(PrintWriter report, WarehouseProfile profile, String demoExperiment) {
        try (Warehouse w = Warehouse.open(profile, env)) {
            SqlCatalog catalog = new SqlCatalog(w.dialect(), null);
            String id = demoExperiment;
            if (id == null) {
                List<ExperimentService.ExperimentInfo> own = new ExperimentQueries(w, catalog, KpiSpeedBenchmark.LIMIT).list(Cancellation.none());
                if (own.isEmpty()) {
                    report.println("experiment analyze on " + profile.safeUrl() + ": skipped, the warehouse has no experiments");
                    return;
                }
                id = own.get(0).id();
            }
            String experiment = id;
            printed(report, ps -> ExperimentBenchmark.runWarehouse(ps, w, catalog, experiment));
        } catch (WarehouseException e) {
            report.println("experiment analyze on " + profile.safeUrl() + ": skipped (" + e.getMessage() + ")");
        }
    }

    private static WarehouseProfile sqliteProfile(Path file) {
        return new WarehouseProfile("bench", "jdbc:sqlite:" + file.toAbsolutePath(), null, null);
    }

    /** Leaves the benchmark's own copy of the demo with only the contract's primary keys. */
    private void dropIndexes(WarehouseProfile profile) {
        List<String> statements = WarehouseInspector.recommendedIndexes().stream().map(i -> "DROP INDEX IF EXISTS " + i.name()).toList();
        write(profile, statements);
    }

    private void restoreIndexes(WarehouseProfile profile) {
        write(profile, WarehouseInspector.recommendedIndexes().stream()
                .map(i -> "CREATE INDEX IF NOT EXISTS " + i.name() + " ON " + i.table() + " (" + String.join(", ", i.columns()) + ")").toList());
    }

    private void write(WarehouseProfile profile, List<String> statements) {
        Properties props = new Properties();
        if (profile.user() != null) {
            props.setProperty("user", profile.user());
        }
        if (profile.passwordEnv() != null && env.get(profile.passwordEnv()) != null) {
            props.setProperty("password", env.get(profile.passwordEnv()));
        }
        try (Connection c = DriverManager.getConnection(profile.jdbcUrl(), props); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
            st.execute("ANALYZE");
        } catch (SQLException e) {
            throw new WarehouseException("Could not change the indexes of the benchmark's warehouse " + profile.safeUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The experiment benchmark prints to a PrintStream; pass its lines on to the report. */
    private static void printed(PrintWriter report, Consumer<PrintStream> body) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            body.accept(ps);
        }
        report.print(buffer.toString(StandardCharsets.UTF_8));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap the run needed at once. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (keep == null || !p.equals(keep)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
