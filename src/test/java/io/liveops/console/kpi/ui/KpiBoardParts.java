package io.liveops.console.kpi.ui;

import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiReadModel;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.state.SettingsRepository;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;

/** The KPI board's ViewModels wired the way AppContext wires them, for tests. */
record KpiBoardParts(KpiBoardViewModel board, KpiReadingsViewModel readings, KpiLayoutViewModel layout, KpiTilesViewModel tiles,
                     KpiDetailViewModel detail) {

    static final KpiFormat FORMAT = new KpiFormat(Locale.US);

    static KpiBoardParts of(TaskExecutor executor, Scheduler scheduler, Clock clock, Supplier<Thresholds> thresholds,
                            SettingsRepository settings) {
        return on(new KpiBoardViewModel(executor, scheduler, clock), executor, scheduler, clock, thresholds, settings);
    }

    /** Another set of readings, layout, tiles and detail on an existing board (a restart of the view side). */
    static KpiBoardParts on(KpiBoardViewModel board, TaskExecutor executor, Scheduler scheduler, Clock clock,
                            Supplier<Thresholds> thresholds, SettingsRepository settings) {
        KpiReadingsViewModel readings = new KpiReadingsViewModel(board, new KpiReadModel(FORMAT), thresholds, executor, scheduler);
        KpiLayoutViewModel layout = new KpiLayoutViewModel(board, executor, settings);
        KpiTilesViewModel tiles = new KpiTilesViewModel(readings, layout, scheduler, clock);
        return new KpiBoardParts(board, readings, layout, tiles, new KpiDetailViewModel(tiles, executor, thresholds));
    }
}
