package io.liveops.console.kpi.core;

import java.util.Comparator;

/**
 * How the KPI table sorts its rows: by the number behind the text ("$22,228.88" and "0.4 %" are not compared as
 * words) and by how bad the status is, worst first.
 */
public final class KpiReadingOrder {

    private KpiReadingOrder() {}

    /** By value, smallest first; readings without a value (no data, error) after every number. */
    public static final Comparator<KpiReading> BY_VALUE = Comparator.comparing(KpiReading::value,
            Comparator.nullsLast(Comparator.naturalOrder()));

    /** Critical, warning, ok, then a value without threshold, then no data, then a failed query. */
    public static final Comparator<KpiReading> BY_SEVERITY = Comparator.comparingInt(KpiReadingOrder::severityRank);

    /** 0 for critical up to 5 for a failed query. */
    static int severityRank(KpiReading r) {
        if (r.failed()) {
            return 5;
        }
        if (r.value() == null) {
            return 4;
        }
        if (!r.judged()) {
            return 3;
        }
        return switch (r.status()) {
            case CRITICAL -> 0;
            case WARNING -> 1;
            case OK -> 2;
            case UNKNOWN -> 4;
        };
    }
}
