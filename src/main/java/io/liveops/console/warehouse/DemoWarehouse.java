package io.liveops.console.warehouse;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.warehouse.demo.DemoDataGenerator;
import io.liveops.console.warehouse.demo.DemoStory;
import io.liveops.console.warehouse.demo.DemoTable;
import io.liveops.console.warehouse.demo.PostgresCopyRowSink;
import io.liveops.console.warehouse.demo.SqlScript;
import io.liveops.console.warehouse.demo.SqliteRowSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.sqlite.SQLiteConfig;

/**
 * The demo warehouse: a deterministic, seeded live-ops history following the warehouse contract,
 * written to a SQLite file (the zero-setup default) or loaded into an empty PostgreSQL database. Both
 * get the identical rows from one generator, so every KPI gives the same value on either.
 *
 * <p><b>The story</b> (defaults: seed 20250301, 75 days ending yesterday UTC, scale 1). Day offsets are
 * counted back from the last day {@code L}, so the plot is the same whatever day the console opens:
 * <ul>
 *   <li><b>Launch</b> on {@code L-74}: about 20,000 players sign up over 75 days, with a launch rush in
 *       the first week and weekend peaks. Retention: D1 about 40 %, D7 about 20 %, D30 about 8–9 %; about
 *       270,000 sessions; one player in eight is a loyal daily core, the rest drift away within weeks
 *       (DAU/MAU about 0.26–0.30, weekends higher).</li>
 *   <li><b>Seasons</b>: S1 "Awakening" until {@code L-30}, S2 "Frostfall" from {@code L-29} (runs past
 *       {@code L}). In S2 gold rewards creep up: the earn/spend ratio climbs from about 1.2 to about 1.6
 *       and the market price index (20 items) to about 1.12 by {@code L} (both warnings).</li>
 *   <li><b>Bad client release</b> on {@code L-16}: a new client version crashes about 10 % of its sessions
 *       (crash-free rate about 94 % that day, critical); a forced hotfix ships the next day. Otherwise about
 *       1.45 % of sessions crash.</li>
 *   <li><b>Outage</b> on {@code L-9}, 13:40–16:10 UTC: half the API calls fail with 502/503/504 (error rate
 *       about 7 % for the day), error_events spike with dozens of criticals ("Database connection pool
 *       exhausted"), infra metrics pin (CPU 96 %+, RDS connections near 200), 4x support tickets mostly
 *       answered late, Discord and Twitter light up, NPS dips for a few days.</li>
 *   <li><b>Bad latency day</b> on {@code L-4}: a slow-query regression, API p95 above 300 ms all day
 *       (normally about 120 ms).</li>
 *   <li><b>Fraud bursts</b> (a wash-trading ring on the market) on {@code L-30} (~9, warning),
 *       {@code L-20} (~15, warning) and on {@code L} itself (24+, critical).</li>
 *   <li><b>The last day {@code L}</b>: critical — fraud_flags_24h (24+) and BTC down about 12 % in 24 h
 *       (evening sell-off 14:00–18:00 UTC; ETH about -9 %, warning; fear &amp; greed drops to about 20);
 *       warnings — inflation index and earn/spend ratio (on weekdays retention and DAU/MAU may sit near
 *       their warning lines); NPS in the mid-40s, below target; the rest healthy.</li>
 *   <li><b>Experiments</b>: {@code abx-xp-curve-s1} "XP curve rework" (S1, ended; converted: control 45 %
 *       vs variant 52 %, ~2,000 per arm: a clear winner); {@code abx-shop-layout} "Shop layout B" (last 21
 *       days, running; revenue_usd per player, ~1,500 per arm: flat); {@code abx-onboarding-v2} "Onboarding
 *       v2" (running; ~5,000 control vs ~5,600 variant exposures: sample-ratio mismatch, converted 30 % vs
 *       31.5 %). Each also records the guardrail {@code session_crash} (about 1.5 % in both arms).</li>
 * </ul>
 * Scale multiplies players and everything per player (sessions, ledger, API traffic, trades, tickets,
 * experiments): scale 40 gives about 10.5 million sessions and 36 million rows (about 3 minutes,
 * 3.3 GB of SQLite). Absolute-threshold signals (fraud flags, community, infra metrics, watchlist,
 * fear &amp; greed) keep their size so the story still reads.
 */
public final class DemoWarehouse {

    public static final String SQLITE_SCHEMA = "sql/demo/sqlite-schema.sql";
    public static final String POSTGRESQL_SCHEMA = "sql/demo/postgresql-schema.sql";
    public static final String INDEXES = "sql/demo/recommended-indexes.sql";

    private static final double GENERATION_SHARE = 0.85;
    private static final double INDEX_SHARE = 0.12;

    private DemoWarehouse() {}

