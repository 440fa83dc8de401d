package io.liveops.console.testkit;

import static io.liveops.console.testkit.WarehouseFixture.day;
import static io.liveops.console.testkit.WarehouseFixture.ts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tiny warehouse whose KPIs are worked out by hand below. As-of day D = 2025-11-20 (Thursday):
 * asOfEnd = 2025-11-21 00:00:00; [D-6, D] = 11-14..11-20; [D-29, D] = 10-22..11-20;
 * asOfEnd - 30 days = 10-22 00:00:00. Rows sit on the window edges on purpose.
 */
public final class HandBuiltWarehouse {

    public static final LocalDate D = LocalDate.of(2025, 11, 20);
    /** A day with no activity at all (inside season S2, which has no trades). */
    public static final LocalDate EMPTY_DAY = LocalDate.of(2025, 12, 25);
    /** p95 with ties: latencies 10, 20, 20, 20. */
    public static final LocalDate TIES_DAY = LocalDate.of(2025, 11, 19);
    /** p95 with a single request (42 ms). */
    public static final LocalDate SINGLE_DAY = LocalDate.of(2025, 11, 18);
    /** Between seasons S1 (ends 12-01) and S2 (starts 12-08). */
    public static final LocalDate NO_SEASON_DAY = LocalDate.of(2025, 12, 5);

    private HandBuiltWarehouse() {}

