package io.liveops.console.kpi.ui;

import io.liveops.console.kpi.core.KpiAlertRules;
import io.liveops.console.shared.Target;
import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.kit.LazyTab;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;

/** The KPI board: tiles, table and detail; opens a KPI's tile and detail ({@code kpi dau}, from a toast). */
public final class KpiTab extends LazyTab<KpiTilesView> {

    public static final String ID = "kpis";

    /** @param alertDrawer builds the alert drawer shown beside the tiles while {@code alertsOpen} is set */
    public KpiTab(KpiDetailViewModel detail, ThresholdEditorViewModel editor, ObservableBooleanValue dark,
                  Supplier<Node> alertDrawer, BooleanProperty alertsOpen, ObservableIntegerValue unacknowledged) {
        super(ID, "KPIs", Icons.DATABASE, () -> new KpiTilesView(detail, editor, dark, alertDrawer.get(), alertsOpen, unacknowledged));
    }

    @Override
    public String guideSection() {
        return "KPI board";
    }

    @Override
    public Set<String> opens() {
        return Set.of(KpiAlertRules.SOURCE);
    }

    @Override
    public void open(Target target) {
        content().open(target.id());
    }
}
