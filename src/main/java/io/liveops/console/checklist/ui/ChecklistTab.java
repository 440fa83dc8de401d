package io.liveops.console.checklist.ui;

import io.liveops.console.ui.kit.ConsoleTab;
import io.liveops.console.ui.kit.Icons;
import java.util.Set;

/** Today's routines; its alerts (a routine window closed with items open) open it. */
public final class ChecklistTab implements ConsoleTab {

    public static final String ID = "checklist";

    private final ChecklistViewModel vm;
    private ChecklistView view;

    public ChecklistTab(ChecklistViewModel vm) {
        this.vm = vm;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Checklist";
    }

    @Override
    public Icons icon() {
        return Icons.CHECKLIST;
    }

    @Override
    public ChecklistView content() {
        if (view == null) {
            view = new ChecklistView(vm);
        }
        return view;
    }

    @Override
    public Set<String> opens() {
        return Set.of(ChecklistViewModel.ALERT_SOURCE);
    }
}
