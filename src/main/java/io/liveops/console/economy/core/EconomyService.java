package io.liveops.console.economy.core;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiValue;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseInspector;
import io.liveops.console.warehouse.WarehouseSession;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Loads the Economy tab for one as-of day and currency. The three gauge values are the KPI engine's (the same numbers
 * as the board and {@code liveops kpi}); the drill-downs come from the {@code economy_*.sql} files. Each section
 * fails or goes missing alone, with a sentence that says what is missing and why, so the others keep working.
 */
public final class EconomyService {

    static final String SEASONS = "seasons";
    static final String LEDGER = "economy_ledger";
    static final String TRADES = "market_trades";
    static final String FLAGS = "fraud_flags";
    private static final List<String> TABLES = List.of(SEASONS, LEDGER, TRADES, FLAGS);
    private static final int STEPS = 9;

    /** Where the queries go: a warehouse with its SQL catalogue. */
    private record Source(Warehouse warehouse, SqlCatalog sql) {}

    private final Supplier<Source> source;
    private final Duration timeout;
    private final KpiService kpis;
    private final Supplier<Thresholds> thresholds;
    private final String kpiCurrency;
    private final Clock clock;

    /** The console's service: it reads the warehouse the session uses at the time of each load. */
    public EconomyService(WarehouseSession session, KpiService kpis, Supplier<Thresholds> thresholds, String kpiCurrency, Clock clock) {
        this(() -> session.current().map(c -> new Source(c.warehouse(), c.catalog()))
                .orElseThrow(() -> new WarehouseException("No warehouse is open yet.")), session.queryTimeout(), kpis, thresholds, kpiCurrency, clock);
    }

    /** A service bound to one warehouse (the CLI). */
    public EconomyService(Warehouse warehouse, SqlCatalog sql, Duration timeout, KpiService kpis, Supplier<Thresholds> thresholds,
                          String kpiCurrency, Clock clock) {
        this(() -> new Source(warehouse, sql), timeout, kpis, thresholds, kpiCurrency, clock);
    }

