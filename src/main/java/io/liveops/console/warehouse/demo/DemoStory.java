package io.liveops.console.warehouse.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The calendar of the demo data's story, all relative to the last day so that the dashboard opened
 * "today" always shows the same plot: which day the outage was, which day latency was bad, which
 * client release crashed, when season 2 started and when each experiment ran.
 *
 * @param firstDay        first day with data (the launch day)
 * @param lastDay         the last day with data (the as-of day the dashboard opens on)
 * @param badClientDay    client release {@code badClientVersion} crashes ~10% of its sessions; hotfixed and force-updated the next day
 * @param outageDay       2.5 h outage (13:40–16:10 UTC): 5xx storm, error_events spike with criticals, support ticket surge
 * @param badLatencyDay   a slow-query regression: p95 API latency above 300 ms all day
 * @param season2Start    first day of season S2 (S1 runs from firstDay to the day before); gold inflation drifts in S2
 * @param season2End      last day of S2 (after lastDay: the season is running)
 * @param fraudBurstDays  days with a burst of fraud flags; the last one is lastDay (critical)
 */
public record DemoStory(LocalDate firstDay, LocalDate lastDay, LocalDate badClientDay, String badClientVersion,
                        LocalDate outageDay, LocalDate badLatencyDay, LocalDate season2Start, LocalDate season2End,
                        List<LocalDate> fraudBurstDays) {

    /** Smallest history the story fits in. */
    public static final int MIN_DAYS = 40;

    static final int BAD_CLIENT_BEFORE_END = 16;
    static final int OUTAGE_BEFORE_END = 9;
    static final int BAD_LATENCY_BEFORE_END = 4;
    static final int[] FRAUD_BURSTS_BEFORE_END = {30, 20, 0};
    static final double SEASON_1_SHARE = 0.6;
    static final int SEASON_2_LENGTH_DAYS = 56;

    static int season2StartIndex(int days) {
        return (int) Math.round(days * SEASON_1_SHARE);
    }
}
