package io.liveops.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.shared.AppPaths;
import io.liveops.console.testkit.DemoFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} prints the figures it promises, reads a foreign warehouse as of its own latest day and without the demo's
 * experiments, and prints no figures at all when a run fails. The figures themselves are not asserted: timings on a
 * shared machine are the benchmark's business, not a test's.
 */
@Tag("postgres")
class BenchCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        // a clock far after the warehouse's last day: the default as-of day must come from the warehouse, not from it
        Clock clock = Clock.fixed(DemoFixture.LAST_DAY.plusDays(200).atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new Cli(AppPaths.under(home), clock, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    @Test
    void aForeignWarehouseIsMeasuredAsOfItsLatestDayAndWithoutTheDemosExperiments() throws Exception {
        Path copy = DemoFixture.copyOfSmallDemo(home);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
            st.execute("DELETE FROM experiment_events");
            st.execute("DELETE FROM experiment_exposures");
            st.execute("DELETE FROM experiments");
        }
        assertThat(run("bench", "--sqlite", copy.toString(), "--runs", "1", "--summary")).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("as of " + DemoFixture.LAST_DAY)
                .containsPattern("full refresh: +median +[0-9,]+ ms .*\\| raw SQL floor +[0-9,]+ ms \\| ratio ")
                .containsPattern("90-day series: +median +[0-9,]+ ms .*x the full refresh")
                .contains("skipped, the warehouse has no experiments")
                .contains("summary (medians, ms)").contains("peak heap");
    }

    @Test
    void theDefaultRunMeasuresTheDemoWithAndWithoutItsIndexes() {
        assertThat(run("bench", "--scale", "0.03", "--runs", "1", "--summary")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("SQLite demo (13 of 13 recommended indexes)")
                .contains("SQLite demo, no secondary index (0 of 13 recommended indexes)")
                .contains("experiment analyze abx-xp-curve-s1");
    }

    @Test
    void aFailedRunPrintsNoFigures() throws Exception {
        Path copy = DemoFixture.copyOfSmallDemo(home);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
            st.execute("DROP TABLE fraud_flags");
        }
        assertThat(run("bench", "--sqlite", copy.toString(), "--runs", "1")).isEqualTo(3);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("The benchmark stopped, so it prints no figures").contains("fraud_flags");
    }

    @Test
    void demoWithoutIndexesHasOnlyThePrimaryKeysAndAPasswordInThePostgresUrlIsRefused() {
        Path file = home.resolve("bare.db");
        assertThat(run("demo", "--out", file.toString(), "--scale", "0.02", "--last-day", "2025-11-20", "--no-indexes"))
                .as(err.toString()).isZero();
        try (io.liveops.console.warehouse.Warehouse w = io.liveops.console.warehouse.Warehouse.open(
                io.liveops.console.warehouse.WarehouseProfile.ofUrl("jdbc:sqlite:" + file), Map.of())) {
            var check = new io.liveops.console.warehouse.WarehouseInspector(w,
                    new io.liveops.console.warehouse.SqlCatalog(w.dialect(), null)).check(java.time.Duration.ofSeconds(30),
                    io.liveops.console.background.Cancellation.none());
            assertThat(check.presentIndexes()).isEmpty();
            assertThat(check.missingTables()).isEmpty();
        }
        err.getBuffer().setLength(0);
        assertThat(run("demo", "--postgres", "jdbc:postgresql://db:5432/demo?password=hunter2")).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().contains("contains a password").doesNotContain("hunter2");
        err.getBuffer().setLength(0);
        assertThat(run("bench", "--postgres", "jdbc:postgresql://db:5432/demo", "--password-env", "NO_SUCH_VARIABLE_SET")).isEqualTo(2);
        assertThat(err.toString().trim()).isEqualTo("The password variable NO_SUCH_VARIABLE_SET given with --password-env is not set.");
    }
}
