package io.liveops.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiDefinition;
import io.liveops.console.testkit.DemoFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless CLI: JSON shape, formats, exit codes and the one-sentence errors on stderr. */
class CliTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Clock clock = Clock.fixed(DemoFixture.LAST_DAY.plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new Cli(AppPaths.under(home), clock, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    @Test
    void kpiJsonHasTheExactShapeWithEveryContractKpi() throws Exception {
        int code = run("kpi", "--warehouse", DemoFixture.smallDemoUrl(), "--as-of", DemoFixture.LAST_DAY.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<String> top = new ArrayList<>();
        json.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("as_of", "dialect", "kpis", "status");
        assertThat(json.get("as_of").asText()).isEqualTo("2025-11-20");
        assertThat(json.get("dialect").asText()).isEqualTo("sqlite");
        List<String> ids = new ArrayList<>();
        json.get("kpis").fieldNames().forEachRemaining(ids::add);
        for (KpiDefinition d : KpiCatalog.standard().all()) {
            if (!d.keyed()) {
                assertThat(ids).contains(d.id());
            }
        }
        assertThat(ids).contains("watch_change_24h:BTC", "watch_change_24h:ETH");
        assertThat(json.get("kpis").get("dau").isIntegralNumber()).isTrue();
        double d1 = json.get("kpis").get("retention_d1").asDouble();
        assertThat(d1).as("fractions stay fractions").isBetween(0.0, 1.0);
        List<String> statusIds = new ArrayList<>();
        json.get("status").fieldNames().forEachRemaining(statusIds::add);
        assertThat(statusIds).containsExactlyElementsOf(ids);
        json.get("status").forEach(s -> assertThat(s.asText()).isIn("ok", "warning", "critical", "unknown"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void csvAndTableFormats() {
        assertThat(run("kpi", "--warehouse", DemoFixture.smallDemoUrl(), "--as-of", "2025-11-20", "--format", "csv")).isZero();
        assertThat(out.toString().lines().findFirst().orElseThrow()).isEqualTo("kpi,value,status,error");
        assertThat(out.toString()).contains("\ndau,");
        out.getBuffer().setLength(0);
        assertThat(run("kpi", "--warehouse", DemoFixture.smallDemoUrl(), "--as-of", "2025-11-20", "--format", "table")).isZero();
        assertThat(out.toString()).contains("dau").contains("p95_latency_ms");
    }

    @Test
    void invalidAsOfDayIsABadArgument() {
        assertThat(run("kpi", "--warehouse", DemoFixture.smallDemoUrl(), "--as-of", "2025-13-01")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Invalid --as-of '2025-13-01': expected a calendar day as YYYY-MM-DD");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownSchemeAndUnknownFormatAreBadArguments() {
        assertThat(run("kpi", "--warehouse", "jdbc:mysql://db/x", "--as-of", "2025-11-20")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown JDBC scheme 'mysql'");
        err.getBuffer().setLength(0);
        assertThat(run("kpi", "--warehouse", DemoFixture.smallDemoUrl(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("--format").contains("xml");
    }

    @Test
    void unreadableWarehouseExitsThree() {
        assertThat(run("kpi", "--warehouse", "jdbc:sqlite:" + home.resolve("missing.db"), "--as-of", "2025-11-20")).isEqualTo(3);
        assertThat(err.toString().trim()).contains("does not exist or is not readable").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run("kpi", "--warehouse", "jdbc:postgresql://127.0.0.1:1/analytics", "--as-of", "2025-11-20")).isEqualTo(3);
        assertThat(err.toString()).contains("Cannot reach warehouse");
    }

    @Test
    void aMissingTableNamesTheKpiAndItsSqlFileWhileTheOtherKpisStillPrint() throws Exception {
        Path copy = DemoFixture.copyOfSmallDemo(home);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
            st.execute("DROP TABLE fraud_flags");
        }
        int code = run("kpi", "--warehouse", "jdbc:sqlite:" + copy, "--as-of", "2025-11-20");
        assertThat(code).isEqualTo(3);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("kpis").get("fraud_flags_24h").isNull()).isTrue();
        assertThat(json.get("kpis").get("dau").asLong()).isPositive();
        assertThat(err.toString()).contains("fraud_flags_24h").contains("sql/warehouse/sqlite/series/fraud_flags_24h.sql").contains("fraud_flags");
    }

    @Test
    void demoCommandWritesAWarehouseTheKpiCommandReads() {
        Path file = home.resolve("d.db");
        assertThat(run("demo", "--out", file.toString(), "--scale", "0.02", "--last-day", "2025-11-20")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Demo warehouse written to");
        out.getBuffer().setLength(0);
        assertThat(run("kpi", "--warehouse", "jdbc:sqlite:" + file, "--as-of", "2025-11-20")).isZero();
        assertThat(out.toString()).startsWith("{\"as_of\":\"2025-11-20\",\"dialect\":\"sqlite\",\"kpis\":{");
    }

    @Test
    void demoCommandRefusesBadScale() {
        assertThat(run("demo", "--out", home.resolve("x.db").toString(), "--scale", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid --scale 0.0");
    }

    @Test
    void demoOutNeverReplacesAFileTheUserMade() throws Exception {
        Path notes = home.resolve("notes.txt");
        java.nio.file.Files.writeString(notes, "my notes");
        assertThat(run("demo", "--out", notes.toString(), "--scale", "0.02", "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("already exists and is not a demo warehouse written by LiveOps Console: it is left as it is");
        assertThat(java.nio.file.Files.readString(notes)).isEqualTo("my notes");

        // a SQLite file of someone else's is no more a demo than a text file
        Path foreign = home.resolve("foreign.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE mine (x INTEGER)");
        }
        long size = java.nio.file.Files.size(foreign);
        err.getBuffer().setLength(0);
        assertThat(run("demo", "--out", foreign.toString(), "--scale", "0.02", "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("is not a demo warehouse");
        assertThat(java.nio.file.Files.size(foreign)).isEqualTo(size);

        err.getBuffer().setLength(0);
        assertThat(run("demo", "--out", home.toString(), "--scale", "0.02")).isEqualTo(2);
        assertThat(err.toString()).contains("is a folder");
    }

    @Test
    void demoOutReplacesItsOwnDemoOnlyWithForce() throws Exception {
        Path file = home.resolve("d.db");
        assertThat(run("demo", "--out", file.toString(), "--scale", "0.02", "--last-day", "2025-11-20")).as(err.toString()).isZero();
        assertThat(io.liveops.console.warehouse.DemoWarehouse.isDemoFile(file)).isTrue();
        java.nio.file.attribute.FileTime written = java.nio.file.Files.getLastModifiedTime(file);

        assertThat(run("demo", "--out", file.toString(), "--scale", "0.02", "--last-day", "2025-11-21")).isEqualTo(2);
        assertThat(err.toString()).contains("already holds a demo warehouse: add --force to replace it");
        assertThat(java.nio.file.Files.getLastModifiedTime(file)).isEqualTo(written);

        out.getBuffer().setLength(0);
        assertThat(run("demo", "--out", file.toString(), "--scale", "0.02", "--last-day", "2025-11-21", "--force")).as(err.toString()).isZero();
        assertThat(run("kpi", "--warehouse", "jdbc:sqlite:" + file, "--as-of", "2025-11-21")).isZero();
        assertThat(out.toString()).contains("\"as_of\":\"2025-11-21\"");
        assertThat(home.toFile().list((d, n) -> n.endsWith(".tmp"))).as("no temporary file is left behind").isEmpty();
    }
}
