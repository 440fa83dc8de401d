package io.liveops.console.calendar.core;

import org.junit.jupiter.api.Tag;

import static io.liveops.console.testkit.WarehouseFixture.day;
import static io.liveops.console.testkit.WarehouseFixture.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.Cancellation;
import io.liveops.console.testkit.WarehouseFixture;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import io.liveops.console.warehouse.WarehouseSession;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Monday recap, drip and inactivity counts on a hand-built warehouse, on SQLite and PostgreSQL.
 * D = 2025-11-20: asOfEnd = 11-21 00:00:00, asOfEnd - 7 days = 11-14 00:00:00.
 */
@Tag("postgres")
class MarketRecapWarehouseTest {

    static final LocalDate D = LocalDate.of(2025, 11, 20);

    @TempDir
    Path dir;

    static void load(WarehouseFixture w) {
        price(w, "BTC", "2025-11-13 12:00:00", 40000);
        price(w, "BTC", "2025-11-14 00:00:00", 43250);  // exactly asOfEnd - 7 days: the "before" price
        price(w, "BTC", "2025-11-14 00:00:01", 11111);  // one second later: not it
        price(w, "BTC", "2025-11-20 18:00:00", 44000);
        price(w, "BTC", "2025-11-21 00:00:00", 45100);  // exactly asOfEnd: the "now" price
        price(w, "BTC", "2025-11-21 00:00:01", 99999);  // after asOfEnd
        price(w, "ETH", "2025-11-13 20:00:00", 2280);
        price(w, "ETH", "2025-11-19 10:00:00", 2450);   // missing tick: nothing on D, the latest before it counts
        price(w, "SOL", "2025-11-16 09:00:00", 140);    // no price 7 days before
        price(w, "SOL", "2025-11-20 09:00:00", 150.25);
        price(w, "DOGE", "2025-11-21 08:00:00", 0.25);  // only after asOfEnd: not in the recap
        w.row("fear_greed", "day", day("2025-11-13"), "value", 25);
        w.row("fear_greed", "day", day("2025-11-20"), "value", 50);
        // signups: 2 on D, 1 on D-3, 0 on D-7, 1 on D-30 (at its last second), 1 on D-31 (not a step)
        user(w, 1, "2025-11-20 00:00:00");
        user(w, 2, "2025-11-20 23:59:59");
        user(w, 3, "2025-11-17 12:00:00");
        user(w, 4, "2025-10-21 23:59:59");
        user(w, 5, "2025-10-20 10:00:00");
        // sessions: u1 active on D; u3 last on D-7 (enters inactivity on D); u4 last on D-20; u5 last at D-6 00:00 (still active)
        session(w, 1, 1, "2025-11-20 10:00:00");
        session(w, 2, 3, "2025-11-13 23:59:59");
        session(w, 3, 4, "2025-10-31 08:00:00");
        session(w, 4, 5, "2025-11-14 00:00:00");
        session(w, 5, 2, "2025-11-21 00:00:00"); // after asOfEnd: u2 has no session yet, not counted
    }

    private static void price(WarehouseFixture w, String symbol, String at, double usd) {
        w.row("watchlist_prices", "symbol", symbol, "observed_at", ts(at), "price_usd", usd);
    }

    private static void user(WarehouseFixture w, long id, String createdAt) {
        w.row("users", "user_id", id, "created_at", ts(createdAt), "country", "KR", "platform", "web");
    }

    private static void session(WarehouseFixture w, long id, long user, String at) {
        w.row("sessions", "session_id", id, "user_id", user, "started_at", ts(at), "duration_s", 60, "crashed", false, "client_version", "1.0");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theMondayRecapIsFilledExactlyFromWatchlistPricesAndFearGreed(Dialect dialect) {
        try (WarehouseFixture f = WarehouseFixture.create(dialect, dir)) {
            load(f);
            try (Warehouse w = f.open()) {
                WarehouseSession.Connection c = new WarehouseSession.Connection(WarehouseProfile.ofUrl(f.jdbcUrl()), w,
                        new SqlCatalog(dialect, null), D, Optional.empty());
                CalendarWarehouse reader = new CalendarWarehouse(Duration.ofSeconds(20));
                MarketRecap recap = reader.recap(c, D, Cancellation.none());
                assertThat(recap.pricesText()).isEqualTo("""
                        BTC: $43,250 → $45,100 (+4.3%)
                        ETH: $2,280 → $2,450 (+7.5%)
                        SOL: $150.25 (no price by the end of 2025-11-13 to compare)""");
                assertThat(recap.fearGreedText()).isEqualTo("Fear & Greed: 25 → 50 (Fear → Neutral)");

                CalendarItem monday = CadenceExpander.slot(new RuleSetStore(null).defaults().rule("monday-recap").orElseThrow(), D);
                CalendarTexts texts = new CalendarTexts(null);
                assertThat(texts.fill(texts.templateOf(monday), monday, recap)).isEqualTo("""
                        📊 Last Week in Crypto

                        BTC: $43,250 → $45,100 (+4.3%)
                        ETH: $2,280 → $2,450 (+7.5%)
                        SOL: $150.25 (no price by the end of 2025-11-13 to compare)
                        Fear & Greed: 25 → 50 (Fear → Neutral)

                        What's your play this week? 🤔
                        """);

                Map<LocalDate, Long> signups = reader.signupsPerDay(c, D.minusDays(30), D, Cancellation.none());
                assertThat(signups).containsOnly(Map.entry(D, 2L), Map.entry(D.minusDays(3), 1L), Map.entry(D.minusDays(30), 1L));
                assertThat(reader.inactive7d(c, D, Cancellation.none())).isEqualTo(new CalendarWarehouse.Inactivity(2, 1));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anEmptyWarehouseGivesNoNumbersRatherThanZeros(Dialect dialect) {
        try (WarehouseFixture f = WarehouseFixture.create(dialect, dir); Warehouse w = f.open()) {
            WarehouseSession.Connection c = new WarehouseSession.Connection(WarehouseProfile.ofUrl(f.jdbcUrl()), w,
                    new SqlCatalog(dialect, null), D, Optional.empty());
            MarketRecap recap = new CalendarWarehouse(Duration.ofSeconds(20)).recap(c, D, Cancellation.none());
            assertThat(recap.pricesText()).isEqualTo("(no watchlist prices up to 2025-11-20)");
            assertThat(recap.fearGreedText()).isEqualTo("Fear & Greed: no value for 2025-11-13 or 2025-11-20");
            assertThat(new CalendarWarehouse(Duration.ofSeconds(20)).seasons(c, io.liveops.console.background.Cancellation.none())).isEmpty();
        }
    }
}
