package io.liveops.console.kpi.ui;

import io.liveops.console.kpi.core.KpiAlertRules;
import io.liveops.console.shared.Target;
import io.liveops.console.ui.kit.ConsoleTab;
import io.liveops.console.ui.kit.Icons;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;

/** The KPI board: tiles, table and detail; opens a KPI's tile and detail ({@code kpi dau}, from a toast). */
public final class KpiTab implements ConsoleTab {

    public static final String ID = "kpis";

    private final KpiDetailViewModel detail;
    private final ThresholdEditorViewModel editor;
    private final ObservableBooleanValue dark;
    private final Supplier<Node> alertDrawer;
    private final BooleanProperty alertsOpen;
    private final ObservableIntegerValue unacknowledged;
    private KpiTilesView view;

    /** @param alertDrawer builds the alert drawer shown beside the tiles while {@code alertsOpen} is set */
    public KpiTab(KpiDetailViewModel detail, ThresholdEditorViewModel editor, ObservableBooleanValue dark,
                  Supplier<Node> alertDrawer, BooleanProperty alertsOpen, ObservableIntegerValue unacknowledged) {
        this.detail = detail;
        this.editor = editor;
        this.dark = dark;
        this.alertDrawer = alertDrawer;
        this.alertsOpen = alertsOpen;
        this.unacknowledged = unacknowledged;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "KPIs";
    }

    @Override
    public Icons icon() {
        return Icons.DATABASE;
    }

    @Override
    public KpiTilesView content() {
        if (view == null) {
            view = new KpiTilesView(detail, editor, dark, alertDrawer.get(), alertsOpen, unacknowledged);
        }
        return view;
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
