package io.liveops.console.kpi.core;

import io.liveops.console.shared.Status;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.WarehouseSession;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Computes the contract's KPIs from the warehouse: one SQL file per KPI, run in parallel on a
 * small internal pool sized to the warehouse pool. A KPI whose query fails becomes an UNKNOWN
 * value with a one-sentence error; the others still load.
 *
 * <p>SQL result convention: one row with a column {@code value}, or with {@code numerator} and
 * {@code denominator} (divided here, so both dialects give identical doubles; a zero or null
 * denominator gives null); keyed KPIs return one such row per {@code key}.
 */
public final class KpiService implements AutoCloseable {

    /** The warehouse queries go to, with its SQL and its query threads. */
    private record Bound(Warehouse warehouse, SqlCatalog sql, ExecutorService executor) {
        static Bound of(Warehouse warehouse, SqlCatalog sql) {
            if (sql.dialect() != warehouse.dialect()) {
                throw new IllegalArgumentException("The SQL catalogue is for " + sql.dialect().id() + " but the warehouse is "
                        + warehouse.dialect().id());
            }
            AtomicInteger n = new AtomicInteger();
            ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, warehouse.parallelism()), r -> {
                Thread t = new Thread(r, "kpi-query-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            return new Bound(warehouse, sql, executor);
        }
    }

    private final Supplier<Thresholds> thresholds;
    private final Duration queryTimeout;
    private final Clock clock;
    private final KpiCatalog catalog = KpiCatalog.standard();
    private volatile Bound bound;

    /** A service bound to one warehouse (the CLI, the benchmark). */
    public KpiService(Warehouse warehouse, SqlCatalog sql, Supplier<Thresholds> thresholds, Duration queryTimeout, Clock clock) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.queryTimeout = Objects.requireNonNull(queryTimeout, "queryTimeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bound = Bound.of(Objects.requireNonNull(warehouse, "warehouse"), Objects.requireNonNull(sql, "sql"));
    }

    /** The console's service: it reads whichever warehouse the session uses now, and follows its switches. */
    public KpiService(WarehouseSession session, Supplier<Thresholds> thresholds, Clock clock) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.queryTimeout = session.queryTimeout();
        this.clock = Objects.requireNonNull(clock, "clock");
        session.current().ifPresent(c -> bound = Bound.of(c.warehouse(), c.catalog()));
        session.addListener(c -> {
            Bound previous = bound;
            bound = Bound.of(c.warehouse(), c.catalog());
            if (previous != null) {
                previous.executor().shutdownNow();
            }
        });
    }

    private Bound bound() {
        Bound b = bound;
        if (b == null) {
            throw new WarehouseException("No warehouse is open yet.");
        }
        return b;
    }

    /** The SQL dialect of the warehouse in use. */
    public Dialect dialect() {
        return bound().warehouse().dialect();
    }

    public KpiCatalog catalog() {
        return catalog;
    }

