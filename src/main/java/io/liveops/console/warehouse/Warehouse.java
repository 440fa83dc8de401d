package io.liveops.console.warehouse;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.liveops.console.background.Cancellation;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sqlite.SQLiteConfig;

/**
 * Read-only access to the team's analytics warehouse through a HikariCP pool. Every query is
 * parameterised and has a time limit; SQL text comes from {@link SqlCatalog}, never from string building.
 *
 * <p>The time limit is kept by a watchdog that cancels the statement ({@code Statement.cancel}: a cancel
 * request on PostgreSQL, {@code sqlite3_interrupt} on SQLite, whose driver has no query timeout of its own).
 */
public final class Warehouse implements AutoCloseable {

    /** Reads a whole result set into a value. */
    @FunctionalInterface
    public interface ResultHandler<T> {
        T handle(ResultSet rs) throws SQLException;
    }

    private static final DateTimeFormatter SQLITE_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** How long a PostgreSQL server gets to answer a connection attempt (driver connect and login timeouts). */
    public static final int CONNECT_SECONDS = 5;

    private final WarehouseProfile profile;
    private final Dialect dialect;
    private final HikariDataSource pool;
    private final ScheduledExecutorService timeLimits = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "warehouse-time-limit");
        t.setDaemon(true);
        return t;
    });

    private Warehouse(WarehouseProfile profile, Dialect dialect, HikariDataSource pool) {
        this.profile = profile;
        this.dialect = dialect;
        this.pool = pool;
    }

    /**
     * Builds the pool without connecting: a warehouse that is down at start-up still yields a
     * Warehouse, and each query reports the failure (the UI then shows stale data and retries).
     *
     * @param env where the password variable named by the profile is looked up (System.getenv() in production)
     */
    public static Warehouse open(WarehouseProfile profile, Map<String, String> env) {
        WarehouseProfile.checkSyntax(profile.jdbcUrl());
        Dialect dialect = profile.dialect();
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("warehouse-" + profile.name());
        cfg.setJdbcUrl(profile.jdbcUrl());
        cfg.setConnectionTimeout(5_000);
        cfg.setValidationTimeout(3_000);
        cfg.setInitializationFailTimeout(-1);
        cfg.setMinimumIdle(0);
        cfg.setAutoCommit(true);
        switch (dialect) {
            case SQLITE -> {
                cfg.setDriverClassName("org.sqlite.JDBC");
                cfg.setConnectionTimeout(2_000); // a local file: failing to open it is not worth a long wait
                // SQLite runs inside this process: a query thread per core at most, as more only take the
                // CPU from the UI (on 2 cores, 4 threads refreshed no faster and made the board stutter)
                cfg.setMaximumPoolSize(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
                // Hikari calls Connection.setReadOnly(its flag) on every new connection; sqlite-jdbc refuses a flag
                // that differs from the open mode, so Hikari's flag must say read-only too
                cfg.setReadOnly(true);
                cfg.setDataSourceProperties(sessionSettings(dialect));
            }
            case POSTGRESQL -> {
                cfg.setDriverClassName("org.postgresql.Driver");
                cfg.setMaximumPoolSize(8);
                cfg.setReadOnly(true);
                cfg.setDataSourceProperties(sessionSettings(dialect));
                if (profile.user() != null && !profile.user().isBlank()) {
                    cfg.setUsername(profile.user());
                }
                if (profile.passwordEnv() != null && !profile.passwordEnv().isBlank()) {
                    String pw = env.get(profile.passwordEnv());
                    if (pw == null) {
                        throw new WarehouseException("The password variable " + profile.passwordEnv() + " named in warehouse profile '"
                                + profile.name() + "' is not set in the environment.");
                    }
                    cfg.setPassword(pw);
                }
            }
        }
        return new Warehouse(profile, dialect, new HikariDataSource(cfg));
    }

    /**
     * The driver properties of every warehouse connection: read-only, and the settings the KPI queries are tuned for.
     * The benchmark's raw floor opens its plain connection with these too, so it compares like with like.
     */
    public static Properties sessionSettings(Dialect dialect) {
        Properties props = new Properties();
        switch (dialect) {
            case SQLITE -> {
                SQLiteConfig sqlite = new SQLiteConfig();
                sqlite.setReadOnly(true); // SQLITE_OPEN_READONLY: a missing file is an error, not a new empty warehouse
                sqlite.setBusyTimeout(5_000);
                // analytics reads: distinct-counting in memory. Pages are read through an 8 MiB cache per connection,
                // not memory-mapped: a mapped warehouse counts in the console's resident memory (the 90 MB demo added
                // about 65 MB) and the file stays in the OS's page cache anyway; bench --summary measured the refresh
                // and the 90-day series no slower than with a 64 MiB cache and 1 GiB mapped (README, "Start-up and memory")
                sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
                sqlite.setCacheSize(-8_192); // KiB
                sqlite.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, "0");
                props.putAll(sqlite.toProperties());
            }
            case POSTGRESQL -> {
                props.setProperty("readOnlyMode", "always");
                props.setProperty("ApplicationName", "LiveOps Console");
                props.setProperty("connectTimeout", String.valueOf(CONNECT_SECONDS));
                props.setProperty("loginTimeout", String.valueOf(CONNECT_SECONDS));
                props.setProperty("sslResponseTimeout", String.valueOf(CONNECT_SECONDS * 1000));
                // dashboard queries are short: JIT compilation costs more than it saves (measured on 10 M sessions)
                props.setProperty("options", "-c jit=off");
            }
        }
        return props;
    }

    public WarehouseProfile profile() {
        return profile;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Short, password-free description for the status bar. */
    public String describe() {
        return profile.name() + " (" + dialect.id() + ": " + profile.safeUrl() + ")";
    }

    /** Largest number of queries that usefully run at once. */
    public int parallelism() {
        return pool.getMaximumPoolSize();
    }

    /**
     * Takes one connection and checks it, so a refresh learns at once that the warehouse is down
     * instead of every query waiting for the pool's timeout.
     */
    public void probe(Duration timeout, Cancellation cancellation) {
        cancellation.throwIfCancelled();
        try (Connection c = connection()) {
            if (!c.isValid((int) Math.max(1, timeout.toSeconds()))) {
                throw new WarehouseException("The connection to warehouse '" + profile.name() + "' (" + profile.safeUrl() + ") is not usable.");
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Runs a query whose every {@code ?} is the as-of day (single-day SQL files written for earlier versions).
     */
    public <T> T queryAsOf(String sql, LocalDate asOf, Duration timeout, Cancellation cancellation, ResultHandler<T> handler) {
        return run(sql, null, asOf, timeout, cancellation, handler);
    }

    /**
     * Runs a series query: exactly two placeholders, the first and the last day of the range (the KPI files' convention).
     *
     * @throws WarehouseException when the query has another number of placeholders, or fails
     */
    public <T> T queryRange(String sql, LocalDate first, LocalDate last, Duration timeout, Cancellation cancellation,
                            ResultHandler<T> handler) {
        return run(sql, List.of(first, last), null, timeout, cancellation, handler);
    }

    /** Runs a query with positional parameters, bound per dialect (dates and timestamps as the contract stores them). */
    public <T> T query(String sql, List<?> params, Duration timeout, Cancellation cancellation, ResultHandler<T> handler) {
        return run(sql, Objects.requireNonNull(params), null, timeout, cancellation, handler);
    }

    private <T> T run(String sql, List<?> params, LocalDate asOf, Duration timeout, Cancellation cancellation, ResultHandler<T> handler) {
        cancellation.throwIfCancelled();
        AtomicBoolean pastLimit = new AtomicBoolean();
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql);
             AutoCloseable ignored = cancellation.onCancel(() -> cancelQuietly(ps));
             TimeLimit limit = new TimeLimit(timeLimits.schedule(() -> {
                 pastLimit.set(true);
                 cancelQuietly(ps);
             }, Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS))) {
            int placeholders = ps.getParameterMetaData().getParameterCount();
            if (params != null && params.size() != placeholders) {
                throw new WarehouseException("the query has " + placeholders + " placeholder" + (placeholders == 1 ? "" : "s")
                        + " (?); a series file has exactly two, the first and the last day of the range");
            }
            List<?> values = params;
            if (values == null) {
                List<Object> days = new ArrayList<>(placeholders);
                for (int i = 0; i < placeholders; i++) {
                    days.add(asOf);
                }
                values = days;
            }
            for (int i = 0; i < values.size(); i++) {
                bind(ps, i + 1, values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return handler.handle(rs);
            }
        } catch (SQLException e) {
            cancellation.throwIfCancelled();
            if (pastLimit.get()) {
                throw new QueryTimeLimitException(timeout, "A query on warehouse '" + profile.name() + "' ran past its "
                        + QueryTimeLimitException.seconds(timeout) + " limit and was stopped.", e);
            }
            throw translate(e);
        } catch (WarehouseException | Cancellation.CancelledException e) {
            throw e;
        } catch (Exception e) {
            throw new WarehouseException("Warehouse query failed: " + e.getMessage(), e);
        }
    }

    /** The watchdog of one statement, disarmed when the statement ends. */
    private record TimeLimit(ScheduledFuture<?> alarm) implements AutoCloseable {
        @Override
        public void close() {
            alarm.cancel(false);
        }
    }

    private Connection connection() throws SQLException {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    private void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            if (value instanceof LocalDate d) {
                ps.setString(index, d.toString());
                return;
            }
            if (value instanceof LocalDateTime t) {
                ps.setString(index, t.format(SQLITE_TS));
                return;
            }
        }
        ps.setObject(index, value);
    }

    private static void cancelQuietly(PreparedStatement ps) {
        try {
            ps.cancel();
        } catch (SQLException ignored) {
            // the statement finished or closed meanwhile
        }
    }

    /** Turns driver errors into one sentence that names the warehouse and the likely cause. */
    WarehouseException translate(SQLException e) {
        String where = "warehouse '" + profile.name() + "' (" + profile.safeUrl() + ")";
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Throwable root = DriverErrors.rootCause(e);
        if (root instanceof UnknownHostException) {
            return new WarehouseException("Cannot reach " + where + ": unknown host " + root.getMessage() + ".", e);
        }
        if (e instanceof java.sql.SQLTransientConnectionException && e.getCause() instanceof SQLException cause && cause != e) {
            return translate(cause); // Hikari's "request timed out" hides the driver's reason
        }
        // the driver's login timeout ends a silent connect with its own "Connection attempt timed out" (08001) when the
        // machine is busy, the socket timeout when it is not: the same silent host either way
        boolean loginTimedOut = root instanceof SQLException r && "08001".equals(r.getSQLState())
                && String.valueOf(r.getMessage()).contains("timed out");
        if (dialect == Dialect.POSTGRESQL && (root instanceof SocketTimeoutException || root instanceof NoRouteToHostException
                || e instanceof java.sql.SQLTransientConnectionException || loginTimedOut)) {
            // an unroutable host or a server that never answers: the driver's own words ("setting up the SSL connection") mislead
            return new WarehouseException("Cannot reach " + where + ": the host could not be reached within " + CONNECT_SECONDS
                    + " seconds.", e);
        }
        if (root instanceof ConnectException || state.startsWith("08")) {
            return new WarehouseException("Cannot reach " + where + ": " + DriverErrors.firstLine(root.getMessage()) + ".", e);
        }
        if ("28P01".equals(state) || "28000".equals(state)) {
            return new WarehouseException("The warehouse refused the login for user '" + profile.user() + "' at " + where
                    + ": wrong password or user (set it in the variable named in the profile, or in ~/.pgpass).", e);
        }
        if ("3D000".equals(state)) {
            return new WarehouseException("The database named in " + where + " does not exist.", e);
        }

        String msg = DriverErrors.firstLine(e.getMessage());
        String rootMsg = String.valueOf(root.getMessage());
        if (dialect == Dialect.SQLITE && (rootMsg.contains("SQLITE_CANTOPEN") || rootMsg.contains("unable to open") || msg.contains("SQLITE_CANTOPEN"))) {
            return new WarehouseException("Cannot open the SQLite warehouse file of " + where + ": it does not exist or is not readable.", e);
        }
        return new WarehouseException("Query failed on " + where + ": " + msg, e);
    }

    @Override
    public void close() {
        timeLimits.shutdownNow();
        pool.close();
    }
}
