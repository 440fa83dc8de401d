package io.liveops.console.state;


import io.liveops.console.warehouse.DriverErrors;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;

/**
 * The console's own data (settings, connection profiles, alert history, and later checklist runs,
 * incidents and the calendar), as opposed to the read-only warehouse.
 *
 * <p>Two back ends share one schema, managed by Flyway migrations under
 * {@code classpath:db/state} ({@code V1__settings_profiles_alerts.sql}, …):
 * <ul>
 *   <li>{@link #openSqlite(Path, Clock)}: the default, one file in the user's data folder. WAL journal
 *   with {@code synchronous=FULL}: every commit fsyncs the WAL before it returns, so a write the
 *   console acknowledged survives a power cut, not only a crash (NORMAL would keep the database
 *   consistent but may lose the last commits on power loss; state writes are rare, so the fsync is cheap).
 *   One pooled connection: SQLite has one writer anyway, and one connection keeps writes in order.</li>
 *   <li>{@link #openPostgres(String, String, String, Clock)}: team mode, a shared PostgreSQL database
 *   in its default schema, so several directors see one board.</li>
 * </ul>
 * Repositories commit every write before returning. Usage:
 * <pre>{@code
 * try (StateStore store = StateStore.openSqlite(paths.stateStore(), clock)) {
 *     store.settings().put("theme", "\"dark\"");
 *     store.connectionProfiles().save(new WarehouseProfile("Prod", url, "director", "LIVEOPS_PG_PASSWORD"));
 * }
 * }</pre>
 */
public final class StateStore implements AutoCloseable {

    /** Work done on one connection; the store turns its SQLException into a user sentence. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    static final String MIGRATIONS = "classpath:db/state";
    private static final Duration SQLITE_BUSY_TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern SECRET_PARAM = Pattern.compile("(?i)(password|sslpassword)=[^&;]*");

    private final HikariDataSource pool;
    private final boolean teamMode;
    private final String description;
    private final SettingsRepository settings;
    private final ConnectionProfileRepository connectionProfiles;

    private StateStore(HikariDataSource pool, boolean teamMode, String description, Clock clock) {
        this.pool = pool;
        this.teamMode = teamMode;
        this.description = description;
        this.settings = new SettingsRepository(this, clock);
        this.connectionProfiles = new ConnectionProfileRepository(this, clock);
    }

    /** Opens (creating and migrating as needed) the local state file, stamping times from the system clock. */
    public static StateStore openSqlite(Path file) {
        return openSqlite(file, Clock.systemUTC());
    }

    /** Opens (creating and migrating as needed) the local state file. */
    public static StateStore openSqlite(Path file, Clock clock) {
        return openSqlite(file, clock, SQLITE_BUSY_TIMEOUT);
    }

