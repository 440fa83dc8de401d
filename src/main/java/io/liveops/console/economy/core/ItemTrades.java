package io.liveops.console.economy.core;

import java.util.Objects;

/**
 * One item's trades in the index's two windows: traded value (Σ unit_price · quantity) and quantity; null for a window
 * in which the item was not traded.
 */
public record ItemTrades(String itemId, Double baseValue, Long baseQuantity, Double currentValue, Long currentQuantity) {

    public ItemTrades {
        Objects.requireNonNull(itemId, "itemId");
    }

    boolean inBase() {
        return baseQuantity != null && baseQuantity > 0 && baseValue != null;
    }

    boolean inCurrent() {
        return currentQuantity != null && currentQuantity > 0 && currentValue != null;
    }
}
