package io.liveops.console.experiment.ui;

import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.kit.LazyTab;
import javafx.beans.value.ObservableBooleanValue;

/** Plan, analyse and decide A/B experiments. */
public final class ExperimentsTab extends LazyTab<ExperimentView> {

    public static final String ID = "experiments";

    public ExperimentsTab(ExperimentViewModel vm, ObservableBooleanValue dark) {
        super(ID, "Experiments", Icons.EXPERIMENT, () -> new ExperimentView(vm, dark));
    }
}
