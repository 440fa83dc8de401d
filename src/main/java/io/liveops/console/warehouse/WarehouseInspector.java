package io.liveops.console.warehouse;

import io.liveops.console.background.Cancellation;
import io.liveops.console.warehouse.demo.SqlScript;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers questions about a warehouse itself: is it reachable, does it follow the contract, which of the recommended
 * indexes it has, how recent it is, and how it plans a query. Indexes are advice: every KPI query is set-based and
 * reads a warehouse with only the contract's primary keys in a few scans of each table.
 */
public final class WarehouseInspector {

    /** The tables of warehouse-contract.md. */
    public static final List<String> CONTRACT_TABLES = List.of("users", "sessions", "subscriptions", "api_requests", "error_events",
            "infra_metrics", "nps_responses", "support_tickets", "community_daily", "seasons", "economy_ledger", "market_trades",
            "fraud_flags", "watchlist_prices", "fear_greed", "experiments", "experiment_exposures", "experiment_events");

    /** Where the recommended indexes are written down, for users and for this class alike. */
    public static final String RECOMMENDED_INDEXES = "sql/demo/recommended-indexes.sql";

    /** A recommended index: its table and leading columns. */
    public record Index(String name, String table, List<String> columns) {
        public String describe() {
            return table + "(" + String.join(", ", columns) + ")";
        }
    }

    /** Result of a connection test. */
    public record ConnectionCheck(List<String> missingTables, List<Index> presentIndexes, List<Index> missingIndexes, long millis) {

        public ConnectionCheck {
            missingTables = List.copyOf(missingTables);
            presentIndexes = List.copyOf(presentIndexes);
            missingIndexes = List.copyOf(missingIndexes);
        }

        public String describe() {
            String tables = missingTables.isEmpty()
                    ? "Connected in " + millis + " ms: all " + CONTRACT_TABLES.size() + " contract tables found."
                    : "Connected in " + millis + " ms, but " + missingTables.size() + " contract table(s) are missing: "
                            + String.join(", ", missingTables) + ". The KPIs that read them will show an error.";
            return tables + " " + indexAdvice();
        }

        /** Which recommended indexes exist; the missing ones are advice, never a requirement. */
        public String indexAdvice() {
            int all = presentIndexes.size() + missingIndexes.size();
            if (missingIndexes.isEmpty()) {
                return "All " + all + " recommended indexes are present.";
            }
            return presentIndexes.size() + " of " + all + " recommended indexes are present; the KPIs work without the others, "
                    + "which would only make reading a large warehouse faster: "
                    + String.join(", ", missingIndexes.stream().map(Index::describe).toList()) + " (see " + RECOMMENDED_INDEXES + ").";
        }
    }

    private static final Pattern CREATE_INDEX = Pattern.compile(
            "CREATE INDEX IF NOT EXISTS (\\w+) ON (\\w+) \\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);

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
        Map<String, List<List<String>>> indexes = indexColumns(timeout, cancellation);
        List<Index> have = new ArrayList<>();
        List<Index> lack = new ArrayList<>();
        for (Index wanted : recommendedIndexes()) {
            boolean covered = indexes.getOrDefault(wanted.table(), List.of()).stream()
                    .anyMatch(cols -> cols.size() >= wanted.columns().size() && cols.subList(0, wanted.columns().size()).equals(wanted.columns()));
            (covered ? have : lack).add(wanted);
        }
        return new ConnectionCheck(missing, have, lack, Duration.ofNanos(System.nanoTime() - t0).toMillis());
    }

    /** Every index of the warehouse as its table's name and its columns in order. */
    private Map<String, List<List<String>>> indexColumns(Duration timeout, Cancellation cancellation) {
        return warehouse.query(catalog.load("index_columns").sql(), List.of(), timeout, cancellation, rs -> {
            Map<String, List<String>> byIndex = new LinkedHashMap<>();
            Map<String, String> tableOf = new LinkedHashMap<>();
            while (rs.next()) {
                String key = rs.getString("table_name") + "." + rs.getString("index_name");
                tableOf.put(key, rs.getString("table_name").toLowerCase(Locale.ROOT));
                byIndex.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString("column_name").toLowerCase(Locale.ROOT));
            }
            Map<String, List<List<String>>> byTable = new LinkedHashMap<>();
            byIndex.forEach((key, cols) -> byTable.computeIfAbsent(tableOf.get(key), t -> new ArrayList<>()).add(cols));
            return byTable;
        });
    }

    /** The indexes of {@link #RECOMMENDED_INDEXES}, read from the file users are told to run. */
    public static List<Index> recommendedIndexes() {
        List<Index> out = new ArrayList<>();
        for (String statement : SqlScript.load(RECOMMENDED_INDEXES)) {
            Matcher m = CREATE_INDEX.matcher(statement);
            if (m.find()) {
                List<String> cols = new ArrayList<>();
                for (String c : m.group(3).split(",")) {
                    cols.add(c.trim().toLowerCase(Locale.ROOT));
                }
                out.add(new Index(m.group(1), m.group(2).toLowerCase(Locale.ROOT), cols));
            }
        }
        return out;
    }

    /**
     * How the warehouse plans a series query over [first, last]: {@code EXPLAIN QUERY PLAN} on SQLite, {@code EXPLAIN}
     * on PostgreSQL, one line per step.
     */
    public List<String> plan(String sql, LocalDate first, LocalDate last, Duration timeout, Cancellation cancellation) {
        String explain = (warehouse.dialect() == Dialect.SQLITE ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql;
        return warehouse.query(explain, List.of(first, last), timeout, cancellation, rs -> {
            List<String> lines = new ArrayList<>();
            boolean sqlite = warehouse.dialect() == Dialect.SQLITE;
            while (rs.next()) {
                lines.add(sqlite ? rs.getString("detail") : rs.getString(1));
            }
            return lines;
        });
    }

    /** The latest day with sessions, if any. */
    public Optional<LocalDate> latestDay(Duration timeout, Cancellation cancellation) {
        return day("latest_day", timeout, cancellation);
    }

    /** The first day with sessions, if any: the board offers no as-of day before it. */
    public Optional<LocalDate> firstDay(Duration timeout, Cancellation cancellation) {
        return day("first_day", timeout, cancellation);
    }

    private Optional<LocalDate> day(String queryId, Duration timeout, Cancellation cancellation) {
        String day = warehouse.query(catalog.load(queryId).sql(), List.of(), timeout, cancellation,
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
