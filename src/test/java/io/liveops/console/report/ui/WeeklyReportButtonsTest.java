package io.liveops.console.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertHistoryRepository;
import io.liveops.console.app.AppContext;
import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.checklist.core.ChecklistItem;
import io.liveops.console.checklist.core.ChecklistRepository;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.checklist.core.RoutineSchedule;
import io.liveops.console.checklist.core.TemplateReader;
import io.liveops.console.checklist.ui.ChecklistViewModel;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.testkit.RecordingNavigator;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist's weekly-report items open the Report tab again: the Friday week review and the game team's Monday report. */
class WeeklyReportButtonsTest {

    @TempDir
    Path dir;

    @Test
    void theFridayRoutinesButtonOpensTheReportTab() {
        assertThat(AppContext.TAB_IDS).endsWith(ReportTab.ID);
        // Friday 27 November 2026, 10:00 in Seoul
        MutableClock clock = MutableClock.at("2026-11-27T01:00:00Z");
        List<String> opened = new ArrayList<>();
        TemplateReader reader = new TemplateReader(KpiCatalog.standard(), Set.copyOf(AppContext.TAB_IDS));
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            ChecklistService service = new ChecklistService(new ChecklistRepository(store), reader, ChecklistService.userTemplateIn(dir),
                    new RoutineSchedule(ZoneId.of("Asia/Seoul")), clock);
            ChecklistViewModel vm = new ChecklistViewModel(service, new SimpleObjectProperty<>(), new AlertCenter(new AlertHistoryRepository(store), clock),
                    new CurrentThreadTaskExecutor(), new ManualScheduler(clock), clock, "ana", url -> { }, new RecordingNavigator(opened));
            vm.start();
            ChecklistViewModel.ItemRow actions = vm.routine("weekly-friday").orElseThrow().items().stream()
                    .filter(i -> i.itemId().equals("fri-actions")).findFirst().orElseThrow();
            assertThat(actions.action()).contains(ReportTab.ID);
            vm.openAction(actions);
            vm.stop();
        }
        assertThat(opened).containsExactly("tab report");

        ChecklistItem monday = reader.resource(TemplateReader.GAME_TEAM_RESOURCE).routine("weekly-monday").orElseThrow().items().stream()
                .filter(i -> i.id().equals("mon-report")).findFirst().orElseThrow();
        assertThat(monday.action()).isEqualTo(ReportTab.ID);
    }
}