    /** Every KPI for the as-of day; progress goes from 0 to 1 as queries finish. */
    public KpiSnapshot refresh(LocalDate asOf, BackgroundTask.Progress progress, Cancellation cancellation) {
        Objects.requireNonNull(asOf, "asOf");
        cancellation.throwIfCancelled();
        Instant computedAt = clock.instant();
        long start = System.nanoTime(); // elapsed time, not a point in time: the injected clock is for the latter
        Thresholds th = thresholds.get();
        List<KpiDefinition> defs = catalog.all();
        Bound b = bound();
        try {
            b.warehouse().probe(queryTimeout, cancellation);
        } catch (WarehouseException e) {
            // unreachable: one clear failure for every KPI now, rather than each query waiting out the pool
            List<KpiValue> failed = new ArrayList<>(defs.size());
            for (KpiDefinition def : defs) {
                String source = SqlCatalog.relativePath(b.sql().dialect(), def.id());
                failed.add(new KpiValue(def.id(), def, null, Status.UNKNOWN,
                        "KPI '" + def.id() + "' failed (SQL file " + source + "): " + e.getMessage(), source, 0));
            }
            return new KpiSnapshot(asOf, b.warehouse().dialect(), failed, computedAt, elapsedMillis(start));
        }
        List<List<KpiValue>> results = new ArrayList<>(defs.size());
        CompletionService<Integer> done = new ExecutorCompletionService<>(b.executor());
        List<Future<Integer>> futures = new ArrayList<>();
        boolean deriveDauMau = derivesDauMau(b);
        for (int i = 0; i < defs.size(); i++) {
            results.add(List.of());
            if (deriveDauMau && defs.get(i).id().equals(DAU_MAU)) {
                continue;
            }
            int index = i;
            futures.add(done.submit(() -> {
                List<KpiValue> values = run(b, defs.get(index), asOf, th, cancellation);
                synchronized (results) {
                    results.set(index, values);
                }
                return index;
            }));
        }
        int queries = futures.size();
        progress.update(0, "Computing " + defs.size() + " KPIs for " + asOf);
        await(done, futures, cancellation, (finished, index) ->
                progress.update(finished / (double) queries, "Loaded " + defs.get(index).id() + " (" + finished + "/" + queries + ")"));
        List<KpiValue> all = new ArrayList<>();
        synchronized (results) {
            if (deriveDauMau) {
                int at = indexOf(defs, DAU_MAU);
                results.set(at, List.of(dauMau(b, defs.get(at), results.get(indexOf(defs, "dau")), results.get(indexOf(defs, "mau")), th)));
            }
            results.forEach(all::addAll);
        }
        return new KpiSnapshot(asOf, b.warehouse().dialect(), all, computedAt, elapsedMillis(start));
    }

    private static final String DAU_MAU = "dau_mau";

    /**
     * In a full refresh dau_mau is dau / mau from the two values just computed (the contract's own
     * definition), which saves a second pass over 30 days of sessions. A team that overrides
     * dau_mau.sql gets its file; single-KPI paths (compute, trend) always run the file, which gives
     * the same number.
     */
    private boolean derivesDauMau(Bound b) {
        return catalog.byId(DAU_MAU).isPresent() && catalog.byId("dau").isPresent() && catalog.byId("mau").isPresent()
                && !b.sql().find(DAU_MAU).map(SqlCatalog.SqlFile::overridden).orElse(false);
    }

