package io.liveops.console.testkit;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.warehouse.DemoWarehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A small demo warehouse (same generator, a tenth of the users), built once per test JVM, with a pinned
 * last day so tests are deterministic. The PostgreSQL copy holds the very same rows.
 */
public final class DemoFixture {

    public static final LocalDate LAST_DAY = LocalDate.of(2025, 11, 20);
    public static final double SCALE = 0.1;

    private static Path sqlite;
    private static Path full;
    private static String postgres;

    private DemoFixture() {}

    public static DemoWarehouse.Options options() {
        Clock dayAfter = Clock.fixed(LAST_DAY.plusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return DemoWarehouse.Options.defaults(dayAfter).withScale(SCALE);
    }

    public static synchronized Path smallDemoFile() {
        if (sqlite == null) {
            Path file = TestFolders.create("liveops-demo-fixture").resolve("demo.db"); // deleted when the test JVM ends
            DemoWarehouse.writeSqlite(file, options(), BackgroundTask.Progress.NONE, Cancellation.none());
            sqlite = file;
        }
        return sqlite;
    }

    /** The demo warehouse at its real size (the one users see; ~4 s to build), for stories that need full samples. */
    public static synchronized String fullDemoUrl() {
        if (full == null) {
            Path file = TestFolders.create("liveops-demo-full").resolve("demo.db"); // deleted when the test JVM ends
            DemoWarehouse.writeSqlite(file, options().withScale(1.0), BackgroundTask.Progress.NONE, Cancellation.none());
            full = file;
        }
        return "jdbc:sqlite:" + full.toAbsolutePath();
    }

    public static String smallDemoUrl() {
        return "jdbc:sqlite:" + smallDemoFile().toAbsolutePath();
    }

    /** The same rows in a fresh PostgreSQL database (skips or fails like every PostgreSQL test when there is no server). */
    public static synchronized String smallDemoPostgresUrl() {
        if (postgres == null) {
            String url = PostgresTestServer.createDatabase();
            DemoWarehouse.loadPostgres(url, null, null, options(), BackgroundTask.Progress.NONE, Cancellation.none());
            postgres = url;
        }
        return postgres;
    }

    /** A private copy of the small demo file that a test may alter (drop a table, …). */
    public static Path copyOfSmallDemo(Path dir) {
        try {
            Path copy = dir.resolve("demo-copy.db");
            Files.copy(smallDemoFile(), copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