    /**
     * What to generate.
     *
     * @param seed    random seed: the same options always give the same rows
     * @param lastDay the last day with data (UTC), the day the dashboard's story peaks
     * @param days    history length, at least {@value DemoStory#MIN_DAYS}
     * @param scale   1.0 is about 20,000 players and 270,000 sessions; 40 is about 10.5 million sessions
     * @param recommendedIndexes false for a warehouse with only the contract's primary keys (one the console did not
     *                           build, read through an account that cannot add indexes)
     */
    public record Options(long seed, LocalDate lastDay, int days, double scale, boolean recommendedIndexes) {
        public static final long DEFAULT_SEED = 20250301L;
        public static final int DEFAULT_DAYS = 75;

        public Options {
            Objects.requireNonNull(lastDay, "lastDay");
            if (days < DemoStory.MIN_DAYS) {
                throw new IllegalArgumentException("The demo warehouse needs at least " + DemoStory.MIN_DAYS + " days, got " + days);
            }
            if (!(scale > 0) || scale > 1000) {
                throw new IllegalArgumentException("The demo scale must be above 0 and at most 1000, got " + scale);
            }
        }

        /** Options with the recommended indexes. */
        public Options(long seed, LocalDate lastDay, int days, double scale) {
            this(seed, lastDay, days, scale, true);
        }

        /** The fixed seed, 75 days ending yesterday (UTC) by the given clock, scale 1, the recommended indexes. */
        public static Options defaults(Clock clock) {
            return new Options(DEFAULT_SEED, LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1), DEFAULT_DAYS, 1.0);
        }

        public Options withSeed(long newSeed) {
            return new Options(newSeed, lastDay, days, scale, recommendedIndexes);
        }

        public Options withLastDay(LocalDate newLastDay) {
            return new Options(seed, newLastDay, days, scale, recommendedIndexes);
        }

        public Options withDays(int newDays) {
            return new Options(seed, lastDay, newDays, scale, recommendedIndexes);
        }

        public Options withScale(double newScale) {
            return new Options(seed, lastDay, days, newScale, recommendedIndexes);
        }

