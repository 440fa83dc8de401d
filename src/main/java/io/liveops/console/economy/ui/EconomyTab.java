package io.liveops.console.economy.ui;

import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.kit.LazyTab;
import javafx.beans.value.ObservableBooleanValue;

/** Gauges, drill-downs and advice for the game economy (playbooks.md, Economy); loads when first shown. */
public final class EconomyTab extends LazyTab<EconomyView> {

    public static final String ID = "economy";

    public EconomyTab(EconomyViewModel vm, ObservableBooleanValue dark) {
        super(ID, "Economy", Icons.ECONOMY, () -> {
            EconomyView built = new EconomyView(vm, dark);
            vm.activate();
            return built;
        });
    }
}
