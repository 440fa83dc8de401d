package io.liveops.console.kpi.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.kpi.core.KpiAlertRules;
import io.liveops.console.kpi.core.KpiReading;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the KPI alert rules on the readings of every refresh of the live day, on a background task (time travel
 * to an old day alerts nobody: the past pages no one). The rules read the same text the tiles show.
 */
public final class KpiAlertWatch {

    private static final Logger LOG = LoggerFactory.getLogger(KpiAlertWatch.class);

    public KpiAlertWatch(KpiReadingsViewModel readings, KpiAlertRules rules, TaskExecutor executor) {
        KpiBoardViewModel board = readings.board();
        readings.addSnapshotListener(judged -> judge(board, judged, rules, executor));
    }

    private static void judge(KpiBoardViewModel board, List<KpiReading> readings, KpiAlertRules rules, TaskExecutor executor) {
        if (readings.isEmpty() || !readings.get(0).day().equals(board.liveDay())) {
            return;
        }
        executor.execute(BackgroundTask.of("Checking the KPI alert rules", (p, c) -> rules.evaluate(readings))
                .onFailure(e -> {
                    LOG.warn("KPI alert rules failed", e);
                    board.reportProblem("The KPI alerts could not be checked: " + e.getMessage());
                }));
    }
}
