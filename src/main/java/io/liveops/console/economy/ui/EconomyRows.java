package io.liveops.console.economy.ui;

import io.liveops.console.economy.core.Flow;
import io.liveops.console.economy.core.Fraud;
import io.liveops.console.economy.core.ItemPrice;
import io.liveops.console.economy.core.Ledger;
import io.liveops.console.economy.core.Prices;
import io.liveops.console.economy.core.ReasonTotal;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of the Economy tab's tables: raw numbers to sort by and the text to show, formatted here once so the view
 * only lays them out.
 */
final class EconomyRows {

    private EconomyRows() {}

    /** A reason's 7-day total; {@code share} and {@code change} may be null (nothing moved; new this week). */
    public record ReasonRow(String reason, String flow, long current, String currentText, Double share, String shareText,
                            long previous, String previousText, Double change, String changeText) {}

    /** An item of the inflation index. */
    public record ItemRow(String item, double basePrice, String basePriceText, double currentPrice, String currentPriceText,
                          Double change, String changeText, long baseQuantity, String baseQuantityText, Double weight, String weightText,
                          Double contribution, String contributionText) {}

    /** Flags of one rule and severity on the as-of day. */
    public record RuleRow(String rule, String severity, long flags) {}

    /** A user with fraud flags on the as-of day (id and count only). */
    public record UserRow(long userId, long flags) {}

    static List<ReasonRow> reasons(Ledger ledger, KpiFormat format) {
        List<ReasonRow> rows = new ArrayList<>();
        for (Flow flow : Flow.values()) {
            for (ReasonTotal t : ledger.totals(flow)) {
                rows.add(new ReasonRow(t.reason(), flow.label(), t.current(), count(format, t.current()), t.share(),
                        t.share() == null ? "—" : format.format(Unit.FRACTION, t.share()), t.previous(), count(format, t.previous()),
                        t.change(), t.change() == null ? (t.current() == 0 ? "—" : "new") : format.format(Unit.CHANGE, t.change())));
            }
        }
        return rows;
    }

    static List<ItemRow> items(Prices prices, KpiFormat format) {
        List<ItemRow> rows = new ArrayList<>();
        for (ItemPrice i : prices.items()) {
            rows.add(new ItemRow(i.itemId(), i.basePrice(), price(i.basePrice()), i.currentPrice(), price(i.currentPrice()), i.change(),
                    format.format(Unit.CHANGE, i.change()), i.baseQuantity(), count(format, i.baseQuantity()), i.weight(),
                    format.format(Unit.FRACTION, i.weight()), i.contribution(),
                    i.contribution() == null ? "—" : String.format(Locale.ROOT, "%+.4f", i.contribution())));
        }
        return rows;
    }

    static List<RuleRow> rules(Fraud fraud) {
        return fraud.todayByCount().stream().map(c -> new RuleRow(c.rule(), c.severity(), c.flags())).toList();
    }

    static List<UserRow> users(Fraud fraud) {
        return fraud.topUsers().stream().map(u -> new UserRow(u.userId(), u.flags())).toList();
    }

    private static String count(KpiFormat format, long v) {
        return format.format(Unit.COUNT, (double) v);
    }

    private static String price(double p) {
        return String.format(Locale.ROOT, "%,.2f", p);
    }
}