    private static int indexOf(List<KpiDefinition> defs, String id) {
        for (int i = 0; i < defs.size(); i++) {
            if (defs.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("KPI " + id + " is not in the catalogue");
    }

    private KpiValue dauMau(Bound b, KpiDefinition def, List<KpiValue> dau, List<KpiValue> mau, Thresholds th) {
        String source = "dau / mau (" + SqlCatalog.relativePath(b.sql().dialect(), "dau") + ", " + SqlCatalog.relativePath(b.sql().dialect(), "mau") + ")";
        KpiValue d = dau.get(0);
        KpiValue m = mau.get(0);
        if (d.failed() || m.failed()) {
            String reason = d.failed() ? d.error() : m.error();
            return new KpiValue(def.id(), def, null, Status.UNKNOWN, "KPI 'dau_mau' failed (from dau and mau): " + reason, source,
                    Math.max(d.millis(), m.millis()));
        }
        Double value;
        if (d.value() == null || m.value() == null) {
            value = null;
        } else {
            value = m.value() == 0 ? 0.0 : d.value() / m.value(); // the contract: 0 when mau = 0
        }
        return new KpiValue(def.id(), def, value, th.statusOf(def.id(), value), null, source, Math.max(d.millis(), m.millis()));
    }

    /** One KPI (a keyed id such as {@code watch_change_24h:BTC} included) for one day, on the calling thread. */
    public KpiValue compute(String id, LocalDate asOf, Cancellation cancellation) {
        KpiDefinition def = definitionOf(id);
        Bound b = bound();
        List<KpiValue> values = run(b, def, asOf, thresholds.get(), cancellation);
        if (!def.keyed()) {
            return values.get(0);
        }
        return values.stream().filter(v -> v.id().equals(id)).findFirst().orElseGet(() -> {
            KpiValue any = values.isEmpty() ? null : values.get(0);
            if (any != null && any.failed()) {
                return new KpiValue(id, def, null, Status.UNKNOWN, any.error(), any.sqlSource(), any.millis());
            }
            // the key has no row on that day: no value, like any other KPI without data
            return new KpiValue(id, def, null, thresholds.get().statusOf(id, null), null,
                    any == null ? SqlCatalog.relativePath(b.sql().dialect(), def.id()) : any.sqlSource(), 0);
        });
    }

    /**
     * The last {@code days} days ending with {@code asOf}, oldest first (sparklines).
     *
     * @throws WarehouseException when the KPI's query fails (its message names the KPI and the SQL file)
     */
    public List<TrendPoint> trend(String id, LocalDate asOf, int days, Cancellation cancellation) {
        if (days < 1) {
            throw new IllegalArgumentException("A trend needs at least one day, not " + days);
        }
        definitionOf(id);
        cancellation.throwIfCancelled();
        List<LocalDate> dayList = new ArrayList<>(days);
        for (int i = days - 1; i >= 0; i--) {
            dayList.add(asOf.minusDays(i));
        }
        KpiValue[] values = new KpiValue[days];
        CompletionService<Integer> done = new ExecutorCompletionService<>(bound().executor());
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            int index = i;
            futures.add(done.submit(() -> {
                KpiValue v = compute(id, dayList.get(index), cancellation);
                synchronized (values) {
                    values[index] = v;
                }
                return index;
            }));
        }
        await(done, futures, cancellation, (finished, index) -> { });
        List<TrendPoint> points = new ArrayList<>(days);
        synchronized (values) {
            for (int i = 0; i < days; i++) {
                if (values[i].failed()) {
                    throw new WarehouseException(values[i].error());
                }
                points.add(new TrendPoint(dayList.get(i), values[i].value()));
            }
        }
        return points;
    }

    private KpiDefinition definitionOf(String id) {
        KpiDefinition def = catalog.byId(id)
                .orElseThrow(() -> new IllegalArgumentException("Unknown KPI id '" + id + "'; known: " + String.join(", ", catalog.ids())));
        if (def.keyed() && KpiCatalog.keyOf(id).isEmpty()) {
            throw new IllegalArgumentException("KPI '" + id + "' has one value per key: ask for " + id + ":<KEY>, e.g. " + id + ":BTC");
        }
        return def;
    }

    @FunctionalInterface
    private interface OnDone {
        void accept(int finished, int index);
    }

    private static void await(CompletionService<Integer> done, List<Future<Integer>> futures, Cancellation cancellation, OnDone onDone) {
        try {
            for (int finished = 1; finished <= futures.size(); ) {
                Future<Integer> f = done.poll(100, TimeUnit.MILLISECONDS);
                if (f == null) {
                    if (cancellation.isCancelled()) {
                        futures.forEach(x -> x.cancel(true));
                        throw new Cancellation.CancelledException();
                    }
                    continue;
                }
                onDone.accept(finished++, f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(x -> x.cancel(true));
            throw new Cancellation.CancelledException();
        } catch (ExecutionException e) {
            futures.forEach(x -> x.cancel(true));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Runs one KPI file; never throws for warehouse problems (they become the value's error). */
    private List<KpiValue> run(Bound b, KpiDefinition def, LocalDate asOf, Thresholds th, Cancellation cancellation) {
        long start = System.nanoTime();
        String source = SqlCatalog.relativePath(b.sql().dialect(), def.id());
        try {
            SqlCatalog.SqlFile file = b.sql().load(def.id());
            source = file.source();
            List<Row> rows = b.warehouse().queryAsOf(file.sql(), asOf, queryTimeout, cancellation, rs -> readRows(rs, def));
            long millis = elapsedMillis(start);
            List<KpiValue> values = new ArrayList<>(rows.size());
            for (Row row : rows) {
                String id = def.keyed() ? def.keyedId(row.key()) : def.id();
                values.add(new KpiValue(id, def, row.value(), th.statusOf(id, row.value()), null, source, millis));
            }
            return values;
        } catch (Cancellation.CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            cancellation.throwIfCancelled();
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String error = "KPI '" + def.id() + "' failed (SQL file " + source + "): " + reason;
            return List.of(new KpiValue(def.id(), def, null, Status.UNKNOWN, error, source, elapsedMillis(start)));
        }
    }

    private record Row(String key, Double value) {}

    private static List<Row> readRows(ResultSet rs, KpiDefinition def) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Set<String> columns = new HashSet<>();
        List<String> listed = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String label = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
            columns.add(label);
            listed.add(label);
        }
        boolean ratio = columns.contains("numerator") && columns.contains("denominator");
        if (!ratio && !columns.contains("value")) {
            throw new WarehouseException("the query returns the columns " + listed
                    + "; expected a column value, or the columns numerator and denominator");
        }
        if (def.keyed() && !columns.contains("key")) {
            throw new WarehouseException("the query returns the columns " + listed + "; a keyed KPI also needs a column key");
        }
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
            Double value;
            if (ratio) {
                value = divide(number(rs, "numerator"), number(rs, "denominator"));
            } else {
                Number raw = number(rs, "value");
                value = finiteOrNull(raw);
                if (value != null && def.unit() == Unit.USD) {
                    value = cents(raw);
                }
            }
            if (value != null && def.unit() == Unit.INDEX) {
                value = significant(value);
            }
            String key = def.keyed() ? rs.getString("key") : null;
            if (def.keyed() && (key == null || key.isBlank())) {
                throw new WarehouseException("the query returned a row without a key");
            }
            rows.add(new Row(key, value));
        }
        if (!def.keyed()) {
            if (rows.size() > 1) {
                throw new WarehouseException("the query returned " + rows.size() + " rows; expected one");
            }
            if (rows.isEmpty()) {
                rows.add(new Row(null, null)); // e.g. no community_daily row for the day: no value
            }
        }
        return rows;
    }

    private static Number number(ResultSet rs, String column) throws SQLException {
        Object o = rs.getObject(column);
        if (o == null || o instanceof Number) {
            return (Number) o;
        }
        try {
            return new BigDecimal(o.toString().trim());
        } catch (NumberFormatException e) {
            throw new WarehouseException("the column " + column + " holds '" + o + "', which is not a number", e);
        }
    }

    private static Double finiteOrNull(Number n) {
        if (n == null) {
            return null;
        }
        double d = n.doubleValue();
        return Double.isFinite(d) ? d : null;
    }

    private static Double divide(Number numerator, Number denominator) {
        Double num = finiteOrNull(numerator);
        Double den = finiteOrNull(denominator);
        if (num == null || den == null || den == 0.0) {
            return null;
        }
        double q = num / den;
        return Double.isFinite(q) ? q : null;
    }

    /** Money to cents, so a SQLite REAL sum (44.980000000000004) equals the PostgreSQL NUMERIC sum (44.98). */
    private static Double cents(Number raw) {
        BigDecimal exact = raw instanceof BigDecimal bd ? bd : BigDecimal.valueOf(raw.doubleValue());
        return exact.setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * An index is a ratio of floating-point sums; SQLite sums REALs with compensation, PostgreSQL
     * does not, so the last bits differ. Twelve significant digits are what both agree on.
     */
    private static Double significant(double v) {
        return new BigDecimal(v).round(new java.math.MathContext(12, RoundingMode.HALF_EVEN)).doubleValue();
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        Bound b = bound;
        if (b != null) {
            b.executor().shutdownNow();
        }
    }
}
