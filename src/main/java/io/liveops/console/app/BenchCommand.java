package io.liveops.console.app;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.experiment.core.ExperimentBenchmark;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.KpiValue;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.warehouse.DemoWarehouse;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: prints the speed and memory figures the project promises (demo generation time,
 * per-KPI and total refresh milliseconds, peak heap). A command, not a test: timings belong here.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Prints speed and memory figures: demo generation, full KPI refresh per KPI and in total, peak heap.")
final class BenchCommand extends HeadlessCommand implements Callable<Integer> {

    @Option(names = "--sqlite", paramLabel = "<file.db>", description = "Benchmark this SQLite warehouse instead of generating one")
    Path sqlite;

    @Option(names = "--scale", defaultValue = "1", description = "Scale of the generated demo warehouse (40 ≈ 10 million sessions)")
    double scale;

    @Option(names = "--keep", paramLabel = "<file.db>", description = "Keep the generated SQLite warehouse at this path (reuse it with --sqlite)")
    Path keep;

    @Option(names = "--postgres", paramLabel = "<jdbc-url>", description = "Also benchmark this PostgreSQL warehouse")
    String postgres;

    @Option(names = "--load-postgres", description = "Load the demo data into the --postgres database first (it must be empty)")
    boolean loadPostgres;

    @Option(names = "--as-of", paramLabel = "<YYYY-MM-DD>", description = "Day to refresh (default: the demo's last day)")
    LocalDate asOf;

    @Option(names = "--runs", defaultValue = "5", description = "Timed refreshes after one warm-up (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--summary", description = "Print totals only, not the milliseconds of each KPI")
    boolean summaryOnly;
    @Option(names = "--board", description = "Also measure the KPI board on screen: worst FX-thread stall and pulse gaps while "
            + "refreshing and switching the as-of day, repaint time after an as-of switch (needs a display or -Dglass.platform=Monocle -Dmonocle.platform=Headless)")
    boolean board;
    @Option(names = "--startup", description = "Only measure the console's start-up as a user sees it (new JVMs under the current "
            + "display, e.g. Xvfb): first window and first live tiles beside an empty JavaFX window, and resident memory after start "
            + "and after visiting every tab; --runs starts of each (default 3 here)")
    boolean startup;
    @Option(names = "--jvm-options", paramLabel = "<options>", description = "With --startup: the console's JVM options "
            + "(default: packaging/jvm-options, as shipped); \"\" for the JVM's defaults")
    String jvmOptions;


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
            Path demo = sqlite;
            if (demo == null) {
                demo = temp.resolve("demo-warehouse.db");
                DemoWarehouse.writeSqlite(demo, DemoWarehouse.Options.defaults(clock), BackgroundTask.Progress.NONE, Cancellation.none());
            }
            int starts = runs == 5 ? 3 : runs; // --runs left at the refresh benchmark's default: three starts
            boolean ok = new StartupBenchmark(options, demo, starts, out).run();
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
        resetPeaks();
        DemoWarehouse.Options options = DemoWarehouse.Options.defaults(clock).withScale(scale);
        LocalDate day = asOf != null ? asOf : options.lastDay();
        out.printf(Locale.ROOT, "LiveOps Console benchmark — %d CPUs, max heap %d MiB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));

        Path file = sqlite;
        Path temp = null;
        if (file == null) {
            temp = Files.createTempDirectory("liveops-bench");
            file = keep != null ? keep : temp.resolve("bench-warehouse.db");
            long t0 = System.nanoTime();
            DemoWarehouse.Stats stats = DemoWarehouse.writeSqlite(file, options, DemoCommand.progressPrinter(err), Cancellation.none());
            out.printf(Locale.ROOT, "demo generation (SQLite, scale %.2f): %,d ms  [%s]%n", scale, ms(t0), stats.summary());
        }
        try {
            benchmark("SQLite " + file.getFileName(), new WarehouseProfile("bench", "jdbc:sqlite:" + file.toAbsolutePath(), null, null), day);
            if (board) {
                io.liveops.console.app.BoardStallBenchmark.run(out, file, day, runs);
            }
            if (postgres != null) {
                if (loadPostgres) {
                    long t0 = System.nanoTime();
                    DemoWarehouse.Stats stats = DemoWarehouse.loadPostgres(postgres, null, null, options, DemoCommand.progressPrinter(err), Cancellation.none());
                    out.printf(Locale.ROOT, "demo load (PostgreSQL, scale %.2f): %,d ms  [%s]%n", scale, ms(t0), stats.summary());
                }
                benchmark("PostgreSQL", new WarehouseProfile("bench-pg", postgres, null, null), day);
            }
        } finally {
            if (temp != null && keep == null) {
                delete(file);
                delete(temp);
            }
        }
        printed(ExperimentBenchmark::run);
        out.printf(Locale.ROOT, "peak heap: %,d MiB%n", peakHeapBytes() >> 20);
        out.flush();
        return Cli.OK;
    }

    private void benchmark(String label, WarehouseProfile profile, LocalDate day) {
        Thresholds thresholds = new ThresholdConfig(paths.configDir()).load().thresholds();
        try (Warehouse w = Warehouse.open(profile, env);
             KpiService service = new KpiService(w, new SqlCatalog(w.dialect(), null), () -> thresholds, Duration.ofMinutes(5), clock)) {
            KpiSnapshot warm = service.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none());
            if (!warm.failures().isEmpty()) {
                err.println("Warning: " + warm.failures().size() + " KPI(s) failed on " + label + ": " + warm.failures().get(0).error());
            }
            long[] totals = new long[runs];
            List<KpiSnapshot> snaps = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                snaps.add(service.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none()));
                totals[i] = ms(t0);
            }
            Arrays.sort(totals);
            out.printf(Locale.ROOT, "full refresh on %s, as of %s, %d KPIs, %d parallel: median %,d ms, min %,d ms, max %,d ms%n",
                    label, day, warm.values().size(), w.parallelism(), totals[runs / 2], totals[0], totals[runs - 1]);
            if (!summaryOnly) {
                KpiSnapshot last = snaps.get(snaps.size() - 1);
                for (KpiValue v : last.values()) {
                    out.printf(Locale.ROOT, "    %-28s %6d ms%n", v.id(), v.millis());
                }
            }
            printed(ps -> ExperimentBenchmark.runWarehouse(ps, w, new SqlCatalog(w.dialect(), null), "abx-xp-curve-s1"));
        }
    }

    /** The experiment benchmark prints to a PrintStream; pass its lines on to this command's writer. */
    private void printed(java.util.function.Consumer<PrintStream> body) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            body.accept(ps);
        }
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
    }

    private static long ms(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0).toMillis();
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

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
