package io.liveops.console.economy.core;

/** The Economy tab's three gauges, each the contract KPI of its id (warehouse-contract.md, Economy). */
public enum Gauge {
    INFLATION("inflation_index"),
    RATIO("earn_spend_ratio_7d"),
    FRAUD("fraud_flags_24h");

    private final String kpiId;

    Gauge(String kpiId) {
        this.kpiId = kpiId;
    }

    /** The KPI id: its threshold, its SQL file and its key in the CLI's JSON. */
    public String kpiId() {
        return kpiId;
    }
}
