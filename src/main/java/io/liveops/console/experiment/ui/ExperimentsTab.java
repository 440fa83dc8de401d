package io.liveops.console.experiment.ui;

import io.liveops.console.ui.kit.ConsoleTab;
import io.liveops.console.ui.kit.Icons;
import javafx.beans.value.ObservableBooleanValue;

/** Plan, analyse and decide A/B experiments. */
public final class ExperimentsTab implements ConsoleTab {

    public static final String ID = "experiments";

    private final ExperimentViewModel vm;
    private final ObservableBooleanValue dark;
    private ExperimentView view;

    public ExperimentsTab(ExperimentViewModel vm, ObservableBooleanValue dark) {
        this.vm = vm;
        this.dark = dark;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Experiments";
    }

    @Override
    public Icons icon() {
        return Icons.EXPERIMENT;
    }

    @Override
    public ExperimentView content() {
        if (view == null) {
            view = new ExperimentView(vm, dark);
        }
        return view;
    }
}
