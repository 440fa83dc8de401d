package io.liveops.console.incident.ui;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertHistoryRepository;
import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.Templates;
import io.liveops.console.shared.ExportFile;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An Incidents tab ViewModel on a state store, with a pinned clock, a recorded clipboard and exports into a folder. */
final class BoardFixture {

    final MutableClock clock = MutableClock.at("2026-11-23T09:00:00Z");
    final List<String> clipboard = new ArrayList<>();
    private final Path dir;

    BoardFixture(Path dir) {
        this.dir = dir;
    }

    IncidentBoardViewModel vm(StateStore store, ManualScheduler scheduler) {
        return vm(store, scheduler, new CurrentThreadTaskExecutor());
    }

    /** A started board: templates and the user's policy files are read from {@code dir}. */
    IncidentBoardViewModel vm(StateStore store, ManualScheduler scheduler, TaskExecutor executor) {
        SeverityPolicy sage = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, null).value();
        IncidentService service = new IncidentService(new IncidentRepository(store), clock, sage,
                new AlertCenter(new AlertHistoryRepository(store), clock));
        IncidentBoardViewModel vm = new IncidentBoardViewModel(service, new Templates(dir.resolve("templates")), executor, scheduler, clock,
                ZoneId.of("UTC"), clipboard::add, (t, name) -> Optional.of(new ExportFile(dir.resolve(name))), p -> SeverityPolicy.load(p, dir));
        vm.start();
        return vm;
    }

    static void declare(IncidentBoardViewModel vm, String title, Severity s) {
        vm.form().titleProperty().set(title);
        vm.form().severityProperty().set(s);
        vm.form().declare();
    }

    /** Resolves the selected incident with a note, as the Resolve form does. */
    static void resolve(IncidentBoardViewModel vm, String note) {
        vm.resolveSelected();
        vm.resolve().noteProperty().set(note);
        vm.resolve().confirm();
    }
}
