package io.liveops.console.economy.core;

import java.util.Objects;

/** An item the inflation index leaves out, with the reason in words. */
public record ExcludedItem(String itemId, String reason) {

    public ExcludedItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(reason, "reason");
    }
}