        /** The same rows with only the contract's primary keys. */
        public Options withoutIndexes() {
            return new Options(seed, lastDay, days, scale, false);
        }
    }

    /** Rows written per table (contract table names, in load order) and the wall-clock time it took. */
    public record Stats(Map<String, Long> rowCounts, long millis) {
        public Stats {
            rowCounts = Collections.unmodifiableMap(new LinkedHashMap<>(rowCounts));
        }

        public long rows(String table) {
            return rowCounts.getOrDefault(table, 0L);
        }

        public long totalRows() {
            return rowCounts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** "1,234,567 rows (users 20,000, sessions 255,000, api_requests 400,000) in 4,321 ms". */
        public String summary() {
            return String.format(java.util.Locale.ROOT, "%,d rows (users %,d, sessions %,d, api_requests %,d) in %,d ms", totalRows(),
                    rows("users"), rows("sessions"), rows("api_requests"), millis);
        }
    }

    /** The dates of the story the given options produce (for the README, the dashboard tour and tests). */
    public static DemoStory story(Options options) {
        return generator(options, Cancellation.none()).story();
    }

    /**
     * Generates the demo warehouse into a SQLite file. The data goes to a temporary file next to
     * {@code file} that replaces it in one atomic rename at the end, so a half-written warehouse is
     * never seen under the real name; on failure or cancellation the temporary file is deleted.
     *
     * @throws Cancellation.CancelledException when cancelled (no file is left behind)
     * @throws WarehouseException when the file cannot be written
     */
    /** SQLite's application id of a demo warehouse file, "LODW" (LiveOps demo warehouse) in ASCII. */
    static final int DEMO_APPLICATION_ID = 0x4C4F4457;

    /**
     * True when {@code file} is a SQLite demo warehouse written by this console (it carries the demo's application id),
     * so replacing it loses nothing the user made; false for any other file, a SQLite file of someone else included.
     */
    public static boolean isDemoFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(72);
            // the SQLite header: the magic string, then the application id as a big-endian integer at offset 68
            if (header.length < 72 || !new String(header, 0, 15, java.nio.charset.StandardCharsets.US_ASCII).equals("SQLite format 3")) {
                return false;
            }
            return java.nio.ByteBuffer.wrap(header, 68, 4).getInt() == DEMO_APPLICATION_ID;
        } catch (IOException e) {
            return false;
        }
    }

    public static Stats writeSqlite(Path file, Options options, BackgroundTask.Progress progress, Cancellation cancellation) {
        long started = System.nanoTime();
        Path target = file.toAbsolutePath();
        Path temp;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new WarehouseException("Cannot create the demo warehouse in " + target.getParent() + ": " + e.getMessage(), e);
        }
        boolean moved = false;
        try {
            Map<String, Long> counts;
            SQLiteConfig config = new SQLiteConfig();
            // a throwaway file until the rename: no journal, no fsync, one big transaction
            config.setJournalMode(SQLiteConfig.JournalMode.OFF);
            config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            config.setCacheSize(-262_144);
            try (Connection c = config.createConnection("jdbc:sqlite:" + temp)) {
                c.setAutoCommit(false);
                execute(c, SqlScript.load(SQLITE_SCHEMA));
                SqliteRowSink sink = new SqliteRowSink(c);
                generator(options, cancellation).generate(sink, (f, table) ->
                        progress.update(f * GENERATION_SHARE, "Writing " + table));
                sink.finish();
                counts = tableNames(sink.counts());
                if (options.recommendedIndexes()) {
                    createIndexes(c, progress, cancellation);
                }
                progress.update(GENERATION_SHARE + INDEX_SHARE, "Analysing");
                try (Statement st = c.createStatement()) {
                    st.execute("ANALYZE");
                    // the file says it is the console's demo: demo --out --force replaces such a file and nothing else
                    st.execute("PRAGMA application_id = " + DEMO_APPLICATION_ID);
                }
                c.commit();
            }
            cancellation.throwIfCancelled();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            progress.update(1.0, "Demo warehouse ready");
            return new Stats(counts, (System.nanoTime() - started) / 1_000_000);
        } catch (Cancellation.CancelledException | WarehouseException e) {
            throw e;
        } catch (Exception e) {
            throw new WarehouseException("Cannot write the demo warehouse " + target + ": " + e.getMessage(), e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray *.tmp is harmless: it never carries the warehouse's name
                }
            }
        }
    }

    /**
     * Loads the same rows into an existing, empty PostgreSQL database: schema, COPY of every table,
     * indexes and ANALYZE, all in one transaction, so a failure or cancellation leaves it empty.
     *
     * @param user     may be null when the URL carries it
     * @param password may be null
     * @throws WarehouseException when the database already holds warehouse tables or the load fails
     * @throws Cancellation.CancelledException when cancelled (everything is rolled back)
     */
    public static Stats loadPostgres(String jdbcUrl, String user, String password, Options options,
                                     BackgroundTask.Progress progress, Cancellation cancellation) {
        long started = System.nanoTime();
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, props)) {
            List<String> existing = existingTables(c);
            if (!existing.isEmpty()) {
                throw new WarehouseException("The PostgreSQL database " + c.getCatalog() + " already has warehouse tables ("
                        + String.join(", ", existing) + "); load the demo only into an empty database.");
            }
            c.setAutoCommit(false);
            PostgresCopyRowSink sink = new PostgresCopyRowSink(c.unwrap(PGConnection.class).getCopyAPI());
            try (AutoCloseable ignored = cancellation.onCancel(() -> cancelQuietly(c))) {
                execute(c, SqlScript.load(POSTGRESQL_SCHEMA));
                generator(options, cancellation).generate(sink, (f, table) ->
                        progress.update(f * GENERATION_SHARE, "Loading " + table));
                sink.finish();
                if (options.recommendedIndexes()) {
                    createIndexes(c, progress, cancellation);
                }
                progress.update(GENERATION_SHARE + INDEX_SHARE, "Analysing");
                try (Statement st = c.createStatement()) {
                    st.execute("ANALYZE");
                }
                cancellation.throwIfCancelled();
                c.commit();
            } catch (Exception e) {
                sink.abort();
                rollbackQuietly(c);
                throw e;
            }
            progress.update(1.0, "Demo warehouse loaded");
            return new Stats(tableNames(sink.counts()), (System.nanoTime() - started) / 1_000_000);
        } catch (Cancellation.CancelledException | WarehouseException e) {
            throw e;
        } catch (Exception e) {
            if (cancellation.isCancelled()) {
                throw new Cancellation.CancelledException();
            }
            throw new WarehouseException("Cannot load the demo warehouse into PostgreSQL (" + jdbcUrl + "): "
                    + e.getMessage(), e);
        }
    }

    private static DemoDataGenerator generator(Options o, Cancellation cancellation) {
        return new DemoDataGenerator(o.seed(), o.lastDay(), o.days(), o.scale(), cancellation);
    }

    private static List<String> existingTables(Connection c) throws SQLException {
        String[] names = Arrays.stream(DemoTable.values()).map(DemoTable::tableName).toArray(String[]::new);
        Array array = c.createArrayOf("text", names);
        List<String> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_name = ANY (?) ORDER BY table_name")) {
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private static void createIndexes(Connection c, BackgroundTask.Progress progress, Cancellation cancellation)
            throws SQLException {
        List<String> statements = SqlScript.load(INDEXES);
        for (int i = 0; i < statements.size(); i++) {
            cancellation.throwIfCancelled();
            progress.update(GENERATION_SHARE + INDEX_SHARE * i / statements.size(), "Indexing");
            try (Statement st = c.createStatement()) {
                st.execute(statements.get(i));
            }
        }
    }

    private static void execute(Connection c, List<String> statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private static Map<String, Long> tableNames(Map<DemoTable, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        for (DemoTable t : DemoTable.values()) {
            named.put(t.tableName(), counts.getOrDefault(t, 0L));
        }
        return named;
    }

    private static void cancelQuietly(Connection c) {
        try {
            c.unwrap(PGConnection.class).cancelQuery();
        } catch (SQLException ignored) {
            // nothing running to cancel: the generator notices the flag itself
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // closing the connection discards the transaction anyway
        }
    }
}