    private EconomyService(Supplier<Source> source, Duration timeout, KpiService kpis, Supplier<Thresholds> thresholds, String kpiCurrency,
                           Clock clock) {
        this.source = source;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.kpis = Objects.requireNonNull(kpis, "kpis");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.kpiCurrency = Objects.requireNonNull(kpiCurrency, "kpiCurrency");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The currency of the contract's earn_spend_ratio_7d. */
    public String kpiCurrency() {
        return kpiCurrency;
    }

    /**
     * Everything the tab shows for a day and currency (null currency: the KPI's).
     *
     * @throws WarehouseException when the warehouse cannot be read at all (nothing to show, the tab keeps what it had)
     */
    public EconomyReport load(LocalDate asOf, String currency, BackgroundTask.Progress progress, Cancellation cancellation) {
        Objects.requireNonNull(asOf, "asOf");
        String cur = currency == null || currency.isBlank() ? kpiCurrency : currency.strip();
        Source src = source.get();
        EconomyQueries q = new EconomyQueries(src.warehouse(), src.sql(), timeout);
        int[] step = {0};
        Runnable next = () -> progress.update(++step[0] / (double) STEPS, "Economy for " + asOf);
        progress.update(0, "Economy for " + asOf);

        Set<String> missing = missingTables(src, cancellation);
        next.run();
        Part<List<String>> currencies = missing.contains(LEDGER) ? Part.missing(noTable(LEDGER))
                : section(() -> q.currencies(cancellation), cancellation);
        next.run();
        Part<Season> season = season(q, missing, asOf, cancellation);
        next.run();
        Part<Ledger> ledger = ledger(q, missing, currencies, cur, asOf, cancellation);
        next.run();
        Part<Prices> prices = prices(q, missing, season, asOf, cancellation);
        next.run();
        Part<Fraud> fraud = missing.contains(FLAGS) ? Part.missing(noTable(FLAGS))
                : section(() -> q.fraud(asOf, cancellation), cancellation);
        next.run();
        GaugeReading inflation = inflation(q, missing, season, asOf, cancellation);
        next.run();
        GaugeReading ratio = ratio(q, missing, currencies, ledger, cur, asOf, cancellation);
        next.run();
        GaugeReading flags = fraudFlags(q, missing, asOf, cancellation);
        next.run();
        return new EconomyReport(asOf, cur, kpiCurrency, currencies.get().orElse(List.of()), inflation, ratio, flags, season, ledger, prices,
                fraud, missing, clock.instant());
    }

    private Set<String> missingTables(Source src, Cancellation cancellation) {
        WarehouseInspector.ConnectionCheck check = new WarehouseInspector(src.warehouse(), src.sql()).check(timeout, cancellation);
        Set<String> missing = new HashSet<>(check.missingTables());
        missing.retainAll(TABLES);
        return missing;
    }

    private Part<Season> season(EconomyQueries q, Set<String> missing, LocalDate asOf, Cancellation cancellation) {
        if (missing.contains(SEASONS)) {
            return Part.missing("unknown: " + noTable(SEASONS));
        }
        Part<EconomyQueries.SeasonRow> row = section(() -> q.season(asOf, cancellation), cancellation);
        if (!row.present()) {
            return new Part<>(null, row.problem(), true);
        }
        if (row.value().season() != null) {
            return Part.of(row.value().season());
        }
        return Part.missing(row.value().seasons() == 0 ? "unknown: the seasons table has no rows, so there is no season and no base window"
                : "unknown: no season contains this day");
    }

    private Part<Ledger> ledger(EconomyQueries q, Set<String> missing, Part<List<String>> currencies, String currency, LocalDate asOf,
                                Cancellation cancellation) {
        if (missing.contains(LEDGER)) {
            return Part.missing(currencies.problem());
        }
        if (!currencies.present()) {
            return new Part<>(null, currencies.problem(), currencies.failed());
        }
        String unknown = unknownCurrency(currencies.value(), currency);
        if (unknown != null) {
            return Part.missing(unknown);
        }
        return section(() -> new Ledger(currency, asOf, q.ledger(currency, Ledger.firstDayNeeded(asOf), asOf, cancellation)), cancellation);
    }

    private Part<Prices> prices(EconomyQueries q, Set<String> missing, Part<Season> season, LocalDate asOf, Cancellation cancellation) {
        if (missing.contains(TRADES)) {
            return Part.missing(noTable(TRADES));
        }
        if (!season.present()) {
            return new Part<>(null, season.problem(), season.failed());
        }
        Season s = season.value();
        return section(() -> Prices.of(s, asOf, q.itemTrades(s, asOf, cancellation), q.indexSeries(s, asOf, cancellation)), cancellation);
    }

    private GaugeReading inflation(EconomyQueries q, Set<String> missing, Part<Season> season, LocalDate asOf, Cancellation cancellation) {
        String source = q.file(Gauge.INFLATION.kpiId());
        if (missing.contains(TRADES)) {
            return GaugeReading.missing(Gauge.INFLATION, "unknown: " + noTable(TRADES), source);
        }
        if (missing.contains(SEASONS)) {
            return GaugeReading.missing(Gauge.INFLATION, season.problem(), source);
        }
        KpiValue v = kpis.compute(Gauge.INFLATION.kpiId(), asOf, cancellation);
        if (v.failed()) {
            return GaugeReading.failure(Gauge.INFLATION, v.error(), v.sqlSource());
        }
        if (v.value() != null) {
            return GaugeReading.of(Gauge.INFLATION, v.value(), v.status(), v.sqlSource());
        }
        if (!season.present()) {
            return GaugeReading.missing(Gauge.INFLATION, season.failed() ? "unknown: the season could not be read: " + season.problem()
                    : season.problem(), v.sqlSource());
        }
        Season s = season.value();
        return GaugeReading.missing(Gauge.INFLATION, "unknown: no item was traded both in the base window [" + s.baseFrom() + ", "
                + s.baseTo() + "] and in [" + asOf.minusDays(Ledger.WINDOW_DAYS - 1) + ", " + asOf + "]", v.sqlSource());
    }

    private GaugeReading ratio(EconomyQueries q, Set<String> missing, Part<List<String>> currencies, Part<Ledger> ledger, String currency,
                               LocalDate asOf, Cancellation cancellation) {
        if (missing.contains(LEDGER)) {
            return GaugeReading.missing(Gauge.RATIO, "unknown: " + noTable(LEDGER),
                    q.file(Gauge.RATIO.kpiId()));
        }
        if (currency.equals(kpiCurrency)) {
            KpiValue v = kpis.compute(Gauge.RATIO.kpiId(), asOf, cancellation);
            if (v.failed()) {
                return GaugeReading.failure(Gauge.RATIO, v.error(), v.sqlSource());
            }
            if (v.value() != null) {
                return GaugeReading.of(Gauge.RATIO, v.value(), v.status(), v.sqlSource());
            }
            return GaugeReading.missing(Gauge.RATIO, whyNoRatio(currencies, ledger, currency, v.sqlSource()), v.sqlSource());
        }
        String source = q.file("economy_ledger_daily");
        if (ledger.failed()) {
            return GaugeReading.failure(Gauge.RATIO, ledger.problem(), source);
        }
        Double value = ledger.get().map(Ledger::ratio).orElse(null);
        if (value != null) {
            return GaugeReading.of(Gauge.RATIO, value, thresholds.get().statusOf(Gauge.RATIO.kpiId(), value), source);
        }
        return GaugeReading.missing(Gauge.RATIO, whyNoRatio(currencies, ledger, currency, source), source);
    }

    private static String whyNoRatio(Part<List<String>> currencies, Part<Ledger> ledger, String currency, String source) {
        if (currencies.present()) {
            String unknown = unknownCurrency(currencies.value(), currency);
            if (unknown != null) {
                return unknown;
            }
        }
        if (ledger.present() && ledger.value().ratioProblem() != null) {
            return ledger.value().ratioProblem();
        }
        if (!ledger.present()) {
            return "unknown: " + ledger.problem();
        }
        // the ledger has spending but the KPI's file gave nothing: it counts another currency than economy.json says
        return "unknown: " + source + " gave no value although " + currency + " was spent; does it count the currency economy.json names?";
    }

    private GaugeReading fraudFlags(EconomyQueries q, Set<String> missing, LocalDate asOf, Cancellation cancellation) {
        if (missing.contains(FLAGS)) {
            return GaugeReading.missing(Gauge.FRAUD, "unknown: " + noTable(FLAGS),
                    q.file(Gauge.FRAUD.kpiId()));
        }
        KpiValue v = kpis.compute(Gauge.FRAUD.kpiId(), asOf, cancellation);
        if (v.failed()) {
            return GaugeReading.failure(Gauge.FRAUD, v.error(), v.sqlSource());
        }
        if (v.value() == null) {
            return GaugeReading.missing(Gauge.FRAUD, "unknown: " + v.sqlSource() + " gave no value", v.sqlSource());
        }
        return GaugeReading.of(Gauge.FRAUD, v.value(), v.status(), v.sqlSource());
    }

    /** Null when the currency is in the ledger; else why it has no numbers. */
    static String unknownCurrency(List<String> currencies, String currency) {
        if (currencies.isEmpty()) {
            return "economy_ledger has no rows: nothing was ever earned or spent";
        }
        if (!currencies.contains(currency)) {
            return "unknown currency '" + currency + "': economy_ledger has no rows in it (it has " + String.join(", ", currencies) + ")";
        }
        return null;
    }

    /** What a missing contract table takes away, in words. */
    static String noTable(String table) {
        return "this warehouse has no " + table + " table, so " + switch (table) {
            case SEASONS -> "there is no season and no base window for the inflation index";
            case LEDGER -> "there are no amounts earned or spent";
            case TRADES -> "there are no item prices for the inflation index";
            case FLAGS -> "there are no fraud flags to count";
            default -> "its numbers are missing";
        };
    }

    /** A section's query: its value, or the warehouse's error in one sentence; cancellation goes through. */
    private static <T> Part<T> section(Supplier<T> query, Cancellation cancellation) {
        try {
            return Part.of(query.get());
        } catch (Cancellation.CancelledException e) {
            throw e;
        } catch (WarehouseException e) {
            cancellation.throwIfCancelled();
            return Part.failure(e.getMessage());
        }
    }
}
