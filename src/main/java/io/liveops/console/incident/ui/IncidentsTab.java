package io.liveops.console.incident.ui;

import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.shared.Target;
import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.kit.LazyTab;
import io.liveops.console.ui.kit.TabBadge;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The incident board. Opens an incident by id ({@code incidents 7}) or by the key of one of its
 * alerts ({@code incidents incident-7-ack}); Ctrl+N declares a new one from any tab. Its badge shows the
 * open incidents beside the tab's title and in the status bar.
 */
public final class IncidentsTab extends LazyTab<IncidentBoardView> {

    public static final String ID = "incidents";

    /** The kind of target that names an incident. */
    public static final String TARGET_KIND = IncidentService.ALERT_SOURCE;

    private final IncidentBoardViewModel vm;

    public IncidentsTab(IncidentBoardViewModel vm) {
        super(ID, "Incidents", Icons.INCIDENT, () -> new IncidentBoardView(vm));
        this.vm = vm;
    }

    /** Open incidents and the worst severity ("2 open · P0"): P0/P1 critical, P2 warning, P3 ok; none open, no badge. */
    @Override
    public ObservableValue<TabBadge> badge() {
        return vm.badgeProperty();
    }

    @Override
    public Set<String> opens() {
        return Set.of(TARGET_KIND);
    }

    @Override
    public void open(Target target) {
        OptionalLong id = target.id().matches("\\d+") ? OptionalLong.of(Long.parseLong(target.id()))
                : IncidentService.incidentIdOf(target.id());
        id.ifPresent(content()::open);
    }

    @Override
    public List<Command> commands() {
        return List.of(new Command("new-incident", "Declare a new incident",
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> content().declareNew()));
    }
}
