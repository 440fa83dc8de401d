package io.liveops.console.economy.ui;

import io.liveops.console.ui.kit.ConsoleTab;
import io.liveops.console.ui.kit.Icons;
import javafx.beans.value.ObservableBooleanValue;

/** Gauges, drill-downs and advice for the game economy (playbooks.md, Economy); loads when first shown. */
public final class EconomyTab implements ConsoleTab {

    public static final String ID = "economy";

    private final EconomyViewModel vm;
    private final ObservableBooleanValue dark;
    private EconomyView view;

    public EconomyTab(EconomyViewModel vm, ObservableBooleanValue dark) {
        this.vm = vm;
        this.dark = dark;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Economy";
    }

    @Override
    public Icons icon() {
        return Icons.ECONOMY;
    }

    @Override
    public EconomyView content() {
        if (view == null) {
            view = new EconomyView(vm, dark);
            vm.activate();
        }
        return view;
    }
}