    public static void load(WarehouseFixture w) {
        // users: id, created_at
        user(w, 1, "2025-11-19 10:00:00");  // D-1 cohort; in [D-6, D]
        user(w, 2, "2025-11-19 23:59:59");  // D-1 cohort (last second)
        user(w, 3, "2025-11-19 05:00:00");  // D-1 cohort, only session is at 11-21 00:00:00 (not D)
        user(w, 4, "2025-11-13 12:00:00");  // D-7 cohort, session on D
        user(w, 13, "2025-11-13 00:00:00"); // D-7 cohort, no session
        user(w, 5, "2025-10-21 09:00:00");  // D-30 cohort, no session on D; churn cohort, active 11-18
        user(w, 6, "2025-10-01 00:00:00");  // churn cohort, session exactly at 10-22 00:00:00 (active)
        user(w, 7, "2025-09-01 00:00:00");  // churn cohort, last session 10-21 23:59:59 (churned)
        user(w, 8, "2025-11-20 08:00:00");  // signup on D
        user(w, 9, "2025-11-20 23:59:59");  // signup on D (last second)
        user(w, 10, "2025-11-21 00:00:00"); // not on D (first second of D+1)
        user(w, 11, "2025-10-22 00:00:00"); // NOT in the churn cohort (created_at < 10-22 00:00 is false)
        user(w, 12, "2025-11-14 00:00:00"); // first second of [D-6, D]

        // sessions: id, user, started_at, crashed
        session(w, 1, 1, "2025-11-20 00:00:00", false);
        session(w, 2, 1, "2025-11-20 10:00:00", true);
        session(w, 3, 2, "2025-11-20 23:59:59", false);
        session(w, 4, 3, "2025-11-21 00:00:00", false);
        session(w, 5, 4, "2025-11-20 12:00:00", false);
        session(w, 6, 5, "2025-11-18 12:00:00", false);
        session(w, 7, 6, "2025-10-22 00:00:00", false);
        session(w, 8, 7, "2025-10-21 23:59:59", false);
        session(w, 9, 8, "2025-11-20 09:00:00", false);
        session(w, 10, 11, "2025-11-14 00:00:00", false);
        session(w, 11, 12, "2025-11-13 23:59:59", false);

        // subscriptions: id, user, started_at, ended_at, price
        sub(w, 1, 1, "2025-11-19 12:00:00", null, "19.99");                  // active; converts u1
        sub(w, 2, 6, "2025-10-05 00:00:00", "2025-11-21 00:00:00", "9.99");  // ended_at = asOfEnd: still active
        sub(w, 3, 7, "2025-09-10 00:00:00", "2025-11-20 23:59:59", "19.99"); // ended before asOfEnd
        sub(w, 4, 8, "2025-11-21 00:00:00", null, "19.99");                  // starts at asOfEnd: not active, no conversion
        sub(w, 5, 12, "2025-11-20 08:00:00", null, "14.99");                 // active; converts u12
        sub(w, 6, 12, "2025-11-15 00:00:00", "2025-11-16 00:00:00", "4.99"); // u12 again (counted once), ended
        sub(w, 7, 4, "2025-11-12 10:00:00", null, "0.01");                   // active, started before the window

        // api_requests: id, occurred_at, latency, status
        request(w, 1, "2025-11-20 00:00:00", 100, 200);
        request(w, 2, "2025-11-20 01:00:00", 100, 200);
        request(w, 3, "2025-11-20 02:00:00", 300, 503);
        request(w, 4, "2025-11-20 03:00:00", 50, 500);
        request(w, 5, "2025-11-20 04:00:00", 200, 404);
        request(w, 6, "2025-11-21 00:00:00", 9999, 500);
        request(w, 7, "2025-11-19 23:59:59", 20, 500);   // TIES_DAY
        request(w, 8, "2025-11-19 01:00:00", 10, 200);   // TIES_DAY
        request(w, 9, "2025-11-19 02:00:00", 20, 499);   // TIES_DAY
        request(w, 10, "2025-11-19 03:00:00", 20, 200);  // TIES_DAY
        request(w, 11, "2025-11-18 12:00:00", 42, 599);  // SINGLE_DAY

        // error_events
        w.row("error_events", "error_id", 1, "occurred_at", ts("2025-11-20 00:00:00"), "level", "error", "message", "a");
        w.row("error_events", "error_id", 2, "occurred_at", ts("2025-11-20 23:59:59"), "level", "critical", "message", "b");
        w.row("error_events", "error_id", 3, "occurred_at", ts("2025-11-21 00:00:00"), "level", "error", "message", "c");
        w.row("error_events", "error_id", 4, "occurred_at", ts("2025-11-19 23:59:59"), "level", "error", "message", "d");

        // nps_responses: id, responded_at, score
        nps(w, 1, "2025-10-22 00:00:00", 10);
        nps(w, 2, "2025-11-20 23:59:59", 9);
        nps(w, 3, "2025-11-01 10:00:00", 8);
        nps(w, 4, "2025-11-02 10:00:00", 7);
        nps(w, 5, "2025-11-10 10:00:00", 6);
        nps(w, 6, "2025-11-15 10:00:00", 0);
        nps(w, 7, "2025-10-21 23:59:59", 10); // before the window
        nps(w, 8, "2025-11-21 00:00:00", 0);  // after the window
        nps(w, 9, "2025-11-05 10:00:00", 10);

        // support_tickets: id, priority, opened_at, first_response_at
        ticket(w, 1, "critical", "2025-11-20 10:00:00", "2025-11-20 11:59:59"); // counted, met
        ticket(w, 2, "critical", "2025-11-20 10:00:00", "2025-11-20 12:00:00"); // counted, met (exactly 2 h)
        ticket(w, 3, "critical", "2025-11-20 10:00:00", "2025-11-20 12:00:01"); // counted, missed
        ticket(w, 4, "high", "2025-11-20 21:00:00", null);                      // deadline 11-21 01:00 not passed: not counted
        ticket(w, 5, "high", "2025-11-20 19:00:00", null);                      // deadline 23:00 passed: counted, missed
        ticket(w, 6, "standard", "2025-11-19 22:00:00", "2025-11-21 01:00:00"); // deadline 11-20 22:00 passed: counted, missed
        ticket(w, 7, "standard", "2025-11-20 08:00:00", "2025-11-21 07:00:00"); // answered after asOfEnd, deadline not passed: not counted
        ticket(w, 8, "standard", "2025-11-14 00:00:00", "2025-11-14 20:00:00"); // first second of the window: counted, met
        ticket(w, 9, "high", "2025-11-13 23:59:59", "2025-11-14 00:10:00");     // before the window
        ticket(w, 10, "high", "2025-11-21 00:00:00", null);                     // after the window
        ticket(w, 11, "high", "2025-11-20 20:00:00", null);                     // deadline = asOfEnd exactly: not before it, not counted

        // community_daily
        community(w, "2025-11-20", "discord", 1234);
        community(w, "2025-11-20", "twitter", 999);
        community(w, "2025-11-19", "discord", 777);

        // economy_ledger: id, occurred_at, currency, amount
        ledger(w, 1, "2025-11-14 00:00:00", "gold", 100);
        ledger(w, 2, "2025-11-20 23:59:59", "gold", 50);
        ledger(w, 3, "2025-11-20 10:00:00", "gold", -40);
        ledger(w, 4, "2025-11-16 10:00:00", "gold", -60);
        ledger(w, 5, "2025-11-20 10:00:00", "gems", 1000);
        ledger(w, 6, "2025-11-20 11:00:00", "gems", -500);
        ledger(w, 7, "2025-11-13 23:59:59", "gold", 999);
        ledger(w, 8, "2025-11-21 00:00:00", "gold", -999);

        // seasons: S1 10-20..12-01 (base window 10-20..10-26), S2 12-08..2026-01-19
        w.row("seasons", "season_id", "s1", "name", "Season 1", "starts_on", day("2025-10-20"), "ends_on", day("2025-12-01"));
        w.row("seasons", "season_id", "s2", "name", "Season 2", "starts_on", day("2025-12-08"), "ends_on", day("2026-01-19"));

        // market_trades: id, item, occurred_at, price, qty
        trade(w, 1, "A", "2025-10-20 00:00:00", 10, 2);   // base
        trade(w, 2, "A", "2025-10-26 23:59:59", 16, 1);   // base (last second)
        trade(w, 3, "A", "2025-11-14 00:00:00", 15, 1);   // current
        trade(w, 4, "A", "2025-11-20 23:59:59", 12, 3);   // current
        trade(w, 5, "A", "2025-10-27 00:00:00", 999, 100); // neither window
        trade(w, 6, "B", "2025-10-22 12:00:00", 100, 1);  // base
        trade(w, 7, "B", "2025-11-20 12:00:00", 110, 2);  // current
        trade(w, 8, "B", "2025-11-21 00:00:00", 999, 5);  // after the current window
        trade(w, 9, "C", "2025-10-21 12:00:00", 5, 10);   // base only: excluded
        trade(w, 10, "E", "2025-11-20 12:00:00", 1000, 1); // current only: excluded

        // fraud_flags
        fraud(w, 1, "2025-11-20 00:00:00", "low");
        fraud(w, 2, "2025-11-20 13:00:00", "high");
        fraud(w, 3, "2025-11-20 23:59:59", "low");
        fraud(w, 4, "2025-11-21 00:00:00", "high");

        // watchlist_prices: asOfEnd = 11-21 00:00:00, asOfEnd - 24h = 11-20 00:00:00
        price(w, "BTC", "2025-11-19 12:00:00", 40000);
        price(w, "BTC", "2025-11-20 00:00:00", 50000); // latest at or before asOfEnd - 24h
        price(w, "BTC", "2025-11-20 18:00:00", 52000);
        price(w, "BTC", "2025-11-21 00:00:00", 55000); // latest at or before asOfEnd
        price(w, "BTC", "2025-11-21 00:00:01", 99999); // after asOfEnd
        price(w, "ETH", "2025-11-20 06:00:00", 2000);  // nothing at or before 11-20 00:00: null
        price(w, "SOL", "2025-11-19 00:00:00", 100);
        price(w, "SOL", "2025-11-20 12:00:00", 90);
        price(w, "DOGE", "2025-11-21 12:00:00", 0.25);  // only after asOfEnd: null, key still listed

        w.row("fear_greed", "day", day("2025-11-20"), "value", 35);
        w.row("fear_greed", "day", day("2025-11-19"), "value", 25);
    }

