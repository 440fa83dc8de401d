package io.liveops.console.testkit;

import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.KpiValue;
import io.liveops.console.shared.Status;
import io.liveops.console.warehouse.Dialect;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made KPI snapshots for checklist tests. */
public final class ChecklistFixture {

    /** The console's tab ids, what checklist actions may name. */
    public static final java.util.Set<String> TABS = java.util.Set.copyOf(io.liveops.console.app.AppContext.TAB_IDS);

    private ChecklistFixture() {}

    /** Every KPI the playbook template links, OK, except churn which is CRITICAL. */
    public static KpiSnapshot snapshot() {
        KpiCatalog catalog = KpiCatalog.standard();
        List<KpiValue> values = new ArrayList<>();
        Object[][] rows = {
                {"dau", 9_840.0, Status.OK}, {"mau", 31_200.0, Status.OK}, {"new_signups", 412.0, Status.OK},
                {"churn_d30", 0.112, Status.CRITICAL}, {"discord_dau", 1_250.0, Status.OK}, {"errors_24h", 37.0, Status.OK},
                {"p95_latency_ms", 142.5, Status.OK}, {"error_rate", 0.004, Status.OK}, {"crash_free_rate", 0.991, Status.OK},
                {"watch_change_24h:BTC", -0.062, Status.WARNING}, {"watch_change_24h:ETH", 0.031, Status.OK},
                {"fear_greed", 35.0, Status.OK},
        };
        for (Object[] r : rows) {
            String id = (String) r[0];
            values.add(new KpiValue(id, catalog.byId(id).orElseThrow(), (Double) r[1], (Status) r[2], null, "test", 1));
        }
        return new KpiSnapshot(LocalDate.parse("2026-11-22"), Dialect.SQLITE, values, Instant.parse("2026-11-23T00:00:00Z"), 10);
    }

    /**
     * The readings of {@link #snapshot()} as the KPI board shows them: every value judged by a threshold except
     * fear_greed, which has none (shown plain, never as "ok").
     */
    public static List<io.liveops.console.kpi.core.KpiReading> readings() {
        java.util.Map<String, io.liveops.console.kpi.core.Threshold> thresholds = new java.util.LinkedHashMap<>();
        for (KpiValue v : snapshot().values()) {
            if (!v.id().equals("fear_greed")) {
                thresholds.put(KpiCatalog.baseId(v.id()), new io.liveops.console.kpi.core.Threshold(
                        io.liveops.console.kpi.core.Threshold.Direction.LOWER_IS_BETTER, null, 1e12, 1e13, null, null, null, null, false));
            }
        }
        return new io.liveops.console.kpi.core.KpiReadModel(new io.liveops.console.kpi.core.KpiFormat(java.util.Locale.US))
                .readings(snapshot(), null, false, new io.liveops.console.kpi.core.Thresholds(thresholds));
    }
}
