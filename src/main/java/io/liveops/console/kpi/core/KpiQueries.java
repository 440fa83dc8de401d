package io.liveops.console.kpi.core;

import io.liveops.console.background.Cancellation;
import io.liveops.console.shared.Status;
import io.liveops.console.warehouse.QueryTimeLimitException;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs one KPI's SQL over a range of days and reads its rows. The KPI's file is
 * {@code sql/warehouse/<dialect>/series/<id>.sql}: two placeholders, the first and the last day, and one row per
 * day with a column {@code day} and either {@code value} or {@code numerator} and {@code denominator} (divided here,
 * so both dialects give identical doubles; a zero or null denominator gives null); keyed KPIs return one such row
 * per day and {@code key}. Optional columns {@code non_numeric} and {@code non_numeric_in} say how many values of a
 * numeric column were not numbers (SQLite lets text into any column) and which column: that day is then an error.
 *
 * <p>KPIs counted from the same rows share one file ({@link KpiCatalog#SHARED_QUERIES}): one row per day with a column
 * per KPI, {@code <id>} or {@code <id>_numerator} and {@code <id>_denominator}; it runs once for all of them.
 *
 * <p>A single-day file of an earlier version ({@code <id>.sql}, every placeholder the as-of day) that the user put in
 * the config folder still wins over the shipped series file; it is run once per day.
 *
 * <p>Never throws for warehouse problems: they become the values' errors (statuses are left UNKNOWN; the service
 * judges values against the thresholds).
 */
final class KpiQueries {

    private final Warehouse warehouse;
    private final SqlCatalog sql;
    private final Duration timeLimit;

    KpiQueries(Warehouse warehouse, SqlCatalog sql, Duration timeLimit) {
        this.warehouse = warehouse;
        this.sql = sql;
        this.timeLimit = timeLimit;
    }

    /** Where a KPI's SQL comes from, without reading the warehouse (for error messages and the detail pane). */
    String sourceOf(KpiDefinition def) {
        try {
            return file(def).source();
        } catch (WarehouseException e) {
            return SqlCatalog.relativePath(sql.dialect(), SqlCatalog.seriesName(def.id()));
        }
    }

    /**
     * The file a KPI runs: the user's series file, else the user's single-day file, else the shared file it is read with
     * (see {@link KpiCatalog#SHARED_QUERIES}), else the shipped series file.
     */
    SqlCatalog.SqlFile file(KpiDefinition def) {
        String series = SqlCatalog.seriesName(def.id());
        return sql.override(series).or(() -> sql.override(def.id()))
                .orElseGet(() -> shared(def).map(this::sharedFile).orElseGet(() -> sql.load(series)));
    }

    /** The query a KPI is read with together with others; none when the user put a file of their own for this KPI. */
    Optional<KpiCatalog.SharedQuery> shared(KpiDefinition def) {
        // membership first: the config folder is looked at only for the members of a shared query
        return KpiCatalog.sharedQueryOf(def.id()).filter(q -> !overridden(def));
    }

    private SqlCatalog.SqlFile sharedFile(KpiCatalog.SharedQuery query) {
        return sql.load(SqlCatalog.seriesName(query.name())); // the user's file of that name wins, like a KPI's
    }

    /** True when the user put a file of their own for this KPI (series or single-day) in the config folder. */
    boolean overridden(KpiDefinition def) {
        return sql.override(SqlCatalog.seriesName(def.id())).isPresent() || sql.override(def.id()).isPresent();
    }

    /** True when the KPI runs a single-day file of the user's (one query per day). */
    boolean perDay(SqlCatalog.SqlFile file) {
        return !file.name().startsWith(SqlCatalog.SERIES);
    }

    /**
     * The KPI's values for every day of [first, last], oldest first; a day without a row has no value (keyed KPIs: no
     * keys); a failure of the whole query is an error on every day.
     */
    TreeMap<LocalDate, List<KpiValue>> run(KpiDefinition def, LocalDate first, LocalDate last, Cancellation cancellation) {
        return run(List.of(def), first, last, cancellation).get(def.id());
    }

    /**
     * Like {@link #run(KpiDefinition, LocalDate, LocalDate, Cancellation)} for KPIs read together: either one KPI, or
     * members of one shared query (see {@link #shared(KpiDefinition)}), which then run that query once. Keyed by id.
     */
    Map<String, TreeMap<LocalDate, List<KpiValue>>> run(List<KpiDefinition> defs, LocalDate first, LocalDate last,
                                                        Cancellation cancellation) {
        long start = System.nanoTime();
        KpiDefinition lead = defs.get(0);
        Optional<KpiCatalog.SharedQuery> shared = shared(lead);
        if (defs.size() > 1 && (shared.isEmpty() || !defs.stream().allMatch(d -> shared(d).equals(shared)))) {
            throw new IllegalArgumentException("Only the members of one shared query are read together, not " + defs);
        }
        String source = SqlCatalog.relativePath(sql.dialect(), SqlCatalog.seriesName(shared.map(KpiCatalog.SharedQuery::name).orElse(lead.id())));
        Map<String, TreeMap<LocalDate, List<KpiValue>>> result = new LinkedHashMap<>();
        try {
            SqlCatalog.SqlFile file = file(lead);
            source = file.source();
            boolean own = shared.isEmpty();
            Map<String, Map<LocalDate, List<Row>>> rows = new LinkedHashMap<>();
            if (perDay(file)) {
                Map<LocalDate, List<Row>> days = new LinkedHashMap<>();
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    LocalDate day = d;
                    days.put(day, warehouse.queryAsOf(file.sql(), day, timeLimit, cancellation, rs -> read(rs, defs, own, day, day, false))
                            .get(lead.id()).getOrDefault(day, List.of()));
                }
                rows.put(lead.id(), days);
            } else {
                rows.putAll(warehouse.queryRange(file.sql(), first, last, timeLimit, cancellation, rs -> read(rs, defs, own, first, last, true)));
            }
            long millis = elapsedMillis(start);
            for (KpiDefinition def : defs) {
                TreeMap<LocalDate, List<KpiValue>> days = new TreeMap<>();
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    List<Row> found = rows.get(def.id()).getOrDefault(d, List.of());
                    List<KpiValue> values = new ArrayList<>(Math.max(1, found.size()));
                    for (Row row : found) {
                        String id = def.keyed() ? def.keyedId(row.key()) : def.id();
                        String error = row.problem() == null ? null : failure(def, source, row.problem());
                        values.add(error == null
                                ? new KpiValue(id, def, row.value(), Status.UNKNOWN, null, source, millis, row.numerator(), row.denominator())
                                : new KpiValue(id, def, null, Status.UNKNOWN, error, source, millis));
                    }
                    if (found.isEmpty() && !def.keyed()) {
                        values.add(new KpiValue(def.id(), def, null, Status.UNKNOWN, null, source, millis)); // e.g. no community_daily row
                    }
                    days.put(d, values);
                }
                result.put(def.id(), days);
            }
            return result;
        } catch (Cancellation.CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            cancellation.throwIfCancelled();
            long millis = elapsedMillis(start);
            for (KpiDefinition def : defs) {
                String error = e instanceof QueryTimeLimitException limit
                        ? def.id() + " ran past its " + QueryTimeLimitException.seconds(limit.limit()) + " limit and was stopped (SQL file "
                                + source + ")."
                        : failure(def, source, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                TreeMap<LocalDate, List<KpiValue>> days = new TreeMap<>();
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    days.put(d, List.of(new KpiValue(def.id(), def, null, Status.UNKNOWN, error, source, millis)));
                }
                result.put(def.id(), days);
            }
            return result;
        }
    }

    static String failure(KpiDefinition def, String source, String reason) {
        return "KPI '" + def.id() + "' failed (SQL file " + source + "): " + reason;
    }

    /** One row: a value (with its numerator and denominator when read as a ratio), or the reason the day has none. */
    private record Row(String key, Double value, Double numerator, Double denominator, String problem) {
        static Row problem(String key, String problem) {
            return new Row(key, null, null, null, problem);
        }
    }

    /** The columns one KPI's values come from: its own file's, or its columns in a shared file. */
    private record Columns(String value, String numerator, String denominator) {
        static Columns of(KpiDefinition def, boolean own) {
            return own ? new Columns("value", "numerator", "denominator")
                    : new Columns(def.id(), def.id() + "_numerator", def.id() + "_denominator");
        }
    }

    private static Map<String, Map<LocalDate, List<Row>>> read(ResultSet rs, List<KpiDefinition> defs, boolean own, LocalDate first,
                                                               LocalDate last, boolean series) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        Set<String> columns = new HashSet<>();
        List<String> listed = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String label = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
            columns.add(label);
            listed.add(label);
        }
        Map<String, Columns> of = new LinkedHashMap<>();
        Map<String, Boolean> ratio = new HashMap<>();
        for (KpiDefinition def : defs) {
            Columns c = Columns.of(def, own);
            boolean isRatio = columns.contains(c.numerator()) && columns.contains(c.denominator());
            if (!isRatio && !columns.contains(c.value())) {
                throw new WarehouseException("the query returns the columns " + listed + "; expected a column " + c.value()
                        + ", or the columns " + c.numerator() + " and " + c.denominator());
            }
            of.put(def.id(), c);
            ratio.put(def.id(), isRatio);
        }
        boolean keyed = defs.get(0).keyed();
        if (keyed && !columns.contains("key")) {
            throw new WarehouseException("the query returns the columns " + listed + "; a keyed KPI also needs a column key");
        }
        if (series && !columns.contains("day")) {
            throw new WarehouseException("the query returns the columns " + listed + "; a series file also needs a column day");
        }
        boolean checked = columns.contains("non_numeric");
        Map<String, Map<LocalDate, List<Row>>> rows = new LinkedHashMap<>();
        defs.forEach(def -> rows.put(def.id(), new LinkedHashMap<>()));
        Set<String> seen = new HashSet<>();
        while (rs.next()) {
            LocalDate day = series ? dayOf(rs.getString("day"), first, last) : first;
            String key = keyed ? rs.getString("key") : null;
            if (keyed && (key == null || key.isBlank())) {
                throw new WarehouseException("the query returned a row without a key");
            }
            if (!seen.add(day + "\u0000" + key)) {
                throw new WarehouseException(series
                        ? "the query returned two rows for " + day + (key == null ? "" : " and key " + key) + "; expected one per day"
                        : "the query returned more than one row; expected one");
            }
            for (KpiDefinition def : defs) {
                rows.get(def.id()).computeIfAbsent(day, d -> new ArrayList<>())
                        .add(row(rs, def, day, key, of.get(def.id()), ratio.get(def.id()), checked));
            }
        }
        return rows;
    }

    private static Row row(ResultSet rs, KpiDefinition def, LocalDate day, String key, Columns c, boolean ratio, boolean checked)
            throws SQLException {
        if (checked) {
            Object bad = rs.getObject("non_numeric");
            long count = bad instanceof Number n ? n.longValue() : 0;
            if (count > 0) {
                String column = rs.getString("non_numeric_in");
                return Row.problem(key, (column == null ? "a numeric column" : column) + " holds " + count + " non-numeric value"
                        + (count == 1 ? "" : "s") + " on " + day);
            }
        }
        try {
            Double value;
            Double numerator = null;
            Double denominator = null;
            if (ratio) {
                numerator = finiteOrNull(number(rs, c.numerator(), day));
                denominator = finiteOrNull(number(rs, c.denominator(), day));
                value = divide(numerator, denominator);
            } else {
                Number raw = number(rs, c.value(), day);
                value = finiteOrNull(raw);
                if (value != null && def.unit() == Unit.USD) {
                    value = cents(raw);
                }
            }
            if (value != null && def.unit() == Unit.INDEX) {
                value = significant(value);
            }
            return new Row(key, value, numerator, denominator, null);
        } catch (NotANumber e) {
            return Row.problem(key, e.getMessage());
        }
    }

    private static LocalDate dayOf(String text, LocalDate first, LocalDate last) {
        LocalDate day;
        try {
            day = LocalDate.parse(text == null ? "" : text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new WarehouseException("the query returned the day '" + text + "'; expected YYYY-MM-DD");
        }
        if (day.isBefore(first) || day.isAfter(last)) {
            throw new WarehouseException("the query returned the day " + day + ", outside the range asked for, " + first + " to " + last);
        }
        return day;
    }

    private static final class NotANumber extends Exception {
        NotANumber(String message) {
            super(message, null, false, false);
        }
    }

    private static Number number(ResultSet rs, String column, LocalDate day) throws SQLException, NotANumber {
        Object o = rs.getObject(column);
        if (o == null || o instanceof Number) {
            return (Number) o;
        }
        try {
            return new BigDecimal(o.toString().trim());
        } catch (NumberFormatException e) {
            throw new NotANumber("the column " + column + " holds '" + o + "' on " + day + ", which is not a number");
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
        return new BigDecimal(v).round(new MathContext(12, RoundingMode.HALF_EVEN)).doubleValue();
    }

    static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
