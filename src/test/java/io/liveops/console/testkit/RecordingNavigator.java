package io.liveops.console.testkit;

import io.liveops.console.shared.Navigator;
import io.liveops.console.shared.Target;
import java.util.List;

/** A navigator that writes down what it was asked to open ("tab incidents", "kpi dau"). */
public final class RecordingNavigator implements Navigator {

    private final List<String> opened;
    private final java.util.Set<String> kinds;

    /** Opens tabs only. */
    public RecordingNavigator(List<String> opened) {
        this(opened, java.util.Set.of());
    }

    /** Opens tabs and targets of these kinds (as the console's tabs declare them). */
    public RecordingNavigator(List<String> opened, java.util.Set<String> kinds) {
        this.opened = opened;
        this.kinds = kinds;
    }

    @Override
    public void open(Target target) {
        opened.add(target.toString());
    }

    @Override
    public boolean canOpen(Target target) {
        return target.isTab() || kinds.contains(target.kind());
    }
}
