package io.liveops.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.report.core.IsoWeek;
import io.liveops.console.report.core.WeeklyNumbersService;
import io.liveops.console.report.core.WeeklyReport;
import io.liveops.console.report.core.WeeklyReportRepository;
import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.HandBuiltWarehouse;
import io.liveops.console.testkit.ReportFixture;
import io.liveops.console.testkit.WarehouseFixture;
import io.liveops.console.warehouse.Dialect;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report weekly} on the hand-built warehouse: JSON and Markdown, the default week, refused weeks, a failing KPI. */
class ReportCommandTest {

    @TempDir
    static Path warehouseDir;
    @TempDir
    Path home;

    private static ReportFixture fixture;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void warehouse() {
        fixture = ReportFixture.open(Dialect.SQLITE, warehouseDir);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private int run(String... args) {
        return new Cli(AppPaths.under(home), ReportFixture.CLOCK, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    @Test
    void jsonHasEveryLineWithItsPreviousWeekAndChange() throws Exception {
        assertThat(run("report", "weekly", "--warehouse", fixture.jdbcUrl(), "--week", "2025-W47", "--format", "json")).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("week").asText()).isEqualTo("2025-W47");
        assertThat(json.get("from").asText()).isEqualTo("2025-11-17");
        assertThat(json.get("to").asText()).isEqualTo("2025-11-23");
        assertThat(json.get("partial").asBoolean()).isFalse();
        // the same numbers as the engine's (worked out by hand in WeeklyNumbersTest)
        assertThat(json.get("mau").toString()).isEqualTo("{\"value\":10,\"previous\":4,\"change\":1.5,\"change_unit\":\"relative\"}");
        assertThat(json.get("dau").get("value").asDouble()).isEqualTo(9.0 / 7);
        assertThat(json.get("churn").toString()).isEqualTo("{\"value\":0.5,\"previous\":0.0,\"change\":0.5,\"change_unit\":\"percentage_points\"}");
        assertThat(json.get("pro_conversions").toString()).isEqualTo("{\"value\":2,\"previous\":2,\"change\":0,\"change_unit\":\"absolute\"}");
        assertThat(json.get("conversion_rate").get("value").asDouble()).isEqualTo(2.0 / 6);
        assertThat(json.get("mrr_usd").get("value").asDouble()).isEqualTo(54.98);
        assertThat(json.get("discord_members").toString()).isEqualTo("{\"value\":5200,\"previous\":5000,\"change\":200,\"change_unit\":\"absolute\"}");
        assertThat(json.get("discord_dau").get("value").asDouble()).isEqualTo(5811.0 / 6);
        assertThat(json.get("discord_dau_members").get("change_unit").asText()).isEqualTo("percentage_points");
        assertThat(json.get("twitter_followers").get("value").asLong()).isEqualTo(1250);
        WeeklyNumbersService engine = fixture.numbers();
        assertThat(engineJson(engine, "2025-W47").toString()).isEqualTo(json.toString());
    }

    private static JsonNode engineJson(WeeklyNumbersService engine, String week) {
        return io.liveops.console.report.core.ReportJson.json(engine.compute(IsoWeek.parse(week), BackgroundTask.Progress.NONE, Cancellation.none()));
    }

    @Test
    void markdownListsTheBoardsCriticalBugsAndTheSavedText() {
        try (StateStore state = StateStore.openSqlite(AppPaths.under(home).ensureExists().stateStore(), ReportFixture.CLOCK)) {
            Instant wednesday = LocalDate.of(2025, 11, 19).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
            new IncidentRepository(state).create(Incident.declared("Login fails for every player", Severity.P0, "login", "", "", wednesday), List.of());
            WeeklyNumbersService engine = fixture.numbers();
            var numbers = engine.compute(IsoWeek.parse("2025-W47"), BackgroundTask.Progress.NONE, Cancellation.none());
            new WeeklyReportRepository(state).save(new WeeklyReport(numbers, List.of(), "Dark mode, please.", "Fix chat delivery.", "x", null),
                    Instant.parse("2025-11-24T09:00:00Z"), "ana");
        }
        assertThat(run("report", "weekly", "--warehouse", fixture.jdbcUrl(), "--week", "2025-W47")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Week 47 Report (2025-11-17 ~ 2025-11-23)\n")
                .contains("- MAU: 10 (+150.0 % WoW)\n")
                .contains("- Discord DAU: 969 [1] (DAU/Members: 18.6 %)\n")
                .contains("🐛 Critical Bugs:\n- P0 #1 Login fails for every player: Investigating, not resolved yet\n")
                .contains("📝 Top Feedback:\nDark mode, please.\n").contains("🎯 Next Week Focus:\nFix chat delivery.\n")
                .contains("- [1] Mean of the 6 days with a discord row; none for 2025-11-22.\n");
    }

    @Test
    void withoutAWeekItReportsTheLastCompleteOneAndAPartialWeekSaysSo() throws Exception {
        assertThat(run("report", "weekly", "--warehouse", fixture.jdbcUrl(), "--format", "json")).as(err.toString()).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("week").asText()).isEqualTo("2026-W01");
        out.getBuffer().setLength(0);
        assertThat(run("report", "weekly", "--warehouse", fixture.jdbcUrl(), "--week", "2026-W02", "--format", "json")).isZero();
        JsonNode partial = new ObjectMapper().readTree(out.toString());
        assertThat(partial.get("partial").asBoolean()).isTrue();
        assertThat(partial.get("to").asText()).isEqualTo("2026-01-07");
        assertThat(partial.get("conversion_rate").get("value").isNull()).isTrue(); // an empty cohort is null, never 0
    }

    @Test
    void aWeekThatDoesNotExistOrLiesAfterTheDataIsRefusedInOneSentence() {
        assertThat(run("report", "weekly", "--warehouse", fixture.jdbcUrl(), "--week", "2025-W54")).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).isEqualTo("The week 2025-W54 does not exist: 2025 has ISO weeks 1 to 52." + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        err.getBuffer().setLength(0);
        assertThat(run("report", "weekly", "--warehouse", fixture.jdbcUrl(), "--week", "2026-W03")).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).isEqualTo("The week 2026-W03 (2026-01-12 to 2026-01-18) lies after the data: the last complete day with "
                + "data is 2026-01-07." + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(run("report", "weekly", "--warehouse", fixture.jdbcUrl(), "--week", "2025-46")).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).startsWith("'2025-46' is not an ISO week: write it as YYYY-Www, for example 2025-W46.");
        err.getBuffer().setLength(0);
        assertThat(run("report", "weekly", "--warehouse", "jdbc:mysql://db/x", "--week", "2025-W47")).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aKpiThatCannotBeReadIsNullWithItsErrorAndExit3() throws Exception {
        String url;
        try (WarehouseFixture f = WarehouseFixture.create(Dialect.SQLITE, home)) {
            HandBuiltWarehouse.load(f);
            HandBuiltWarehouse.loadWeeks(f);
            f.execute("DROP TABLE community_daily");
            url = f.jdbcUrl();
        }
        assertThat(run("report", "weekly", "--warehouse", url, "--week", "2025-W47", "--format", "json")).isEqualTo(Cli.WAREHOUSE_FAILED);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("mau").get("value").asLong()).isEqualTo(10);
        assertThat(json.get("discord_dau").get("value").isNull()).isTrue();
        assertThat(json.get("twitter_followers").get("value").isNull()).isTrue();
        assertThat(err.toString()).contains("discord_dau").contains("community_members").contains("community_daily");
    }
}
