package io.liveops.console.economy.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The Economy tab for one as-of day and currency: the three gauges, the season, and the three drill-downs, each of which
 * may be missing on its own (with the reason) while the others load.
 *
 * @param currency      the currency the ratio, the sources/sinks and their table follow
 * @param kpiCurrency   the currency of the contract's earn_spend_ratio_7d (economy.json)
 * @param currencies    every currency in economy_ledger, alphabetical (empty when the ledger is empty or missing)
 * @param missingTables contract tables this warehouse lacks, among those the Economy tab reads
 */
public record EconomyReport(LocalDate asOf, String currency, String kpiCurrency, List<String> currencies,
                            GaugeReading inflation, GaugeReading ratio, GaugeReading fraudFlags,
                            Part<Season> season, Part<Ledger> ledger, Part<Prices> prices, Part<Fraud> fraud,
                            Set<String> missingTables, Instant loadedAt) {

    public EconomyReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(kpiCurrency, "kpiCurrency");
        currencies = List.copyOf(currencies);
        Objects.requireNonNull(inflation, "inflation");
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(fraudFlags, "fraudFlags");
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(fraud, "fraud");
        missingTables = Set.copyOf(missingTables);
        Objects.requireNonNull(loadedAt, "loadedAt");
    }

    public GaugeReading gauge(Gauge gauge) {
        return switch (gauge) {
            case INFLATION -> inflation;
            case RATIO -> ratio;
            case FRAUD -> fraudFlags;
        };
    }

    public List<GaugeReading> gauges() {
        return List.of(inflation, ratio, fraudFlags);
    }

    /** True when every query failed: the warehouse itself is the problem, not one table. */
    public boolean allFailed() {
        return gauges().stream().allMatch(GaugeReading::failed) && season.failed() && ledger.failed() && prices.failed() && fraud.failed();
    }

    /** Problems of queries that failed (not missing data), one sentence each. */
    public List<String> failures() {
        java.util.List<String> list = new java.util.ArrayList<>();
        for (GaugeReading g : gauges()) {
            if (g.failed()) {
                list.add(g.problem());
            }
        }
        for (Part<?> p : List.of(season, ledger, prices, fraud)) {
            if (p.failed() && !list.contains(p.problem())) {
                list.add(p.problem());
            }
        }
        return list;
    }
}
