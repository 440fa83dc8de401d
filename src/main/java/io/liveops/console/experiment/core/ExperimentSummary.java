package io.liveops.console.experiment.core;

import io.liveops.console.experiment.core.ExperimentService.ExperimentInfo;
import io.liveops.console.experiment.core.stats.Srm;
import java.util.List;

/**
 * One experiment of the warehouse as the list shows it: its row, whether it still runs, its users per
 * arm and the sample-ratio check against an equal split.
 *
 * @param srm null when the experiment has fewer than two arms
 */
public record ExperimentSummary(ExperimentInfo info, boolean running, List<ArmSize> arms, Srm srm) {

    /** Users exposed to one arm. */
    public record ArmSize(String variant, long users) {}

    public ExperimentSummary {
        arms = List.copyOf(arms);
    }

    public long users() {
        return arms.stream().mapToLong(ArmSize::users).sum();
    }
}