    static StateStore openSqlite(Path file, Clock clock, Duration busyTimeout) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new StateStoreException("Cannot create the folder " + folder + " for the console's state file " + absolute
                    + " (it is not writable or a file is in the way).", e,
                    Files.isRegularFile(folder) ? folder : null);
        }
        if (Files.isDirectory(absolute)) {
            throw new StateStoreException("The state file " + absolute + " is a folder, not a SQLite database file.", null, absolute);
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout((int) busyTimeout.toMillis());
        sqlite.enforceForeignKeys(true);

        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("state-sqlite");
        cfg.setDriverClassName("org.sqlite.JDBC");
        cfg.setJdbcUrl("jdbc:sqlite:" + absolute);
        cfg.setDataSourceProperties(sqlite.toProperties());
        cfg.setMaximumPoolSize(1);
        cfg.setMinimumIdle(1);
        cfg.setAutoCommit(true);
        // the single connection may wait for another process's write lock as long as SQLite's busy timeout
        cfg.setConnectionTimeout(busyTimeout.toMillis() + 10_000);
        cfg.setInitializationFailTimeout(1); // open fails now, with a sentence, instead of on the first save
        HikariDataSource pool = createPool(cfg, e -> sqliteFailure(absolute, e));
        try {
            requireDurableJournal(pool, absolute);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        migrate(pool, "INTEGER PRIMARY KEY AUTOINCREMENT", e -> sqliteFailure(absolute, e));
        return new StateStore(pool, false, "local state file " + absolute, clock);
    }

    /** Opens the shared team database (creating and migrating the schema as needed), stamping times from the system clock. */
    public static StateStore openPostgres(String jdbcUrl, String user, String passwordEnvValueOrNull) {
        return openPostgres(jdbcUrl, user, passwordEnvValueOrNull, Clock.systemUTC());
    }

    /**
     * Opens the shared team database.
     *
     * @param passwordEnvValueOrNull the password as read from the environment variable the user named,
     *                               or null to rely on ~/.pgpass or trust authentication
     */
    public static StateStore openPostgres(String jdbcUrl, String user, String passwordEnvValueOrNull, Clock clock) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new StateStoreException("The team state database URL " + redact(jdbcUrl) + " is not a jdbc:postgresql:// URL.");
        }
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("state-postgresql");
        cfg.setDriverClassName("org.postgresql.Driver");
        cfg.setJdbcUrl(jdbcUrl);
        if (user != null && !user.isBlank()) {
            cfg.setUsername(user);
        }
        if (passwordEnvValueOrNull != null) {
            cfg.setPassword(passwordEnvValueOrNull);
        }
        cfg.setMaximumPoolSize(4);
        cfg.setMinimumIdle(0);
        cfg.setAutoCommit(true);
        cfg.setConnectionTimeout(10_000);
        cfg.setInitializationFailTimeout(1);
        cfg.addDataSourceProperty("ApplicationName", "LiveOps Console (state)");
        cfg.addDataSourceProperty("connectTimeout", "5");
        String where = "the team state database " + redact(jdbcUrl);
        HikariDataSource pool = createPool(cfg, e -> postgresFailure(where, e));
        migrate(pool, "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", e -> postgresFailure(where, e));
        String who = user == null || user.isBlank() ? "" : " as " + user;
        return new StateStore(pool, true, "team state database " + redact(jdbcUrl) + who, clock);
    }

    /** True when the state lives in a shared PostgreSQL database. */
    public boolean teamMode() {
        return teamMode;
    }

    /** Where the state lives, password-free, for the status bar and error messages. */
    public String describe() {
        return description;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public ConnectionProfileRepository connectionProfiles() {
        return connectionProfiles;
    }



    @Override
    public void close() {
        pool.close();
    }

    /** Runs read-only work on an auto-commit connection (public for repositories of feature packages). */
    public <T> T read(String what, SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Runs work in one transaction that is committed before this returns (public for repositories of
     * feature packages). When the connection died under the work, the driver's own error is the one
     * reported: what the rollback and the auto-commit reset then throw on the dead connection is kept
     * as suppressed, never in its place.
     */
    public <T> T write(String what, SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            T result;
            try {
                result = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                restoreAutoCommit(c, e);
                throw e;
            }
            restoreAutoCommit(c, null); // committed: a connection dying now does not undo the write (the pool resets it anyway)
            return result;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private StateStoreException failure(String what, SQLException e) {
        String msg = DriverErrors.firstLine(e.getMessage());
        if (!teamMode && isLocked(msg)) {
            return new StateStoreException("Could not " + what + ": the " + description + " is locked by another program.", e);
        }
        String state = sqlStateOf(e);
        if (teamMode && (state.startsWith("57P0") || state.startsWith("08"))) {
            String why = state.startsWith("57P0") ? "the team database restarted (the server ended the connection)"
                    : "the connection to the team database was lost (" + msg + ")";
            return new StateStoreException("Could not " + what + ": " + why + ".", e, true);
        }
        return new StateStoreException("Could not " + what + " in the " + description + ": " + msg, e);
    }

    private static void rollbackQuietly(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e); // the original failure is the one worth reporting
        }
    }

    private static void restoreAutoCommit(Connection c, Exception failure) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    /** The first SQLState along the causes (the pool wraps the driver's), or "". */
    private static String sqlStateOf(Throwable t) {
        for (Throwable r = t; r != null; r = r.getCause() == r ? null : r.getCause()) {
            if (r instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return "";
    }

    private interface Failure {
        StateStoreException from(Exception e);
    }

    private static HikariDataSource createPool(HikariConfig cfg, Failure failure) {
        try {
            return new HikariDataSource(cfg);
        } catch (RuntimeException e) { // HikariPool.PoolInitializationException carries the driver's SQLException
            throw failure.from(e);
        }
    }

    private static void migrate(HikariDataSource pool, String idPrimaryKey, Failure failure) {
        try {
            // one migration text for both databases: Flyway substitutes ${id_pk} with the generated-key column
            Flyway.configure()
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .placeholders(Map.of("id_pk", idPrimaryKey))
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException | IllegalStateException e) {
            pool.close();
            throw failure.from(e);
        }
    }

    /**
     * What the console says is saved must survive a power cut: the connection must really run with a
     * write-ahead log and {@code synchronous=FULL} (or EXTRA), as read back from SQLite itself, not
     * as asked for in the driver's settings (a file system without shared memory silently keeps the
     * rollback journal, for instance).
     */
    private static void requireDurableJournal(HikariDataSource pool, Path file) {
        try (Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement()) {
            String journal;
            int synchronous;
            try (java.sql.ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                journal = rs.next() ? rs.getString(1) : "";
            }
            try (java.sql.ResultSet rs = st.executeQuery("PRAGMA synchronous")) {
                synchronous = rs.next() ? rs.getInt(1) : -1;
            }
            if (!"wal".equalsIgnoreCase(journal) || synchronous < SYNCHRONOUS_FULL) {
                throw new StateStoreException("The state file " + file + " runs with journal_mode=" + journal + " and synchronous="
                        + synchronous + "; the console needs WAL with synchronous FULL (2) or EXTRA (3) so that what it says is saved"
                        + " survives a power cut. Put the data folder on a local disk.");
            }
        } catch (SQLException e) {
            throw sqliteFailure(file, e);
        }
    }

    /** SQLite's code for {@code PRAGMA synchronous=FULL}; EXTRA is 3. */
    static final int SYNCHRONOUS_FULL = 2;

    /** The journal mode and synchronous level the connection runs with now, read back from SQLite (for tests and support). */
    public String journalSettings() {
        return read("reading the journal settings", c -> {
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet j = st.executeQuery("PRAGMA journal_mode")) {
                String journal = j.next() ? j.getString(1) : "";
                try (java.sql.ResultSet sy = st.executeQuery("PRAGMA synchronous")) {
                    return "journal_mode=" + journal + " synchronous=" + (sy.next() ? sy.getInt(1) : -1);
                }
            }
        });
    }

    private static StateStoreException sqliteFailure(Path file, Exception e) {
        String where = "the state file " + file;
        String all = allMessages(e);
        if (all.contains("SQLITE_NOTADB") || all.contains("file is not a database") || all.contains("SQLITE_CORRUPT")) {
            return new StateStoreException("The state file " + file
                    + " is not a SQLite database (damaged, or another program's file): move it aside and the console creates a fresh one.",
                    e, file);
        }
        if (isLocked(all)) {
            return new StateStoreException("The state file " + file + " is locked by another program (another LiveOps Console?): close it and try again.", e);
        }
        if (all.contains("SQLITE_CANTOPEN") || all.contains("SQLITE_READONLY") || all.contains("unable to open")
                || all.contains("readonly database")) {
            return new StateStoreException("Cannot write " + where + ": the file or its folder is not writable.", e);
        }
        return new StateStoreException("Cannot open " + where + ": " + DriverErrors.firstLine(DriverErrors.rootCause(e).getMessage()), e);
    }

    private static StateStoreException postgresFailure(String where, Exception e) {
        Throwable root = DriverErrors.rootCause(e);
        SQLException sql = findSqlException(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (root instanceof UnknownHostException) {
            return new StateStoreException("Cannot reach " + where + ": unknown host " + root.getMessage() + ".", e);
        }
        if (root instanceof ConnectException || state.startsWith("08")) {
            return new StateStoreException("Cannot reach " + where + ": " + DriverErrors.firstLine(root.getMessage()) + ".", e);
        }
        if ("28P01".equals(state) || "28000".equals(state)) {
            return new StateStoreException(capitalise(where) + " refused the login: wrong user or password.", e);
        }
        if ("3D000".equals(state)) {
            return new StateStoreException(capitalise(where) + " does not exist.", e);
        }
        return new StateStoreException("Cannot open " + where + ": " + DriverErrors.firstLine(root.getMessage()), e);
    }

    private static boolean isLocked(String message) {
        return message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED") || message.contains("database is locked");
    }

    private static SQLException findSqlException(Throwable t) {
        for (Throwable r = t; r != null; r = r.getCause() == r ? null : r.getCause()) {
            if (r instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static String allMessages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable r = t; r != null; r = r.getCause() == r ? null : r.getCause()) {
            sb.append(r.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String redact(String url) {
        return url == null ? "" : SECRET_PARAM.matcher(url).replaceAll("$1=***");
    }
}
