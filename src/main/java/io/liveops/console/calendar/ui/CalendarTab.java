package io.liveops.console.calendar.ui;

import io.liveops.console.calendar.core.CalendarService;
import io.liveops.console.shared.Target;
import io.liveops.console.ui.kit.ConsoleTab;
import io.liveops.console.ui.kit.Icons;
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
public final class CalendarTab implements ConsoleTab {

    public static final String ID = "calendar";

    private final CalendarViewModel vm;
    private final RuleEditorViewModel rules;
    private final CampaignsViewModel campaigns;
    private final ExchangeViewModel exchange;
    private CalendarView view;

    public CalendarTab(CalendarViewModel vm, RuleEditorViewModel rules, CampaignsViewModel campaigns, ExchangeViewModel exchange) {
        this.vm = vm;
        this.rules = rules;
        this.campaigns = campaigns;
        this.exchange = exchange;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Calendar";
    }

    @Override
    public Icons icon() {
        return Icons.CALENDAR;
    }

    @Override
    public CalendarView content() {
        if (view == null) {
            view = new CalendarView(vm, rules, campaigns, exchange);
        }
        return view;
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
