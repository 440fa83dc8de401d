package io.liveops.console.app;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiDefinition;
import io.liveops.console.kpi.core.KpiHistory;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.KpiValue;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseInspector;
import io.liveops.console.warehouse.WarehouseProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The KPI engine's speed on one warehouse, against the floor: the same series statements run one after another
 * straight through the JDBC driver (one connection with the console's session settings), without the console's pool,
 * parallelism, cache or row reading. Measured for a
 * full refresh (every KPI for one day) and for the 90-day series of every KPI (what the detail charts and the
 * sparklines need), each with a fresh service so no cache helps.
 */
final class KpiSpeedBenchmark {

    static final int SERIES_DAYS = 90;
    /** The longest a benchmark query may run; a warehouse that needs longer is not measured, it is reported. */
    static final Duration LIMIT = Duration.ofMinutes(10);

    /** The figures of one warehouse. */
    record Figures(String label, String indexes, LocalDate day, int values, int parallel, long[] refresh, long refreshFloor,
                   long[] series, long seriesFloor, Map<String, long[]> perKpi) {

        long refreshMedian() {
            return refresh[refresh.length / 2];
        }

        long seriesMedian() {
            return series[series.length / 2];
        }
    }

    /** A run that cannot give figures: the reason, in one sentence. */
    static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message);
        }
    }

    private final Map<String, String> env;
    private final Thresholds thresholds;
    private final Clock clock;

    KpiSpeedBenchmark(Map<String, String> env, Thresholds thresholds, Clock clock) {
        this.env = env;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /**
     * Measures one warehouse.
     *
     * @param asOf the day to refresh, or null for the warehouse's latest day with sessions
     * @throws Failed when a KPI fails (a failed run prints no figures) or the warehouse has no sessions
     */
    Figures measure(String label, WarehouseProfile profile, LocalDate asOf, int runs) {
        try (Warehouse w = Warehouse.open(profile, env)) {
            SqlCatalog sql = new SqlCatalog(w.dialect(), null); // the shipped SQL: the figures are the console's, not an override's
            WarehouseInspector inspector = new WarehouseInspector(w, sql);
            WarehouseInspector.ConnectionCheck check = inspector.check(LIMIT, Cancellation.none());
            LocalDate day = asOf != null ? asOf : inspector.latestDay(LIMIT, Cancellation.none())
                    .orElseThrow(() -> new Failed(label + " has no sessions, so it has no latest day to measure; give --as-of."));
            String indexes = check.presentIndexes().size() + " of " + (check.presentIndexes().size() + check.missingIndexes().size())
                    + " recommended indexes";
            Map<String, long[]> perKpi = new LinkedHashMap<>();
            long[] refresh = new long[runs];
            int values = 0;
            List<KpiDefinition> queried;
            try (KpiService service = new KpiService(w, sql, () -> thresholds, LIMIT, clock)) {
                // the floor runs what the console runs: not the KPIs it computes from two others (dau_mau)
                queried = KpiCatalog.standard().all().stream().filter(def -> !service.computedFromOthers(def.id())).toList();
                checked(label, service.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none())); // warm-up
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    KpiSnapshot s = checked(label, service.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none()));
                    refresh[i] = millisSince(t0);
                    values = s.values().size();
                    for (KpiValue v : s.values()) {
                        perKpi.computeIfAbsent(v.definition().id(), k -> new long[2])[0] = v.millis();
                    }
                }
            }
            int seriesRuns = Math.min(3, runs);
            long[] series = new long[seriesRuns];
            for (int i = 0; i < seriesRuns; i++) {
                try (KpiService fresh = new KpiService(w, sql, () -> thresholds, LIMIT, clock)) {
                    long t0 = System.nanoTime();
                    KpiHistory h = fresh.history(day.minusDays(SERIES_DAYS - 1L), day, BackgroundTask.Progress.NONE, Cancellation.none());
                    series[i] = millisSince(t0);
                    if (!h.failures().isEmpty()) {
                        throw new Failed(label + ": " + h.failures().get(0).error());
                    }
                    for (KpiSnapshot s : h.snapshots().subList(h.snapshots().size() - 1, h.snapshots().size())) {
                        s.values().forEach(v -> perKpi.computeIfAbsent(v.definition().id(), k -> new long[2])[1] = v.millis());
                    }
                }
            }
            long refreshFloor = floor(profile, w.dialect(), sql, queried, day, day, runs);
            long seriesFloor = floor(profile, w.dialect(), sql, queried, day.minusDays(SERIES_DAYS - 1L), day, seriesRuns);
            Arrays.sort(refresh);
            Arrays.sort(series);
            return new Figures(label, indexes, day, values, w.parallelism(), refresh, refreshFloor, series, seriesFloor, perKpi);
        } catch (WarehouseException e) {
            throw new Failed(label + ": " + e.getMessage());
        }
    }

    private static KpiSnapshot checked(String label, KpiSnapshot s) {
        if (!s.failures().isEmpty()) {
            throw new Failed(label + ": " + s.failures().get(0).error());
        }
        return s;
    }

    /** Median over {@code runs} of the time to run each queried KPI's series file once, one after another, on one plain connection. */
    private long floor(WarehouseProfile profile, Dialect dialect, SqlCatalog sql, List<KpiDefinition> defs, LocalDate first, LocalDate last,
                       int runs) {
        Properties props = Warehouse.sessionSettings(dialect); // the same settings as the console's connections
        Optional.ofNullable(profile.user()).ifPresent(u -> props.setProperty("user", u));
        Optional.ofNullable(profile.passwordEnv()).map(env::get).ifPresent(p -> props.setProperty("password", p));
        long[] totals = new long[runs];
        // each file once: the KPIs of a shared query (wau, mau, churn_d30) run it once in the console too
        List<String> files = defs.stream().map(def -> KpiCatalog.seriesFileOf(def.id())).distinct().map(name -> sql.load(name).sql()).toList();
        try (Connection c = DriverManager.getConnection(profile.jdbcUrl(), props)) {
            for (int run = 0; run < runs; run++) { // the console's runs before it have warmed the caches
                long t0 = System.nanoTime();
                for (String file : files) {
                    try (PreparedStatement ps = c.prepareStatement(file)) {
                        bind(ps, 1, first, dialect);
                        bind(ps, 2, last, dialect);
                        try (ResultSet rs = ps.executeQuery()) {
                            int columns = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                for (int i = 1; i <= columns; i++) {
                                    rs.getObject(i);
                                }
                            }
                        }
                    }
                }
                totals[run] = millisSince(t0);
            }
        } catch (SQLException e) {
            throw new Failed("The raw SQL floor could not be measured on " + profile.safeUrl() + ": " + e.getMessage());
        }
        Arrays.sort(totals);
        return totals[runs / 2];
    }

    private static void bind(PreparedStatement ps, int index, LocalDate day, Dialect dialect) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            ps.setString(index, day.toString());
        } else {
            ps.setObject(index, day);
        }
    }

    static long millisSince(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0).toMillis();
    }

    /** The figures of one warehouse as the benchmark prints them. */
    static String describe(Figures f, boolean perKpi) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s (%s), as of %s, %d KPI values, %d queries at a time:%n", f.label(), f.indexes(), f.day(),
                f.values(), f.parallel()));
        sb.append(String.format(Locale.ROOT, "  full refresh:        median %,7d ms (min %,d, max %,d) | raw SQL floor %,7d ms | ratio %s%n",
                f.refreshMedian(), f.refresh()[0], f.refresh()[f.refresh().length - 1], f.refreshFloor(), ratio(f.refreshMedian(), f.refreshFloor())));
        sb.append(String.format(Locale.ROOT, "  %d-day series:       median %,7d ms (min %,d, max %,d) | raw SQL floor %,7d ms | ratio %s"
                        + " | %s x the full refresh%n", SERIES_DAYS, f.seriesMedian(), f.series()[0], f.series()[f.series().length - 1],
                f.seriesFloor(), ratio(f.seriesMedian(), f.seriesFloor()), ratio(f.seriesMedian(), f.refreshMedian())));
        if (perKpi) {
            sb.append("  per KPI, ms (one day / 90 days):");
            int n = 0;
            for (Map.Entry<String, long[]> e : f.perKpi().entrySet()) {
                sb.append(n++ % 4 == 0 ? String.format("%n    ") : "  ");
                sb.append(String.format(Locale.ROOT, "%-20s %5d / %5d", e.getKey(), e.getValue()[0], e.getValue()[1]));
            }
            sb.append(String.format("%n"));
        }
        return sb.toString();
    }

    /** One line per warehouse: the ratios the targets are about. */
    static String summary(List<Figures> all) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-52s %9s %9s %6s %9s %9s %6s %8s%n", "summary (medians, ms)",
                "refresh", "floor", "ratio", "90-day", "floor", "ratio", "/refresh"));
        for (Figures f : all) {
            sb.append(String.format(Locale.ROOT, "%-52s %,9d %,9d %6s %,9d %,9d %6s %8s%n", f.label() + " (" + f.indexes() + ")",
                    f.refreshMedian(), f.refreshFloor(), ratio(f.refreshMedian(), f.refreshFloor()), f.seriesMedian(), f.seriesFloor(),
                    ratio(f.seriesMedian(), f.seriesFloor()), ratio(f.seriesMedian(), f.refreshMedian())));
        }
        return sb.toString();
    }

    /** a / b with two decimals, or "—" when b is 0 ms (too quick to compare). */
    private static String ratio(long a, long b) {
        return b == 0 ? "—" : String.format(Locale.ROOT, "%.2f", a / (double) b);
    }
}
