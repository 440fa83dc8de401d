package io.liveops.console.checklist.ui;

import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiReading;
import io.liveops.console.shared.Status;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.value.ObservableValue;

/**
 * The KPI board's latest readings and how the checklist shows them next to its items: the same label, text and
 * status the tiles show (one read model for the board, the alerts and the checklist).
 *
 * @param readings the board's latest readings (empty while a warehouse switch clears the board)
 */
public record LiveKpis(ObservableValue<List<KpiReading>> readings) {

    public LiveKpis {
        Objects.requireNonNull(readings, "readings");
    }

    /** "Churn D30  11.2 %" with its status; "—" and unknown when the readings lack the KPI or it failed. */
    static KpiChip chip(List<KpiReading> readings, String id) {
        Optional<KpiReading> r = readings.stream().filter(x -> x.id().equals(id)).findFirst();
        if (r.isEmpty()) {
            String label = KpiCatalog.standard().byId(id).map(d -> d.labelFor(id)).orElse(id);
            return new KpiChip(id, label, "—", Status.UNKNOWN);
        }
        KpiReading reading = r.get();
        return new KpiChip(id, reading.label(), reading.failed() ? "—" : reading.valueText(), reading.status(), !reading.unjudged());
    }
}
