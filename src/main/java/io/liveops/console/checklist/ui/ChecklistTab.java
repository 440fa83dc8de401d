package io.liveops.console.checklist.ui;

import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.kit.LazyTab;
import java.util.Set;

/** Today's routines; its alerts (a routine window closed with items open) open it. */
public final class ChecklistTab extends LazyTab<ChecklistView> {

    public static final String ID = "checklist";

    public ChecklistTab(ChecklistViewModel vm) {
        super(ID, "Checklist", Icons.CHECKLIST, () -> new ChecklistView(vm));
    }

    @Override
    public Set<String> opens() {
        return Set.of(ChecklistViewModel.ALERT_SOURCE);
    }
}
