package io.liveops.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpi} over a range of days, bad ranges and bad connection input, the time limit, days without data, {@code --explain}. */
class KpiCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Clock clock = Clock.fixed(DemoFixture.LAST_DAY.plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new Cli(AppPaths.under(home), clock, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    private String takeOut() {
        String s = out.toString();
        out.getBuffer().setLength(0);
        return s;
    }

    @Test
    void aRangePrintsTheSameDocumentAsEachDayOldestFirst() throws Exception {
        String url = DemoFixture.smallDemoUrl();
        assertThat(run("kpi", "--warehouse", url, "--from", "2025-11-18", "--to", "2025-11-20")).as(err.toString()).isZero();
        JsonNode range = new ObjectMapper().readTree(takeOut());
        assertThat(range.isArray()).isTrue();
        assertThat(range).hasSize(3);
        List<String> days = new ArrayList<>();
        range.forEach(d -> days.add(d.get("as_of").asText()));
        assertThat(days).containsExactly("2025-11-18", "2025-11-19", "2025-11-20");
        for (int i = 0; i < 3; i++) {
            assertThat(run("kpi", "--warehouse", url, "--as-of", days.get(i))).isZero();
            assertThat(range.get(i)).as(days.get(i)).isEqualTo(new ObjectMapper().readTree(takeOut()));
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aRangeAsCsvIsOneRowPerDay() {
        assertThat(run("kpi", "--warehouse", DemoFixture.smallDemoUrl(), "--from", "2025-11-19", "--to", "2025-11-20", "--format", "csv"))
                .isZero();
        List<String> lines = takeOut().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("day,dau,wau,mau,dau_mau,").contains("watch_change_24h:BTC");
        assertThat(lines.get(1)).startsWith("2025-11-19,");
        assertThat(lines.get(2)).startsWith("2025-11-20,");
    }

    @Test
    void badRangesAreRefusedWithOneSentenceAndExitTwo() {
        String url = DemoFixture.smallDemoUrl();
        String[][] cases = {
                {"--from", "2025-11-20", "--to", "2025-11-19"},
                {"--from", "2024-01-01", "--to", "2025-11-20"},
                {"--from", "2025-11-20"},
                {"--as-of", "2025-11-20", "--from", "2025-11-19", "--to", "2025-11-20"},
                {"--from", "2025-11-31", "--to", "2025-12-02"}};
        String[] expected = {"Invalid range: --from 2025-11-20 is after --to 2025-11-19.",
                "Invalid range: 2024-01-01 to 2025-11-20 spans 690 days; at most 366 are allowed.",
                "A range needs both --from and --to",
                "Give either --as-of or --from and --to, not both.",
                "Invalid --from '2025-11-31': expected a calendar day as YYYY-MM-DD"};
        for (int i = 0; i < cases.length; i++) {
            List<String> args = new ArrayList<>(List.of("kpi", "--warehouse", url));
            args.addAll(List.of(cases[i]));
            assertThat(run(args.toArray(String[]::new))).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(err.toString().lines()).as(String.join(" ", cases[i])).singleElement().asString().startsWith(expected[i]);
            assertThat(out.toString()).isEmpty();
            err.getBuffer().setLength(0);
        }
    }

    @Test
    void badConnectionInputIsExitTwoInOneSentenceWithoutDriverNoise() {
        PrintStream terminal = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            for (String url : List.of("jdbc:postgresql://[bad:host/db", "jdbc:postgresql://localhost:abc/demo")) {
                assertThat(run("kpi", "--warehouse", url, "--as-of", "2025-11-20")).as(url).isEqualTo(2);
                assertThat(err.toString().lines()).as(url).singleElement().asString().contains("is malformed");
                err.getBuffer().setLength(0);
            }
            assertThat(run("kpi", "--warehouse", "jdbc:postgresql://db:5432/analytics?user=me&password=hunter2", "--as-of", "2025-11-20"))
                    .isEqualTo(2);
            assertThat(err.toString().lines()).singleElement().asString().contains("contains a password").contains("--password-env")
                    .doesNotContain("hunter2");
            err.getBuffer().setLength(0);
            assertThat(run("kpi", "--warehouse", "jdbc:postgresql://db:5432/analytics", "--password-env", "NO_SUCH_VARIABLE_SET"))
                    .isEqualTo(2);
            assertThat(err.toString().trim()).isEqualTo("The password variable NO_SUCH_VARIABLE_SET given with --password-env is not set.");
        } finally {
            System.setErr(terminal);
        }
        assertThat(stray.toString(StandardCharsets.UTF_8)).as("nothing from the driver on the terminal").isEmpty();
        // the driver's java.util.logging output goes to the log file: no console handler is left to print it
        assertThat(java.util.logging.Logger.getLogger("").getHandlers())
                .noneMatch(h -> h instanceof java.util.logging.ConsoleHandler);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    @Timeout(60) // a hang guard, not a speed target
    void aQueryPastTheTimeLimitIsStoppedOnSqliteAndTheOtherKpisStillPrint() throws Exception {
        Path override = AppPaths.under(home).configDir().resolve(SqlCatalog.relativePath(Dialect.SQLITE, SqlCatalog.seriesName("dau")));
        Files.createDirectories(override.getParent());
        Files.writeString(override, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) "
                + "SELECT date(?) AS day, COUNT(*) AS value FROM n WHERE ? IS NOT NULL\n");
        int code = run("kpi", "--warehouse", DemoFixture.smallDemoUrl(), "--as-of", "2025-11-20", "--timeout", "1");
        assertThat(code).isEqualTo(3);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("kpis").get("dau").isNull()).isTrue();
        assertThat(json.get("kpis").get("wau").asLong()).isPositive();
        assertThat(err.toString()).startsWith("dau ran past its 1 s limit and was stopped");
    }

    @Test
    void aDayWithoutAnySessionIsNoDataNeverCritical() throws Exception {
        assertThat(run("kpi", "--warehouse", DemoFixture.smallDemoUrl(), "--as-of", "2030-01-01")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("kpis").get("dau").asLong()).isZero();
        json.get("status").forEach(s -> assertThat(s.asText()).isEqualTo("unknown"));
        assertThat(err.toString().trim())
                .isEqualTo("No session on 2030-01-01: the warehouse has no data for that day, so no KPI is judged (status 'no data').");
    }

    @Test
    void explainListsTablesIndexesFilesAndPlans() throws Exception {
        Path copy = DemoFixture.copyOfSmallDemo(home);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy); var st = c.createStatement()) {
            st.execute("DROP INDEX idx_sessions_user_started");
        }
        assertThat(run("kpi", "--explain", "--warehouse", "jdbc:sqlite:" + copy, "--as-of", "2025-11-20")).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).contains("all 18 contract tables found").contains("12 of 13 recommended indexes are present")
                .contains("sessions(user_id, started_at)").contains("sql/warehouse/sqlite/series/active_users.sql").contains("Plan of ");
        // a shared file is planned once, under its first KPI, naming the others
        assertThat(text).doesNotContain("Plan of mau").doesNotContain("Plan of retention_d1");
        if (text.contains("Plan of dau")) {
            assertThat(text).contains("Plan of dau, read with retention_d1, retention_d7 and retention_d30 (");
        }
    }

    @Test
    @Timeout(60)
    void aHostThatNeverAnswersCouldNotBeReachedWithinTheConnectTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread accept = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (!silent.isClosed()) {
                        held.add(silent.accept()); // accepted, never answered: what a firewall that drops packets looks like
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            accept.setDaemon(true);
            accept.start();
            int code = run("kpi", "--warehouse", "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/analytics", "--as-of",
                    "2025-11-20");
            assertThat(code).isEqualTo(3);
            assertThat(err.toString().trim()).contains("could not be reached within 5 seconds").doesNotContain("SSL");
        }
    }
}