    /** ISO week 2025-W47 (11-17..11-23): complete, with no discord row on Saturday 11-22. */
    public static final LocalDate W47_MONDAY = LocalDate.of(2025, 11, 17);
    /** ISO week 2026-W01, which starts on Monday 2025-12-29: the week over the year change. */
    public static final LocalDate W01_MONDAY = LocalDate.of(2025, 12, 29);
    /** The latest day with sessions once {@link #loadWeeks} ran (Wednesday of 2026-W02): that week is partial. */
    public static final LocalDate LATEST_WITH_WEEKS = LocalDate.of(2026, 1, 7);

    /**
     * Rows for the weekly report, on top of {@link #load} (which must run first); the KPI tests do not load them, so their
     * expectations stay as they are. Worked out by hand in the report's tests:
     * <ul>
     *   <li>2025-W46 and W47: sessions on 11-22 and 11-23, community rows for both weeks (W47 has none for discord on
     *   11-22; twitter rows on the Sundays).</li>
     *   <li>2025-W52 and 2026-W01 (the year change): users 20 to 23, their sessions and two subscriptions; discord only on
     *   12-28 in W52, every day in W01.</li>
     *   <li>2026-W02, whose last day with data is Wednesday 01-07: no signup from 01-01 on (an empty conversion cohort), no
     *   discord row on 01-06.</li>
     * </ul>
     */
    public static void loadWeeks(WarehouseFixture w) {
        session(w, 101, 10, "2025-11-22 10:00:00", false);
        session(w, 102, 9, "2025-11-23 12:00:00", false);
        session(w, 103, 10, "2025-11-23 13:00:00", false);
        int[] w46Active = {600, 650, 700, 750, 800, 850, 900};
        for (int i = 0; i < 7; i++) {
            community(w, LocalDate.of(2025, 11, 10 + i).toString(), "discord", 5000, w46Active[i]);
        }
        community(w, "2025-11-16", "twitter", 1200, 40);
        community(w, "2025-11-17", "discord", 5100, 800);
        community(w, "2025-11-18", "discord", 5100, 900);
        community(w, "2025-11-21", "discord", 5150, 1000);
        community(w, "2025-11-23", "discord", 5200, 1100);
        community(w, "2025-11-23", "twitter", 1250, 50);

        user(w, 20, "2025-12-23 10:00:00");
        user(w, 21, "2025-12-30 09:00:00");
        user(w, 22, "2025-12-31 15:00:00");
        user(w, 23, "2025-12-31 23:59:59");
        session(w, 110, 20, "2025-12-23 11:00:00", false);
        session(w, 111, 20, "2025-12-31 23:30:00", false);
        session(w, 112, 20, "2026-01-05 08:00:00", false);
        session(w, 113, 21, "2025-12-30 10:00:00", false);
        session(w, 114, 21, "2026-01-01 10:00:00", false);
        session(w, 115, 21, "2026-01-06 10:00:00", false);
        session(w, 116, 22, "2026-01-02 16:00:00", false);
        session(w, 117, 22, "2026-01-07 09:00:00", false);
        sub(w, 20, 21, "2026-01-01 12:00:00", null, "19.99");
        sub(w, 21, 20, "2025-12-24 00:00:00", "2026-01-03 00:00:00", "9.99");
        community(w, "2025-12-28", "discord", 5300, 500);
        for (int i = 0; i < 7; i++) {
            community(w, W01_MONDAY.plusDays(i).toString(), "discord", 5400, 1000);
        }
        community(w, "2025-12-31", "twitter", 1290, 60);
        community(w, "2026-01-04", "twitter", 1300, 70);
        community(w, "2026-01-05", "discord", 5450, 1200);
        community(w, "2026-01-07", "discord", 5500, 1300);
        community(w, "2026-01-07", "twitter", 1320, 80);
    }

