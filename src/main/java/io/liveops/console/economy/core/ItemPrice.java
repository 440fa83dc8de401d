package io.liveops.console.economy.core;

import java.util.Objects;

/**
 * An item in the inflation index: its volume-weighted prices in the base and current windows, its base-window quantity
 * (the index's weight), its share of the base basket's value and what it adds to the index's change from 1.
 *
 * @param weight       w · p_base / Σ w · p_base: the item's share of the base basket (the index's weights sum to 1)
 * @param contribution w · (p_current − p_base) / Σ w · p_base: the contributions sum to index − 1
 * Both are null when the base basket is worth nothing (every base price 0).
 */
public record ItemPrice(String itemId, double basePrice, double currentPrice, long baseQuantity, Double weight, Double contribution) {

    public ItemPrice {
        Objects.requireNonNull(itemId, "itemId");
    }

    /** current / base − 1, as a fraction; null when the base price is 0. */
    public Double change() {
        return basePrice == 0 ? null : currentPrice / basePrice - 1;
    }
}
