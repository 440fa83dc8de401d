package io.liveops.console.app;

import static io.liveops.console.testkit.WarehouseFixture.day;
import static io.liveops.console.testkit.WarehouseFixture.ts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.testkit.WarehouseFixture;
import io.liveops.console.warehouse.Dialect;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code liveops calendar} and {@code liveops calendar recap}. */
class CalendarCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T01:00:00Z"), ZoneOffset.UTC);
        return new Cli(AppPaths.under(home), clock, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    @Test
    void printsTheRangesGeneratedSlotsAsJsonIcsAndCsv() throws Exception {
        assertThat(run("calendar", "--from", "2026-12-02", "--to", "2026-12-02", "--zone", "Asia/Seoul")).isZero();
        JsonNode items = new ObjectMapper().readTree(out.toString());
        assertThat(items).extracting(n -> n.get("uid").asText()).containsExactly("wednesday-wisdom@2026-12-02@liveops-console",
                "discord-market-update@2026-12-02@liveops-console", "weekly-ama@2026-12-02@liveops-console");
        JsonNode ama = items.get(2);
        assertThat(ama.get("start").asText()).isEqualTo("2026-12-02T20:00");
        assertThat(ama.get("zone").asText()).isEqualTo("Asia/Seoul");
        assertThat(ama.get("start_utc").asText()).isEqualTo("2026-12-02T11:00:00Z");
        assertThat(ama.get("generated").asBoolean()).isTrue();

        out.getBuffer().setLength(0);
        assertThat(run("calendar", "--from", "2026-12-02", "--to", "2026-12-02", "--zone", "Asia/Seoul", "--format", "ics")).isZero();
        assertThat(new CalendarBuilder().build(new StringReader(out.toString())).getComponents("VEVENT")).hasSize(3);

        out.getBuffer().setLength(0);
        assertThat(run("calendar", "--from", "2026-12-02", "--to", "2026-12-02", "--zone", "Asia/Seoul", "--format", "csv")).isZero();
        assertThat(out.toString().lines().toList()).hasSize(4).first().asString().startsWith("uid,title,channel,start,end,zone,start_utc,status");
    }

    @Test
    void badArgumentsAreOneSentenceWithExitCode2() {
        assertThat(run("calendar", "--from", "2026-02-30", "--to", "2026-03-01")).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("there is no 30 February 2026");
        assertThat(run("calendar", "--from", "2026-03-02", "--to", "2026-03-01")).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(run("calendar", "--from", "2026-03-01", "--to", "2026-03-01", "--zone", "Mars/Olympus")).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("unknown time zone 'Mars/Olympus'");
        assertThat(run("calendar", "--from", "2026-03-01", "--to", "2026-03-01", "--timeout", "0")).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("Invalid --timeout 0: expected a whole number of seconds, 1 or more.");
        // the same connection options and checks as every command that reads a warehouse
        assertThat(run("calendar", "--from", "2026-03-01", "--to", "2026-03-01", "--warehouse",
                "jdbc:postgresql://db:5432/w?password=secret")).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(run("calendar", "recap", "--as-of", "2026-03-01", "--warehouse", "jdbc:postgresql://db:5432/w",
                "--password-env", "NOT_SET_HERE")).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("contains a password").contains("NOT_SET_HERE given with --password-env is not set")
                .doesNotContain("secret");
    }

    @Test
    void theRecapIsFilledFromTheWarehouse() {
        try (WarehouseFixture w = WarehouseFixture.create(Dialect.SQLITE, home)) {
            w.row("watchlist_prices", "symbol", "BTC", "observed_at", ts("2025-11-10 22:00:00"), "price_usd", 43250.0);
            w.row("watchlist_prices", "symbol", "BTC", "observed_at", ts("2025-11-17 20:00:00"), "price_usd", 45100.0);
            w.row("fear_greed", "day", day("2025-11-10"), "value", 25);
            w.row("fear_greed", "day", day("2025-11-17"), "value", 50);
            assertThat(run("calendar", "recap", "--warehouse", w.jdbcUrl(), "--as-of", "2025-11-17")).as(err.toString()).isZero();
            assertThat(out.toString()).isEqualTo("""
                    📊 Last Week in Crypto

                    BTC: $43,250 → $45,100 (+4.3%)
                    Fear & Greed: 25 → 50 (Fear → Neutral)

                    What's your play this week? 🤔
                    """);
        }
    }
}
