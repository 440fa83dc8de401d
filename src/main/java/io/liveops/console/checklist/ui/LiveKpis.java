package io.liveops.console.checklist.ui;

import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiDefinition;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.KpiValue;
import io.liveops.console.shared.Status;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.value.ObservableValue;

/**
 * The KPI board's latest values and how the checklist names and writes them next to its items.
 *
 * @param snapshots the board's latest snapshot (null while a warehouse switch clears the board)
 */
public record LiveKpis(ObservableValue<KpiSnapshot> snapshots, KpiCatalog catalog, KpiFormat format) {

    public LiveKpis {
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(format, "format");
    }

    /** "Churn D30  11.2 %" with its status; "—" and unknown when the snapshot lacks the KPI or it failed. */
    KpiChip chip(KpiSnapshot snap, String id) {
        Optional<KpiDefinition> def = catalog.byId(id);
        String label = def.map(KpiDefinition::label).orElse(id) + KpiCatalog.keyOf(id).map(k -> " " + k).orElse("");
        Optional<KpiValue> v = snap.get(id);
        String text = v.filter(x -> !x.failed()).map(x -> format.format(x.definition().unit(), x.value())).orElse("—");
        return new KpiChip(id, label, text, v.map(KpiValue::status).orElse(Status.UNKNOWN));
    }
}
