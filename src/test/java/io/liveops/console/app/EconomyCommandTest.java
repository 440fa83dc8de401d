package io.liveops.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.testkit.EconomyWarehouse;
import io.liveops.console.testkit.WarehouseFixture;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code liveops economy}: the JSON keys of issue 12, the KPI values equal to {@code kpi}'s, Markdown, exit codes. */
class EconomyCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Clock clock = Clock.fixed(DemoFixture.LAST_DAY.plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new Cli(AppPaths.under(home), clock, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void theJsonHasTheIssuesKeysAndTheKpiEnginesValues() throws Exception {
        String url = DemoFixture.smallDemoUrl();
        assertThat(run("kpi", "--warehouse", url, "--as-of", "2025-11-20")).as(err.toString()).isZero();
        JsonNode kpis = json().get("kpis");
        assertThat(run("economy", "--warehouse", url, "--as-of", "2025-11-20")).as(err.toString()).isZero();
        JsonNode e = json();
        List<String> keys = new ArrayList<>();
        e.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("as_of", "currency", "season", "earn_spend_ratio_7d", "inflation_index", "fraud_flags_24h",
                "sources", "sinks", "sources_prev", "sinks_prev", "items", "items_excluded", "fraud_by_rule", "recommendations");
        assertThat(e.get("currency").asText()).isEqualTo("gold");
        for (String id : List.of("earn_spend_ratio_7d", "inflation_index", "fraud_flags_24h")) {
            assertThat(e.get(id)).as(id).isEqualTo(kpis.get(id));
        }
        assertThat(e.get("fraud_flags_24h").isIntegralNumber()).isTrue();
        List<String> seasonKeys = new ArrayList<>();
        e.get("season").fieldNames().forEachRemaining(seasonKeys::add);
        assertThat(seasonKeys).containsExactly("season_id", "starts_on", "ends_on", "base_from", "base_to");
        assertThat(e.get("sources").get("quest_reward").isIntegralNumber()).isTrue();
        assertThat(e.get("sinks").get("shop_purchase").asLong()).isPositive();
        JsonNode item = e.get("items").get(0);
        List<String> itemKeys = new ArrayList<>();
        item.fieldNames().forEachRemaining(itemKeys::add);
        assertThat(itemKeys).containsExactly("item_id", "base_price", "current_price", "change", "base_quantity");
        assertThat(item.get("change").asDouble()).isEqualTo(item.get("current_price").asDouble() / item.get("base_price").asDouble() - 1);
        // the demo's story: inflation and the ratio at warning, fraud critical on the last day
        List<String> gauges = new ArrayList<>();
        e.get("recommendations").forEach(r -> gauges.add(r.get("gauge").asText()));
        assertThat(gauges).contains("fraud_flags_24h");
        e.get("recommendations").forEach(r -> assertThat(r.get("text").asText()).isNotBlank());
    }

    @Test
    void handBuiltNumbersAndACurrencyWithoutSinks() throws Exception {
        String url;
        try (WarehouseFixture f = WarehouseFixture.create(Dialect.SQLITE, home)) {
            EconomyWarehouse.load(f);
            url = f.jdbcUrl();
        }
        assertThat(run("economy", "--warehouse", url, "--as-of", "2025-11-20")).as(err.toString()).isZero();
        JsonNode e = json();
        assertThat(e.get("earn_spend_ratio_7d").asDouble()).isEqualTo(1.8);
        assertThat(e.get("sources").toString()).isEqualTo("{\"match_win\":30,\"quest_reward\":150}");
        assertThat(e.get("sinks_prev").toString()).isEqualTo("{\"shop_purchase\":20,\"upgrade\":80}");
        assertThat(e.get("items").size()).isEqualTo(2);
        assertThat(e.get("items").get(0).get("base_price").asDouble()).isEqualTo(12.0);
        assertThat(e.get("items").get(0).get("change").asDouble()).isEqualTo(0.0625);
        assertThat(e.get("items_excluded").toString()).contains("\"item_id\":\"C\"").contains("\"item_id\":\"E\"");
        assertThat(e.get("fraud_by_rule").toString()).isEqualTo("{\"market_wash_trade\":2,\"speed_hack\":1}");
        assertThat(e.get("recommendations").get(0).get("gauge").asText()).isEqualTo("earn_spend_ratio_7d");
        assertThat(e.get("recommendations").get(0).get("text").asText()).startsWith("Add sinks.").contains("upgrade -25.0 % (80 → 60)");

        assertThat(run("economy", "--warehouse", url, "--as-of", "2025-11-20", "--currency", "gems")).as(err.toString()).isZero();
        assertThat(json().get("earn_spend_ratio_7d").isNull()).isTrue();
        assertThat(err.toString()).contains("earn_spend_ratio_7d: undefined: nothing spent");

        assertThat(run("economy", "--warehouse", url, "--as-of", "2025-12-05")).as(err.toString()).isZero();
        assertThat(json().get("season").isNull()).isTrue();
        assertThat(json().get("inflation_index").isNull()).isTrue();
        assertThat(json().get("items").isNull()).isTrue();
        assertThat(err.toString()).contains("inflation_index: unknown: no season contains this day");
    }

    @Test
    void markdownForAPerson() {
        assertThat(run("economy", "--warehouse", DemoFixture.smallDemoUrl(), "--as-of", "2025-11-20", "--format", "md")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("# Economy as of 2025-11-20 (gold)").contains("## Recommendations")
                .contains("| inflation_index |").contains("Start a security investigation");
    }

    @Test
    @Timeout(60) // a hang guard, not a speed target
    void aSeasonQueryPastTheTimeLimitIsOneSentenceInTheMarkdown() throws Exception {
        Path override = AppPaths.under(home).configDir().resolve(SqlCatalog.relativePath(Dialect.SQLITE, "economy_season"));
        Files.createDirectories(override.getParent());
        Files.writeString(override, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) "
                + "SELECT 0 AS seasons, ? AS season_id, ? AS name, NULL AS starts_on, NULL AS ends_on FROM n WHERE i < 0\n");
        assertThat(run("economy", "--warehouse", DemoFixture.smallDemoUrl(), "--as-of", "2025-11-20", "--format", "md", "--timeout", "1"))
                .isEqualTo(3);
        assertThat(out.toString()).contains("Season: A query on warehouse").contains("ran past its 1 s limit and was stopped.")
                .doesNotContain("..");
    }

    @Test
    void badArgumentsExitTwo() {
        assertThat(run("economy", "--warehouse", DemoFixture.smallDemoUrl(), "--as-of", "2025-11-31")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Invalid --as-of '2025-11-31'");
        assertThat(run("economy", "--warehouse", DemoFixture.smallDemoUrl(), "--as-of", "2025-11-20", "--currency", "silver")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown --currency 'silver': economy_ledger has gems, gold.");
        assertThat(out.toString()).isEmpty();
        assertThat(run("economy", "--warehouse", DemoFixture.smallDemoUrl(), "--format", "csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--format");
    }

    @Test
    @Timeout(60) // a hang guard, not a speed target
    void aLedgerQueryPastTheTimeLimitIsNamedInOneSentenceAndTheGaugesStillPrint() throws Exception {
        Path override = AppPaths.under(home).configDir().resolve(SqlCatalog.relativePath(Dialect.SQLITE,
                "economy_ledger_daily"));
        Files.createDirectories(override.getParent());
        Files.writeString(override, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) "
                + "SELECT ? AS day, ? AS reason, ? AS earned, 0 AS spent FROM n WHERE i < 0\n");
        assertThat(run("economy", "--warehouse", DemoFixture.smallDemoUrl(), "--as-of", "2025-11-20", "--timeout", "1")).isEqualTo(3);
        JsonNode e = json();
        assertThat(e.get("sources").isNull()).isTrue();
        assertThat(e.get("earn_spend_ratio_7d").asDouble()).isPositive();
        List<String> texts = new ArrayList<>();
        e.get("recommendations").forEach(r -> texts.add(r.get("text").asText()));
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("The gold ledger is not available: A query on warehouse")
                .contains("ran past its 1 s limit and was stopped."));
        assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContain(".."));
        assertThat(err.toString()).contains("ran past its 1 s limit").doesNotContain("\tat ");
    }

    @Test
    void anUnreadableWarehouseOrAMissingTableExitsThree() throws Exception {
        assertThat(run("economy", "--warehouse", "jdbc:sqlite:" + home.resolve("missing.db"), "--as-of", "2025-11-20")).isEqualTo(3);
        assertThat(err.toString()).contains("does not exist or is not readable").doesNotContain("\tat ");
        Path copy = DemoFixture.copyOfSmallDemo(home);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement st = c.createStatement()) {
            st.execute("DROP TABLE market_trades");
        }
        assertThat(run("economy", "--warehouse", "jdbc:sqlite:" + copy, "--as-of", "2025-11-20")).isEqualTo(3);
        JsonNode e = json();
        assertThat(e.get("inflation_index").isNull()).isTrue();
        assertThat(e.get("items").isNull()).isTrue();
        assertThat(e.get("fraud_flags_24h").asLong()).isPositive();
        assertThat(e.get("earn_spend_ratio_7d").asDouble()).isPositive();
        assertThat(err.toString()).contains("no market_trades table");
    }
}
