package io.liveops.console.calendar.ui;

import io.liveops.console.calendar.core.CalendarService;
import io.liveops.console.shared.Target;
import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.kit.LazyTab;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The content calendar. Opens a day ({@code calendar day-2026-11-30}, the checklist's link to the day's
 * items) or an item by the key its reminders carry ({@code calendar weekly-ama@2026-12-02}); Ctrl+Shift+N
 * plans a new item (Ctrl+N stays "new incident").
 */
public final class CalendarTab extends LazyTab<CalendarView> {

    public static final String ID = "calendar";

    private final CalendarViewModel vm;

    public CalendarTab(CalendarViewModel vm, RuleEditorViewModel rules, CampaignsViewModel campaigns, ExchangeViewModel exchange) {
        super(ID, "Calendar", Icons.CALENDAR, () -> new CalendarView(vm, rules, campaigns, exchange));
        this.vm = vm;
    }

    @Override
    public Set<String> opens() {
        return Set.of(CalendarService.ALERT_SOURCE);
    }

    @Override
    public void open(Target target) {
        content();
        vm.open(target.id(), unknown -> { });
    }

    @Override
    public List<Command> commands() {
        return List.of(new Command("new-calendar-item", "Plan a new calendar item",
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> content().newItem()));
    }
}
