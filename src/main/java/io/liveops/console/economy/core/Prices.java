package io.liveops.console.economy.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What drives the inflation index on day D: the items in both windows with their prices, weights and contributions,
 * the items left out and why, and the index for every day since the season started.
 */
public record Prices(Season season, LocalDate asOf, List<ItemPrice> items, List<ExcludedItem> excluded, List<IndexPoint> series) {

    public Prices {
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(asOf, "asOf");
        items = List.copyOf(items);
        excluded = List.copyOf(excluded);
        series = List.copyOf(series);
    }

    public LocalDate currentFrom() {
        return asOf.minusDays(Ledger.WINDOW_DAYS - 1);
    }

    /** Prices from the trades of both windows; items sorted by id. */
    public static Prices of(Season season, LocalDate asOf, List<ItemTrades> trades, List<IndexPoint> series) {
        String base = "the base window [" + season.baseFrom() + ", " + season.baseTo() + "]";
        String current = "the current window [" + asOf.minusDays(Ledger.WINDOW_DAYS - 1) + ", " + asOf + "]";
        List<ItemTrades> both = new ArrayList<>();
        List<ExcludedItem> excluded = new ArrayList<>();
        for (ItemTrades t : trades) {
            if (t.inBase() && t.inCurrent()) {
                both.add(t);
            } else if (t.inBase()) {
                excluded.add(new ExcludedItem(t.itemId(), "traded in " + base + " but not in " + current
                        + ": no current price to compare"));
            } else if (t.inCurrent()) {
                excluded.add(new ExcludedItem(t.itemId(), "traded in " + current + " but not in " + base
                        + ": no base price to compare (a new item does not move the index)"));
            } else {
                excluded.add(new ExcludedItem(t.itemId(), "its trades have no quantity, so it has no volume-weighted price"));
            }
        }
        double basket = 0;
        for (ItemTrades t : both) {
            basket += t.baseQuantity() * (t.baseValue() / t.baseQuantity());
        }
        List<ItemPrice> items = new ArrayList<>(both.size());
        for (ItemTrades t : both) {
            double pBase = t.baseValue() / t.baseQuantity();
            double pCurrent = t.currentValue() / t.currentQuantity();
            long w = t.baseQuantity();
            items.add(basket == 0 ? new ItemPrice(t.itemId(), pBase, pCurrent, w, null, null)
                    : new ItemPrice(t.itemId(), pBase, pCurrent, w, w * pBase / basket, w * (pCurrent - pBase) / basket));
        }
        items.sort(Comparator.comparing(ItemPrice::itemId));
        excluded.sort(Comparator.comparing(ExcludedItem::itemId));
        return new Prices(season, asOf, items, excluded, series);
    }

    /** The items that push the index up most, biggest contribution first. */
    public List<ItemPrice> drivers(int limit) {
        return items.stream().filter(i -> i.contribution() != null && i.contribution() > 0)
                .sorted(Comparator.comparingDouble(ItemPrice::contribution).reversed()).limit(limit).toList();
    }
}
