package io.liveops.console.checklist.core;

import io.liveops.console.testkit.ChecklistFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.shared.JsonConfig;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template files: the shipped ones, and bad ones reported with file, line and problem. */
class ChecklistTemplateTest {

    private final TemplateReader reader = new TemplateReader(KpiCatalog.standard(), ChecklistFixture.TABS);

    @TempDir
    Path dir;

    private static final String GOOD = """
            {
              "version": 1,
              "routines": [
                {
                  "id": "morning",
                  "name": "Morning routine",
                  "every": "day",
                  "start": "08:30",
                  "end": "09:30",
                  "items": [
                    { "id": "metrics", "text": "Metrics review", "kpis": ["dau", "watch_change_24h:BTC"] },
                    { "id": "health", "text": "System health", "link": "https://status.example.com" }
                  ]
                }
              ]
            }
            """;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("checklist.json");
        Files.writeString(f, text);
        return f;
    }

    private JsonConfig.Problem problemOf(String text) throws IOException {
        Path f = write(text);
        try {
            reader.parse(f);
        } catch (JsonConfig.ConfigException e) {
            return e.problem();
        }
        throw new AssertionError("the template was accepted");
    }

    @Test
    void theShippedTemplatesHoldThePlaybooksItemsWithTheirKpis() {
        ChecklistTemplate t = reader.resource(TemplateReader.DEFAULT_RESOURCE);
        ChecklistItem metrics = t.routine("morning").orElseThrow().items().get(0);
        assertThat(metrics.id()).isEqualTo("metrics-review");
        assertThat(metrics.kpis()).containsExactly("dau", "mau", "new_signups", "churn_d30", "discord_dau", "errors_24h");
        assertThat(t.routine("morning").orElseThrow().items().get(2).kpis()).containsExactly("p95_latency_ms", "error_rate", "crash_free_rate");
        assertThat(t.routine("evening").orElseThrow().items().get(0).kpis()).containsExactly("watch_change_24h:BTC", "watch_change_24h:ETH", "fear_greed");
        assertThat(t.routines()).extracting(Routine::id).contains("weekly-monday", "weekly-friday", "security", "month-start", "month-mid", "month-end");
        assertThat(reader.resource(TemplateReader.GAME_TEAM_RESOURCE).routine("evening").orElseThrow().start()).hasToString("21:00");
    }

    @Test
    void aGoodFileParses() throws IOException {
        ChecklistTemplate t = reader.parse(write(GOOD));
        assertThat(t.routines()).singleElement().satisfies(r -> {
            assertThat(r.start()).hasToString("08:30");
            assertThat(r.items()).extracting(ChecklistItem::id).containsExactly("metrics", "health");
            assertThat(r.items().get(1).link()).isEqualTo("https://status.example.com");
        });
    }

    @Test
    void aBadTimeIsReportedAtItsLine() throws IOException {
        JsonConfig.Problem p = problemOf(GOOD.replace("\"09:30\"", "\"25:00\""));
        assertThat(p.path()).isEqualTo(dir.resolve("checklist.json"));
        assertThat(p.line()).isEqualTo(9);
        assertThat(p.message()).startsWith("bad time \"25:00\": a time of day runs from 00:00 to 23:59");
        assertThat(p.describe()).isEqualTo(dir.resolve("checklist.json")
                + ":9:14: bad time \"25:00\": a time of day runs from 00:00 to 23:59 (at routines[0].end)");
        assertThat(problemOf(GOOD.replace("\"08:30\"", "\"8.30\"")).message()).startsWith("bad time \"8.30\": expected HH:mm");
    }

    @Test
    void anUnknownKpiIdIsReportedAtItsLine() throws IOException {
        JsonConfig.Problem p = problemOf(GOOD.replace("\"dau\"", "\"daily_users\""));
        assertThat(p.line()).isEqualTo(11);
        assertThat(p.message()).startsWith("unknown KPI id \"daily_users\"");
        assertThat(problemOf(GOOD.replace("watch_change_24h:BTC", "watch_change_24h")).message())
                .startsWith("unknown KPI id \"watch_change_24h\""); // a keyed KPI needs its key
    }

    @Test
    void aDuplicateItemIdIsReportedAtTheSecondOne() throws IOException {
        JsonConfig.Problem p = problemOf(GOOD.replace("\"id\": \"health\"", "\"id\": \"metrics\""));
        assertThat(p.line()).isEqualTo(12);
        assertThat(p.message()).startsWith("duplicate item id \"metrics\"");
    }

    @Test
    void anEndBeforeTheStartAndBrokenJsonAreReported() throws IOException {
        assertThat(problemOf(GOOD.replace("\"09:30\"", "\"08:00\"")).message()).contains("\"end\" 08:00 is not after \"start\" 08:30");
        JsonConfig.Problem broken = problemOf(GOOD.replace("\"every\": \"day\",", "\"every\": \"day\""));
        assertThat(broken.line()).isEqualTo(8); // the missing comma is noticed at the next field
    }

    @Test
    void aRefusedFileLeavesTheLastGoodTemplateInUse() throws IOException {
        MutableClock clock = MutableClock.at("2026-11-23T00:00:00Z");
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            Path file = write(GOOD);
            ChecklistService service = new ChecklistService(new ChecklistRepository(store), reader, file, new RoutineSchedule(ZoneId.of("UTC")), clock);
            assertThat(service.reloadTemplate()).isEmpty();
            assertThat(service.template().routines()).singleElement().extracting(Routine::start).hasToString("08:30");

            Files.writeString(file, GOOD.replace("\"08:30\"", "\"25:00\""));
            assertThat(service.reloadTemplate()).hasValueSatisfying(p -> assertThat(p.line()).isEqualTo(8));
            assertThat(service.template().routines()).singleElement().extracting(Routine::start).hasToString("08:30");
            assertThat(Files.readString(file)).contains("25:00"); // the user's file is never overwritten by the fallback
        }
    }

    @Test
    void aRoutineNeedsItsSchedule() {
        assertThatThrownBy(() -> new Routine("w", "Weekly", Cadence.WEEK, null, null, null, null, null))
                .hasMessageContaining("needs \"days\"");
        assertThatThrownBy(() -> new Routine("m", "Monthly", Cadence.MONTH, null, java.util.List.of("32"), null, null, null))
                .hasMessageContaining("\"32\" is not 1–31 or \"last\"");
    }

    @Test
    void everyActionOfTheShippedTemplatesOpensATabOfTheConsole() {
        for (String resource : java.util.List.of(TemplateReader.DEFAULT_RESOURCE, TemplateReader.GAME_TEAM_RESOURCE)) {
            ChecklistTemplate template = reader.resource(resource); // refused at read time if an action names no tab
            java.util.List<String> actions = template.routines().stream().flatMap(r -> r.items().stream())
                    .flatMap(item -> java.util.Optional.ofNullable(item.action()).stream()).toList();
            assertThat(actions).as(resource).isNotEmpty().allMatch(io.liveops.console.app.AppContext.TAB_IDS::contains);
        }
    }

    @Test
    void anActionIsATabIdAndATitleReadsAsItsId() throws IOException {
        ChecklistTemplate t = reader.parse(write(GOOD.replace("\"link\": \"https://status.example.com\"", "\"action\": \"Incidents\"")));
        assertThat(t.routines().get(0).items().get(1).action()).isEqualTo("incidents");
    }

    @Test
    void anActionToATabTheConsoleDoesNotHaveIsRefusedWithItsLine() throws IOException {
        JsonConfig.Problem p = problemOf(GOOD.replace("\"link\": \"https://status.example.com\"", "\"action\": \"Payroll\""));
        assertThat(p.line()).isEqualTo(12);
        assertThat(p.message()).contains("unknown action \"Payroll\"").contains("incidents").contains("kpis");
    }
}
