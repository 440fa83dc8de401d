package io.liveops.console.testkit;

import io.liveops.console.shared.Navigator;
import io.liveops.console.shared.Target;
import java.util.List;

/** A navigator that writes down what it was asked to open ("tab incidents", "kpi dau"); every target can be opened. */
public final class RecordingNavigator implements Navigator {

    private final List<String> opened;

    public RecordingNavigator(List<String> opened) {
        this.opened = opened;
    }

    @Override
    public void open(Target target) {
        opened.add(target.toString());
    }

    @Override
    public boolean canOpen(Target target) {
        return true;
    }
}
