package io.liveops.console.kpi.core;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.shared.Status;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Computes the contract's KPIs from the warehouse. Each KPI has one SQL definition, a series over a range of days
 * ({@link KpiQueries}); a day is the range [D, D]. The one exception is {@code dau_mau}, which the contract defines as
 * {@code dau / mau}: it is computed from those two KPIs' values (the same double division a numerator and denominator
 * query gets), so it costs no query of its own, unless the user puts a file of their own for it in the config folder.
 * KPIs counted from the same rows ({@link KpiCatalog#SHARED_QUERIES}) are read by one query together.
 * Queries run in parallel on a small internal pool sized to the warehouse pool. A KPI whose query fails becomes an
 * UNKNOWN value with a one-sentence error; the others still load.
 *
 * <p>Past days are cached here, once for the console: the sparklines, the deltas and the detail chart ask only for
 * the days not read yet, one query per KPI. Today (UTC) and later are never cached, and a refresh always re-reads
 * its day. The cache belongs to the warehouse in use; a switch starts a new one.
 */
public final class KpiService implements AutoCloseable {

    /** The warehouse queries go to, with its SQL, its query threads and its cache of past days. */
    private record Bound(Warehouse warehouse, SqlCatalog sql, KpiQueries queries, ExecutorService executor,
                         Map<String, NavigableMap<LocalDate, List<KpiValue>>> pastDays) {
        static Bound of(Warehouse warehouse, SqlCatalog sql, Duration timeLimit) {
            if (sql.dialect() != warehouse.dialect()) {
                throw new IllegalArgumentException("The SQL catalogue is for " + sql.dialect().id() + " but the warehouse is "
                        + warehouse.dialect().id());
            }
            AtomicInteger n = new AtomicInteger();
            ExecutorService executor = KpiParallel.newQueryThreads(Math.max(1, warehouse.parallelism()), r -> {
                Thread t = new Thread(r, "kpi-query-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            return new Bound(warehouse, sql, new KpiQueries(warehouse, sql, timeLimit), executor, new ConcurrentHashMap<>());
        }
    }

    /**
     * KPIs the contract defines as the ratio of two others, with the numerator's and the denominator's ids. The
     * four sliding-window KPIs dominate a big warehouse's refresh; this one would otherwise build the 30-day user set
     * of {@code mau} a second time.
     */
    private static final Map<String, List<String>> RATIOS = Map.of("dau_mau", List.of("dau", "mau"));

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
        this.bound = Bound.of(Objects.requireNonNull(warehouse, "warehouse"), Objects.requireNonNull(sql, "sql"), queryTimeout);
    }

    /** The console's service: it reads whichever warehouse the session uses now, and follows its switches. */
    public KpiService(WarehouseSession session, Supplier<Thresholds> thresholds, Clock clock) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.queryTimeout = session.queryTimeout();
        this.clock = Objects.requireNonNull(clock, "clock");
        session.current().ifPresent(c -> bound = Bound.of(c.warehouse(), c.catalog(), queryTimeout));
        session.addListener(c -> {
            Bound previous = bound;
            bound = Bound.of(c.warehouse(), c.catalog(), queryTimeout);
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

    /** Where a KPI's SQL comes from (a resource path, or the user's file), for the detail pane and {@code kpi --explain}. */
    public String sqlSource(String id) {
        Bound b = bound();
        KpiDefinition def = anyDefinitionOf(id);
        return ratioOfOthers(b, def) ? ratioSource(b, def) : b.queries().sourceOf(def);
    }

    /**
     * The SQL text a KPI runs and where it came from.
     *
     * @throws IllegalArgumentException for a KPI computed from two others (see {@link #computedFromOthers(String)})
     */
    public SqlCatalog.SqlFile sqlFile(String id) {
        Bound b = bound();
        KpiDefinition def = anyDefinitionOf(id);
        if (ratioOfOthers(b, def)) {
            throw new IllegalArgumentException("KPI '" + id + "' runs no SQL of its own: it is " + ratioSource(b, def));
        }
        return b.queries().file(def);
    }

    /** True when the KPI is computed from two others' values rather than read with SQL of its own. */
    public boolean computedFromOthers(String id) {
        return ratioOfOthers(bound(), anyDefinitionOf(id));
    }

    private static boolean ratioOfOthers(Bound b, KpiDefinition def) {
        return RATIOS.containsKey(def.id()) && !b.queries().overridden(def);
    }

    private String ratioSource(Bound b, KpiDefinition def) {
        List<String> parts = RATIOS.get(def.id());
        return parts.get(0) + " / " + parts.get(1) + " (" + b.queries().sourceOf(anyDefinitionOf(parts.get(0))) + ", "
                + b.queries().sourceOf(anyDefinitionOf(parts.get(1))) + ")";
    }

    private KpiDefinition anyDefinitionOf(String id) {
        return catalog.byId(id).orElseThrow(() -> new IllegalArgumentException("Unknown KPI id '" + id + "'"));
    }

    /** Every KPI for the as-of day, always read from the warehouse; progress goes from 0 to 1 as queries finish. */
    public KpiSnapshot refresh(LocalDate asOf, BackgroundTask.Progress progress, Cancellation cancellation) {
        Objects.requireNonNull(asOf, "asOf");
        return read(asOf, asOf, false, progress, cancellation).days().get(asOf);
    }

    /**
     * Every KPI for every day of [first, last]: past days from the cache where it has them, the others with one query
     * per KPI. Progress goes from 0 to 1 as KPIs finish.
     */
    public KpiHistory history(LocalDate first, LocalDate last, BackgroundTask.Progress progress, Cancellation cancellation) {
        checkRange(first, last);
        return read(first, last, true, progress, cancellation);
    }

    private KpiHistory read(LocalDate first, LocalDate last, boolean useCache, BackgroundTask.Progress progress,
                            Cancellation cancellation) {
        cancellation.throwIfCancelled();
        Instant computedAt = clock.instant();
        long start = System.nanoTime(); // elapsed time, not a point in time: the injected clock is for the latter
        Bound b = bound();
        List<KpiDefinition> defs = catalog.all();
        List<NavigableMap<LocalDate, List<KpiValue>>> perKpi;
        try {
            b.warehouse().probe(queryTimeout, cancellation);
            KpiParallel parallel = new KpiParallel(b.executor(), cancellation);
            List<KpiDefinition> queried = defs.stream().filter(def -> !ratioOfOthers(b, def)).toList();
            List<List<KpiDefinition>> units = units(b, queried);
            progress.update(0, "Computing " + defs.size() + " KPIs for " + describe(first, last));
            long days = ChronoUnit.DAYS.between(first, last) + 1; // the queries' place in the query threads' queue
            List<Map<String, NavigableMap<LocalDate, List<KpiValue>>>> read = parallel.map(days, units, unit -> valuesOf(b, unit, first, last,
                    useCache, cancellation), (finished, unit) -> progress.update(finished / (double) units.size(),
                    "Loaded " + unit.stream().map(KpiDefinition::id).collect(Collectors.joining(", ")) + " (" + finished + "/"
                            + units.size() + ")"));
            Map<String, NavigableMap<LocalDate, List<KpiValue>>> byId = new HashMap<>();
            read.forEach(byId::putAll);
            perKpi = new ArrayList<>(defs.size());
            for (KpiDefinition def : defs) {
                perKpi.add(byId.containsKey(def.id()) ? byId.get(def.id())
                        : ratio(b, def, byId.get(RATIOS.get(def.id()).get(0)), byId.get(RATIOS.get(def.id()).get(1)), first, last));
            }
        } catch (WarehouseException e) {
            // unreachable: one clear failure for every KPI now, rather than each query waiting out the pool
            perKpi = new ArrayList<>();
            for (KpiDefinition def : defs) {
                String source = ratioOfOthers(b, def) ? ratioSource(b, def) : b.queries().sourceOf(def);
                KpiValue failed = new KpiValue(def.id(), def, null, Status.UNKNOWN, KpiQueries.failure(def, source, e.getMessage()), source, 0);
                NavigableMap<LocalDate, List<KpiValue>> days = new TreeMap<>();
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    days.put(d, List.of(failed));
                }
                perKpi.add(days);
            }
        }
        Thresholds th = thresholds.get();
        long millis = KpiQueries.elapsedMillis(start);
        TreeMap<LocalDate, KpiSnapshot> days = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            List<KpiValue> values = new ArrayList<>();
            for (NavigableMap<LocalDate, List<KpiValue>> kpi : perKpi) {
                values.addAll(kpi.get(d));
            }
            days.put(d, judge(d, b.warehouse().dialect(), values, th, computedAt, millis));
        }
        return new KpiHistory(b.warehouse().dialect(), first, last, days, computedAt, millis);
    }

    /** One KPI over [first, last]: cached past days where allowed, one query for the span of the others. */
    private NavigableMap<LocalDate, List<KpiValue>> values(Bound b, KpiDefinition def, LocalDate first, LocalDate last,
                                                           boolean useCache, Cancellation cancellation) {
        if (ratioOfOthers(b, def)) {
            List<String> parts = RATIOS.get(def.id());
            return ratio(b, def, values(b, anyDefinitionOf(parts.get(0)), first, last, useCache, cancellation),
                    values(b, anyDefinitionOf(parts.get(1)), first, last, useCache, cancellation), first, last);
        }
        return valuesOf(b, unitOf(b, def), first, last, useCache, cancellation).get(def.id());
    }

    /**
     * The queries of a refresh: one per KPI, except that the members of a shared query (see {@link KpiCatalog#SHARED_QUERIES})
     * the user did not override are read together, once.
     */
    private List<List<KpiDefinition>> units(Bound b, List<KpiDefinition> queried) {
        Map<String, List<KpiDefinition>> units = new LinkedHashMap<>();
        for (KpiDefinition def : queried) {
            String key = b.queries().shared(def).map(q -> "shared:" + q.name()).orElse(def.id());
            units.computeIfAbsent(key, k -> new ArrayList<>()).add(def);
        }
        return List.copyOf(units.values());
    }

    /** The KPIs read together with this one: itself, or the members of its shared query that the user did not override. */
    private List<KpiDefinition> unitOf(Bound b, KpiDefinition def) {
        return b.queries().shared(def)
                .map(q -> catalog.all().stream().filter(d -> b.queries().shared(d).equals(Optional.of(q))).toList())
                .orElse(List.of(def));
    }

    /**
     * KPIs read together over [first, last]: cached past days where allowed, one query for the span of days any of them
     * misses; every past day it reads goes into the cache of each KPI, so a detail chart of one fills its siblings too.
     */
    private Map<String, NavigableMap<LocalDate, List<KpiValue>>> valuesOf(Bound b, List<KpiDefinition> unit, LocalDate first,
                                                                          LocalDate last, boolean useCache, Cancellation cancellation) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, NavigableMap<LocalDate, List<KpiValue>>> result = new LinkedHashMap<>();
        LocalDate missingFrom = null;
        LocalDate missingTo = null;
        for (KpiDefinition def : unit) {
            NavigableMap<LocalDate, List<KpiValue>> cached = b.pastDays().computeIfAbsent(def.id(), k -> new ConcurrentSkipListMap<>());
            NavigableMap<LocalDate, List<KpiValue>> found = new TreeMap<>();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                List<KpiValue> hit = useCache ? cached.get(d) : null;
                if (hit != null) {
                    found.put(d, hit);
                } else {
                    missingFrom = missingFrom == null || d.isBefore(missingFrom) ? d : missingFrom;
                    missingTo = missingTo == null || d.isAfter(missingTo) ? d : missingTo;
                }
            }
            result.put(def.id(), found);
        }
        if (missingFrom != null) {
            Map<String, TreeMap<LocalDate, List<KpiValue>>> read = b.queries().run(unit, missingFrom, missingTo, cancellation);
            for (KpiDefinition def : unit) {
                NavigableMap<LocalDate, List<KpiValue>> cached = b.pastDays().get(def.id());
                for (Map.Entry<LocalDate, List<KpiValue>> e : read.get(def.id()).entrySet()) {
                    boolean complete = e.getValue().stream().noneMatch(KpiValue::failed);
                    if (e.getKey().isBefore(today) && complete) {
                        cached.put(e.getKey(), e.getValue()); // the past does not change while the director looks at it
                    }
                    result.get(def.id()).putIfAbsent(e.getKey(), e.getValue());
                }
            }
        }
        return result;
    }

    /**
     * A KPI the contract defines as numerator / denominator of two other KPIs, day by day: a failure of either is this
     * KPI's failure; a missing value of either leaves it without one; a zero denominator gives 0 (the contract's "0 when
     * mau = 0"). The division is the one a numerator and denominator query gets in {@link KpiQueries}.
     */
    private NavigableMap<LocalDate, List<KpiValue>> ratio(Bound b, KpiDefinition def, NavigableMap<LocalDate, List<KpiValue>> numerators,
                                                          NavigableMap<LocalDate, List<KpiValue>> denominators, LocalDate first,
                                                          LocalDate last) {
        String source = ratioSource(b, def);
        NavigableMap<LocalDate, List<KpiValue>> days = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            KpiValue num = numerators.get(d).get(0);
            KpiValue den = denominators.get(d).get(0);
            long millis = 0; // no query of its own
            KpiValue value;
            if (num.failed() || den.failed()) {
                value = new KpiValue(def.id(), def, null, Status.UNKNOWN, "KPI '" + def.id() + "' failed (it is " + source + "): "
                        + (num.failed() ? num.error() : den.error()), source, millis);
            } else if (num.value() == null || den.value() == null) {
                value = new KpiValue(def.id(), def, null, Status.UNKNOWN, null, source, millis);
            } else {
                double denominator = den.value() == 0.0 ? 1.0 : den.value();
                double q = num.value() / denominator;
                value = new KpiValue(def.id(), def, Double.isFinite(q) ? q : null, Status.UNKNOWN, null, source, millis, num.value(),
                        denominator);
            }
            days.put(d, List.of(value));
        }
        return days;
    }

    /**
     * Statuses from the thresholds. A day without any session (dau is 0) has no data: a future day, a day before the
     * warehouse's first, a load that has not arrived. Its values stay what the contract says, but nothing on it is
     * judged, so it raises no alert.
     */
    private static KpiSnapshot judge(LocalDate day, Dialect dialect, List<KpiValue> values, Thresholds th, Instant computedAt,
                                     long millis) {
        boolean noSession = values.stream().anyMatch(v -> v.id().equals("dau") && !v.failed() && v.value() != null && v.value() == 0.0);
        List<KpiValue> judged = new ArrayList<>(values.size());
        for (KpiValue v : values) {
            Status status = v.failed() || noSession ? Status.UNKNOWN : th.statusOf(v.id(), v.value());
            judged.add(v.judged(v.id(), status));
        }
        String note = noSession ? "No session on " + day + ": the warehouse has no data for that day, so no KPI is judged (status 'no data')."
                : null;
        return new KpiSnapshot(day, dialect, judged, computedAt, millis, note);
    }

    /** One KPI (a keyed id such as {@code watch_change_24h:BTC} included) for one day, on the calling thread. */
    public KpiValue compute(String id, LocalDate day, Cancellation cancellation) {
        return series(id, day, day, cancellation).get(0).value();
    }

    /** A judged value of one day of a KPI's series. */
    public record Point(LocalDate day, KpiValue value) {}

    /**
     * One KPI for every day of [first, last], oldest first, on the calling thread; past days come from the cache.
     * A keyed id without a row on a day has no value that day.
     */
    public List<Point> series(String id, LocalDate first, LocalDate last, Cancellation cancellation) {
        return series(definitionOf(id), id, first, last, cancellation);
    }

    /**
     * Like {@link #series(String, LocalDate, LocalDate, Cancellation)}, for a series that is not one of the board's KPIs
     * (the weekly report's community members): its file is {@code series/<definition id>.sql}, read, overridden and cached
     * like a KPI's. {@code id} is the definition's id, or one key's id of a keyed definition.
     */
    public List<Point> series(KpiDefinition def, String id, LocalDate first, LocalDate last, Cancellation cancellation) {
        checkRange(first, last);
        if (!KpiCatalog.baseId(id).equals(def.id()) || def.keyed() == KpiCatalog.keyOf(id).isEmpty()) {
            throw new IllegalArgumentException("'" + id + "' is not " + (def.keyed() ? "a key's id of " : "the id of ") + def.id());
        }
        Bound b = bound();
        Thresholds th = thresholds.get();
        List<Point> points = new ArrayList<>();
        for (Map.Entry<LocalDate, List<KpiValue>> e : values(b, def, first, last, true, cancellation).entrySet()) {
            KpiValue v = e.getValue().stream().filter(x -> x.id().equals(id)).findFirst().orElseGet(() -> {
                KpiValue any = e.getValue().isEmpty() ? null : e.getValue().get(0);
                return any != null && any.failed()
                        ? new KpiValue(id, def, null, Status.UNKNOWN, any.error(), any.sqlSource(), any.millis())
                        : new KpiValue(id, def, null, Status.UNKNOWN, null, b.queries().sourceOf(def), 0);
            });
            Status status = v.failed() ? Status.UNKNOWN : th.statusOf(id, v.value());
            points.add(new Point(e.getKey(), v.judged(id, status)));
        }
        return points;
    }

    /**
     * The last {@code days} days ending with {@code asOf}, oldest first (the detail chart). A day whose value is an
     * error has no value and carries the error.
     *
     * @throws WarehouseException when the KPI's query failed as a whole (its message names the KPI and the SQL file)
     */
    public List<TrendPoint> trend(String id, LocalDate asOf, int days, Cancellation cancellation) {
        if (days < 1) {
            throw new IllegalArgumentException("A trend needs at least one day, not " + days);
        }
        List<Point> points = series(id, asOf.minusDays(days - 1L), asOf, cancellation);
        if (points.stream().allMatch(p -> p.value().failed())) {
            throw new WarehouseException(points.get(points.size() - 1).value().error());
        }
        return points.stream().map(p -> new TrendPoint(p.day(), p.value().value(), p.value().error())).toList();
    }

    /** The longest range one request may ask for (a year and a day, so a leap year fits). */
    public static final int MAX_DAYS = 366;

    private static void checkRange(LocalDate first, LocalDate last) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("The first day " + first + " is after the last day " + last + ".");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last.plusDays(1))) {
            throw new IllegalArgumentException("The range " + first + " to " + last + " spans more than " + MAX_DAYS + " days.");
        }
    }

    private static String describe(LocalDate first, LocalDate last) {
        return first.equals(last) ? first.toString() : first + " to " + last;
    }

    private KpiDefinition definitionOf(String id) {
        KpiDefinition def = catalog.byId(id)
                .orElseThrow(() -> new IllegalArgumentException("Unknown KPI id '" + id + "'; known: " + String.join(", ", catalog.ids())));
        if (def.keyed() && KpiCatalog.keyOf(id).isEmpty()) {
            throw new IllegalArgumentException("KPI '" + id + "' has one value per key: ask for " + id + ":<KEY>, e.g. " + id + ":BTC");
        }
        return def;
    }

    @Override
    public void close() {
        Bound b = bound;
        if (b != null) {
            b.executor().shutdownNow();
        }
    }
}
