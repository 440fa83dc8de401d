package io.liveops.console.checklist.ui;

import io.liveops.console.alert.core.Alert;
import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertHistoryRepository;
import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.checklist.core.ChecklistRepository;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.checklist.core.RoutineSchedule;
import io.liveops.console.checklist.core.TemplateReader;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.ChecklistFixture;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.testkit.RecordingNavigator;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Checklist tab's ViewModels without a screen, on a real SQLite state store in a temp folder, in
 * Seoul: a current-thread executor, a manual scheduler and a clock the test moves.
 */
final class ChecklistHarness implements AutoCloseable {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    final Path dir;
    final MutableClock clock;
    final ManualScheduler scheduler;
    final SimpleObjectProperty<java.util.List<io.liveops.console.kpi.core.KpiReading>> snapshots = new SimpleObjectProperty<>();
    final List<Alert> alerts = new ArrayList<>();
    final List<String> opened = new ArrayList<>();
    final StateStore store;
    final ChecklistService service;
    final ChecklistViewModel vm;

    /** @param now an instant, e.g. "2026-11-23T00:30:00Z" (Monday 09:30 in Seoul) */
    ChecklistHarness(Path dir, String now) {
        this.dir = dir;
        this.clock = MutableClock.at(now);
        this.scheduler = new ManualScheduler(clock);
        this.store = StateStore.openSqlite(dir.resolve("state.db"), clock);
        this.service = new ChecklistService(new ChecklistRepository(store), new TemplateReader(KpiCatalog.standard(), ChecklistFixture.TABS),
                ChecklistService.userTemplateIn(dir.resolve("config")), new RoutineSchedule(SEOUL), clock);
        AlertCenter center = new AlertCenter(new AlertHistoryRepository(store), clock);
        center.addListener(alerts::add);
        this.vm = new ChecklistViewModel(service, new LiveKpis(snapshots),
                new ItemLinks(url -> opened.add("url " + url), new RecordingNavigator(opened, java.util.Set.of("calendar"))), center, () -> "ana",
                new CurrentThreadTaskExecutor(), scheduler, clock);
    }

    TodayViewModel today() {
        return vm.today();
    }

    RoutineRow routine(String id) {
        return vm.today().routine(id).orElseThrow();
    }

    ItemRow item(String routineId, String itemId) {
        return routine(routineId).items().stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        vm.stop();
        store.close();
    }
}