    private static void user(WarehouseFixture w, long id, String createdAt) {
        w.row("users", "user_id", id, "created_at", ts(createdAt), "country", "KR", "platform", "web");
    }

    private static void session(WarehouseFixture w, long id, long user, String startedAt, boolean crashed) {
        w.row("sessions", "session_id", id, "user_id", user, "started_at", ts(startedAt), "duration_s", 60, "crashed", crashed,
                "client_version", "1.0");
    }

    private static void sub(WarehouseFixture w, long id, long user, String startedAt, String endedAt, String price) {
        w.row("subscriptions", "subscription_id", id, "user_id", user, "plan", "pro", "started_at", ts(startedAt),
                "ended_at", endedAt == null ? null : ts(endedAt), "monthly_price_usd", new BigDecimal(price));
    }

    private static void request(WarehouseFixture w, long id, String at, double latency, int status) {
        w.row("api_requests", "request_id", id, "occurred_at", ts(at), "route", "/api", "latency_ms", latency, "status_code", status);
    }

    private static void nps(WarehouseFixture w, long id, String at, int score) {
        w.row("nps_responses", "response_id", id, "user_id", 1L, "responded_at", ts(at), "score", score);
    }

    private static void ticket(WarehouseFixture w, long id, String priority, String openedAt, String firstResponseAt) {
        w.row("support_tickets", "ticket_id", id, "priority", priority, "opened_at", ts(openedAt),
                "first_response_at", firstResponseAt == null ? null : ts(firstResponseAt), "resolved_at", null);
    }

    private static void community(WarehouseFixture w, String d, String channel, int active) {
        community(w, d, channel, 5000, active);
    }

    private static void community(WarehouseFixture w, String d, String channel, int members, int active) {
        w.row("community_daily", "day", day(d), "channel", channel, "members", members, "active_users", active, "mentions", 3);
    }

    private static void ledger(WarehouseFixture w, long id, String at, String currency, long amount) {
        w.row("economy_ledger", "entry_id", id, "user_id", 1L, "occurred_at", ts(at), "currency", currency, "amount", amount, "reason", "quest");
    }

    private static void trade(WarehouseFixture w, long id, String item, String at, double price, int qty) {
        w.row("market_trades", "trade_id", id, "item_id", item, "occurred_at", ts(at), "unit_price", price, "quantity", qty);
    }

    private static void fraud(WarehouseFixture w, long id, String at, String severity) {
        w.row("fraud_flags", "flag_id", id, "user_id", 1L, "occurred_at", ts(at), "rule", "velocity", "severity", severity);
    }

    private static void price(WarehouseFixture w, String symbol, String at, double usd) {
        w.row("watchlist_prices", "symbol", symbol, "observed_at", ts(at), "price_usd", usd);
    }
}
