package io.liveops.console.warehouse;

import io.liveops.console.background.Cancellation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers questions about a warehouse itself: is it reachable, does it follow the contract, how recent is it. */
public final class WarehouseInspector {

    /** The tables of warehouse-contract.md. */
    public static final List<String> CONTRACT_TABLES = List.of("users", "sessions", "subscriptions", "api_requests", "error_events",
            "infra_metrics", "nps_responses", "support_tickets", "community_daily", "seasons", "economy_ledger", "market_trades",
            "fraud_flags", "watchlist_prices", "fear_greed", "experiments", "experiment_exposures", "experiment_events");

    /** Result of a connection test. */
    public record ConnectionCheck(List<String> missingTables, long millis) {
        public String describe() {
            if (missingTables.isEmpty()) {
                return "Connected in " + millis + " ms: all " + CONTRACT_TABLES.size() + " contract tables found.";
            }
            return "Connected in " + millis + " ms, but " + missingTables.size() + " contract table(s) are missing: "
                    + String.join(", ", missingTables) + ". The KPIs that read them will show an error.";
        }
    }

    private final Warehouse warehouse;
    private final SqlCatalog catalog;

    public WarehouseInspector(Warehouse warehouse, SqlCatalog catalog) {
        this.warehouse = warehouse;
        this.catalog = catalog;
    }

    public ConnectionCheck check(Duration timeout, Cancellation cancellation) {
        long t0 = System.nanoTime();
        List<String> present = warehouse.query(catalog.load("connection_check").sql(), List.of(), timeout, cancellation, rs -> {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        });
        List<String> missing = CONTRACT_TABLES.stream().filter(t -> !present.contains(t)).toList();
        return new ConnectionCheck(missing, Duration.ofNanos(System.nanoTime() - t0).toMillis());
    }

    /** The latest day with sessions, if any. */
    public Optional<LocalDate> latestDay(Duration timeout, Cancellation cancellation) {
        String day = warehouse.query(catalog.load("latest_day").sql(), List.of(), timeout, cancellation,
                rs -> rs.next() ? rs.getString(1) : null);
        return day == null ? Optional.empty() : Optional.of(LocalDate.parse(day));
    }

    /**
     * The day the board opens on: yesterday (UTC), or the latest day with data when that is earlier
     * (a demo warehouse generated some days ago, a warehouse whose load is late).
     */
    public static LocalDate defaultAsOf(LocalDate yesterday, Optional<LocalDate> latest) {
        return latest.filter(l -> l.isBefore(yesterday)).orElse(yesterday);
    }
}
