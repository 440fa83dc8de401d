package io.liveops.console.economy.core;

import io.liveops.console.background.Cancellation;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Economy tab's warehouse queries, one SQL file each under {@code sql/warehouse/<dialect>/economy_*.sql}, every
 * value bound as a parameter. Blocking: called on the background executor.
 */
final class EconomyQueries {

    /** The season lookup: how many seasons the table has, and the one in force (null when none contains the day). */
    record SeasonRow(long seasons, Season season) {}

    private final Warehouse warehouse;
    private final SqlCatalog sql;
    private final Duration timeout;

    EconomyQueries(Warehouse warehouse, SqlCatalog sql, Duration timeout) {
        this.warehouse = warehouse;
        this.sql = sql;
        this.timeout = timeout;
    }

    /** Where a query's SQL comes from, as the KPI engine names it. */
    String file(String name) {
        return SqlCatalog.relativePath(sql.dialect(), name);
    }

    List<String> currencies(Cancellation c) {
        return warehouse.query(sql.load("economy_currencies").sql(), List.of(), timeout, c, rs -> {
            List<String> list = new ArrayList<>();
            while (rs.next()) {
                list.add(rs.getString(1));
            }
            return list;
        });
    }

    SeasonRow season(LocalDate asOf, Cancellation c) {
        return warehouse.query(sql.load("economy_season").sql(), List.of(asOf, asOf), timeout, c, rs -> {
            if (!rs.next()) {
                return new SeasonRow(0, null);
            }
            long seasons = rs.getLong("seasons");
            String id = rs.getString("season_id");
            if (id == null) {
                return new SeasonRow(seasons, null);
            }
            return new SeasonRow(seasons, new Season(id, rs.getString("name"), day(rs.getString("starts_on")), day(rs.getString("ends_on"))));
        });
    }

    List<LedgerDay> ledger(String currency, LocalDate from, LocalDate to, Cancellation c) {
        return warehouse.query(sql.load("economy_ledger_daily").sql(), List.of(currency, from, to), timeout, c, rs -> {
            List<LedgerDay> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new LedgerDay(day(rs.getString("day")), rs.getString("reason"), rs.getLong("earned"), rs.getLong("spent")));
            }
            return list;
        });
    }

    List<ItemTrades> itemTrades(Season season, LocalDate asOf, Cancellation c) {
        List<Object> params = List.of(season.baseFrom(), season.baseTo(), asOf.minusDays(Ledger.WINDOW_DAYS - 1), asOf);
        return warehouse.query(sql.load("economy_item_prices").sql(), params, timeout, c, rs -> {
            List<ItemTrades> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new ItemTrades(rs.getString("item_id"), agreedOrNull(rs, "base_value"), longOrNull(rs, "base_quantity"),
                        agreedOrNull(rs, "current_value"), longOrNull(rs, "current_quantity")));
            }
            return list;
        });
    }

    /** The index of every day from the season's start to D, null where no item was in both windows. */
    List<IndexPoint> indexSeries(Season season, LocalDate asOf, Cancellation c) {
        LocalDate first = season.startsOn();
        List<Object> params = List.of(season.baseFrom(), season.baseTo(), first, asOf, first, asOf);
        java.util.Map<LocalDate, Double> byDay = warehouse.query(sql.load("economy_index_series").sql(), params, timeout, c, rs -> {
            java.util.Map<LocalDate, Double> map = new java.util.HashMap<>();
            while (rs.next()) {
                Double num = doubleOrNull(rs, "numerator");
                Double den = doubleOrNull(rs, "denominator");
                if (num != null && den != null && den != 0) {
                    map.put(day(rs.getString("day")), agreed(num / den));
                }
            }
            return map;
        });
        List<IndexPoint> points = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(asOf); d = d.plusDays(1)) {
            points.add(new IndexPoint(d, byDay.get(d)));
        }
        return points;
    }

    Fraud fraud(LocalDate asOf, Cancellation c) {
        List<Fraud.DayCount> daily = warehouse.query(sql.load("economy_fraud_daily").sql(), List.of(Fraud.firstChartDay(asOf), asOf),
                timeout, c, rs -> {
                    List<Fraud.DayCount> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(new Fraud.DayCount(day(rs.getString("day")), rs.getString("rule"), rs.getLong("flags")));
                    }
                    return list;
                });
        List<Fraud.RuleCount> today = warehouse.query(sql.load("economy_fraud_day").sql(), List.of(asOf, asOf), timeout, c, rs -> {
            List<Fraud.RuleCount> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new Fraud.RuleCount(rs.getString("rule"), rs.getString("severity"), rs.getLong("flags")));
            }
            return list;
        });
        long[] users = {0};
        List<Fraud.UserCount> top = warehouse.query(sql.load("economy_fraud_users").sql(), List.of(asOf, asOf, Fraud.TOP_USERS), timeout, c,
                rs -> {
                    List<Fraud.UserCount> list = new ArrayList<>();
                    while (rs.next()) {
                        list.add(new Fraud.UserCount(rs.getLong("user_id"), rs.getLong("flags")));
                        users[0] = rs.getLong("users");
                    }
                    return list;
                });
        return new Fraud(asOf, daily, today, top, users[0]);
    }

    private static LocalDate day(String text) {
        // PostgreSQL casts dates to 'YYYY-MM-DD'; SQLite stores them so
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Double agreedOrNull(ResultSet rs, String column) throws SQLException {
        Double v = doubleOrNull(rs, column);
        return v == null ? null : agreed(v);
    }

    /**
     * Sums of floating-point prices differ in their last bits between SQLite (compensated summation) and PostgreSQL;
     * twelve significant digits are what both agree on, as for the KPI engine's index.
     */
    static double agreed(double v) {
        return Double.isFinite(v) && v != 0 ? new BigDecimal(v).round(new MathContext(12, RoundingMode.HALF_EVEN)).doubleValue() : v;
    }
}
