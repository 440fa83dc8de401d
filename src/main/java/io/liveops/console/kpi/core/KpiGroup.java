package io.liveops.console.kpi.core;

/** The contract's KPI sections, in display order. */
public enum KpiGroup {
    ENGAGEMENT("Engagement"),
    MONETIZATION("Monetization"),
    TECHNICAL_HEALTH("Technical health"),
    PRODUCT_AND_COMMUNITY("Product and community"),
    ECONOMY("Economy"),
    WATCHLIST("Watchlist");

    private final String displayName;

    KpiGroup(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
