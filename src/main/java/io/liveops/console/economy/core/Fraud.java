package io.liveops.console.economy.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Fraud flags around day D: per day and rule for the last 30 days, per rule and severity on D, and the users
 * with most flags on D (ids and counts only).
 *
 * @param usersFlagged distinct users flagged on D
 */
public record Fraud(LocalDate asOf, List<DayCount> daily, List<RuleCount> today, List<UserCount> topUsers, long usersFlagged) {

    /** Days the fraud chart shows, ending with D. */
    public static final int CHART_DAYS = 30;
    /** Users the top-users list shows. */
    public static final int TOP_USERS = 10;

    /** Flags of one rule on one day. */
    public record DayCount(LocalDate day, String rule, long flags) {}

    /** Flags of one rule and severity on D. */
    public record RuleCount(String rule, String severity, long flags) {}

    /** Flags of one user on D. */
    public record UserCount(long userId, long flags) {}

    public Fraud {
        Objects.requireNonNull(asOf, "asOf");
        daily = List.copyOf(daily);
        today = List.copyOf(today);
        topUsers = List.copyOf(topUsers);
    }

    public static LocalDate firstChartDay(LocalDate asOf) {
        return asOf.minusDays(CHART_DAYS - 1);
    }

    /** Flags on D. */
    public long flagsToday() {
        return today.stream().mapToLong(RuleCount::flags).sum();
    }

    /** Flags on D per rule, most first (then by name). */
    public List<Map.Entry<String, Long>> rulesToday() {
        Map<String, Long> byRule = new TreeMap<>();
        for (RuleCount c : today) {
            byRule.merge(c.rule(), c.flags(), Long::sum);
        }
        List<Map.Entry<String, Long>> list = new ArrayList<>(byRule.entrySet());
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return list;
    }

    /** Flags on D per rule, by rule name (the CLI's {@code fraud_by_rule}). */
    public Map<String, Long> byRuleToday() {
        Map<String, Long> byRule = new TreeMap<>();
        for (RuleCount c : today) {
            byRule.merge(c.rule(), c.flags(), Long::sum);
        }
        return byRule;
    }

    /** Every rule on the chart, most flags first. */
    public List<String> chartRules() {
        Map<String, Long> totals = new TreeMap<>();
        for (DayCount c : daily) {
            totals.merge(c.rule(), c.flags(), Long::sum);
        }
        List<Map.Entry<String, Long>> list = new ArrayList<>(totals.entrySet());
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return list.stream().map(Map.Entry::getKey).toList();
    }

    /** The chart's days, oldest first. */
    public List<LocalDate> chartDays() {
        List<LocalDate> days = new ArrayList<>(CHART_DAYS);
        for (int i = CHART_DAYS - 1; i >= 0; i--) {
            days.add(asOf.minusDays(i));
        }
        return days;
    }

    /** Rule-and-severity rows of D, most flags first. */
    public List<RuleCount> todayByCount() {
        return today.stream().sorted(Comparator.comparingLong(RuleCount::flags).reversed()
                .thenComparing(RuleCount::rule).thenComparing(RuleCount::severity)).toList();
    }
}
