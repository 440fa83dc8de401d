package io.liveops.console.kpi.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.kpi.core.KpiAlertRules;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.ThresholdStore;
import io.liveops.console.kpi.core.Thresholds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the KPI alert rules after every refresh of the live day, on a background task (time travel
 * to an old day alerts nobody: the past pages no one).
 */
public final class KpiAlertWatch {

    private static final Logger LOG = LoggerFactory.getLogger(KpiAlertWatch.class);

    public KpiAlertWatch(KpiBoardViewModel board, KpiAlertRules rules, ThresholdStore thresholds, TaskExecutor executor) {
        board.addSnapshotListener(snapshot -> judge(board, snapshot, rules, thresholds, executor));
    }

    private static void judge(KpiBoardViewModel board, KpiSnapshot snapshot, KpiAlertRules rules, ThresholdStore thresholds,
                              TaskExecutor executor) {
        if (!snapshot.asOf().equals(board.liveDay())) {
            return;
        }
        Thresholds inForce = thresholds.current();
        executor.execute(BackgroundTask.of("Checking the KPI alert rules", (p, c) -> rules.evaluate(snapshot, inForce))
                .onFailure(e -> {
                    LOG.warn("KPI alert rules failed", e);
                    board.reportProblem("The KPI alerts could not be checked: " + e.getMessage());
                }));
    }
}
