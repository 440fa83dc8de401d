package io.liveops.console.testkit;

import static io.liveops.console.testkit.WarehouseFixture.day;
import static io.liveops.console.testkit.WarehouseFixture.ts;

import java.time.LocalDate;

/**
 * A small economy whose answers are worked out by hand in EconomyServiceTest. As-of day D = 2025-11-20:
 * current window [11-14, 11-20], previous week [11-07, 11-13]. Season S1 runs 10-20..12-01 (base window
 * 10-20..10-26), S2 12-08..2026-01-19; 12-05 lies in no season. Rows sit on the window edges on purpose.
 */
public final class EconomyWarehouse {

    public static final LocalDate D = LocalDate.of(2025, 11, 20);
    /** Between seasons S1 (ends 12-01) and S2 (starts 12-08). */
    public static final LocalDate NO_SEASON_DAY = LocalDate.of(2025, 12, 5);

    private EconomyWarehouse() {}

    public static void load(WarehouseFixture w) {
        seasons(w);
        ledger(w);
        trades(w);
        flags(w);
    }

    public static void seasons(WarehouseFixture w) {
        w.row("seasons", "season_id", "S1", "name", "Season 1", "starts_on", day("2025-10-20"), "ends_on", day("2025-12-01"));
        w.row("seasons", "season_id", "S2", "name", "Season 2", "starts_on", day("2025-12-08"), "ends_on", day("2026-01-19"));
    }

    public static void ledger(WarehouseFixture w) {
        // gold, current week: quest_reward 100 + 50 = 150, match_win 30 (earned 180); shop_purchase 40, upgrade 60 (spent 100)
        ledger(w, 1, "2025-11-14 00:00:00", "gold", 100, "quest_reward");
        ledger(w, 2, "2025-11-20 23:59:59", "gold", 50, "quest_reward");
        ledger(w, 3, "2025-11-17 09:00:00", "gold", 30, "match_win");
        ledger(w, 4, "2025-11-20 10:00:00", "gold", -40, "shop_purchase");
        ledger(w, 5, "2025-11-16 10:00:00", "gold", -60, "upgrade");
        // gold, previous week: quest_reward 100, match_win 60 (earned 160); shop_purchase 20, upgrade 80 (spent 100)
        ledger(w, 6, "2025-11-10 12:00:00", "gold", 100, "quest_reward");
        ledger(w, 7, "2025-11-08 12:00:00", "gold", 60, "match_win");
        ledger(w, 8, "2025-11-12 12:00:00", "gold", -20, "shop_purchase");
        ledger(w, 9, "2025-11-13 23:59:59", "gold", -80, "upgrade");
        // outside both weeks: after D, and long before the chart
        ledger(w, 10, "2025-11-21 00:00:00", "gold", -999, "upgrade");
        ledger(w, 11, "2025-08-01 00:00:00", "gold", 999, "quest_reward");
        // gems: earned this week, spent only the week before: its ratio is undefined (nothing spent)
        ledger(w, 12, "2025-11-18 08:00:00", "gems", 500, "iap_purchase");
        ledger(w, 13, "2025-11-10 08:00:00", "gems", -10, "gem_shop");
    }

    public static void trades(WarehouseFixture w) {
        // A: base (10×2 + 16×1)/3 = 12, w = 3; current (15×1 + 12×3)/4 = 12.75
        trade(w, 1, "A", "2025-10-20 00:00:00", 10, 2);
        trade(w, 2, "A", "2025-10-26 23:59:59", 16, 1);
        trade(w, 3, "A", "2025-11-14 00:00:00", 15, 1);
        trade(w, 4, "A", "2025-11-20 23:59:59", 12, 3);
        trade(w, 5, "A", "2025-10-27 00:00:00", 999, 100); // in neither of D's windows
        // B: base 100, w = 1; current 110
        trade(w, 6, "B", "2025-10-22 12:00:00", 100, 1);
        trade(w, 7, "B", "2025-11-20 12:00:00", 110, 2);
        trade(w, 8, "B", "2025-11-21 00:00:00", 999, 5); // after D
        // C: base window only; E: current window only (both left out of D's index)
        trade(w, 9, "C", "2025-10-21 12:00:00", 5, 10);
        trade(w, 10, "E", "2025-11-20 12:00:00", 1000, 1);
    }

    public static void flags(WarehouseFixture w) {
        flag(w, 1, 7, "2025-11-20 00:00:00", "speed_hack", "low");
        flag(w, 2, 7, "2025-11-20 13:00:00", "market_wash_trade", "high");
        flag(w, 3, 8, "2025-11-20 23:59:59", "market_wash_trade", "high");
        flag(w, 4, 9, "2025-11-21 00:00:00", "market_wash_trade", "high"); // after D
        flag(w, 5, 7, "2025-11-19 12:00:00", "chargeback", "low");
        flag(w, 6, 3, "2025-10-22 12:00:00", "speed_hack", "low");         // first day of the 30-day chart
        flag(w, 7, 3, "2025-10-21 23:59:59", "speed_hack", "low");         // the day before it
    }

    private static void ledger(WarehouseFixture w, long id, String at, String currency, long amount, String reason) {
        w.row("economy_ledger", "entry_id", id, "user_id", 1L, "occurred_at", ts(at), "currency", currency, "amount", amount, "reason", reason);
    }

    private static void trade(WarehouseFixture w, long id, String item, String at, double price, int qty) {
        w.row("market_trades", "trade_id", id, "item_id", item, "occurred_at", ts(at), "unit_price", price, "quantity", qty);
    }

    private static void flag(WarehouseFixture w, long id, long user, String at, String rule, String severity) {
        w.row("fraud_flags", "flag_id", id, "user_id", user, "occurred_at", ts(at), "rule", rule, "severity", severity);
    }
}
