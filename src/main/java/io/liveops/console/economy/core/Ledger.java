package io.liveops.console.economy.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One currency's ledger around the as-of day D, per day and reason: enough for the 60-day sources/sinks
 * chart, its daily 7-day ratio, and the 7-day totals per reason against the 7 days before.
 */
public record Ledger(String currency, LocalDate asOf, List<LedgerDay> days) {

    /** Days the sources/sinks chart shows, ending with D. */
    public static final int CHART_DAYS = 60;
    /** Days of one window ([D-6, D]). */
    public static final int WINDOW_DAYS = 7;

    public Ledger {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        days = List.copyOf(days);
    }

    /** The first day the ledger query reads: the chart's first day needs the 6 days before it for its 7-day ratio. */
    public static LocalDate firstDayNeeded(LocalDate asOf) {
        return asOf.minusDays(CHART_DAYS + WINDOW_DAYS - 2);
    }

    public LocalDate windowStart() {
        return asOf.minusDays(WINDOW_DAYS - 1);
    }

    public LocalDate previousWindowStart() {
        return asOf.minusDays(2L * WINDOW_DAYS - 1);
    }

    public LocalDate previousWindowEnd() {
        return asOf.minusDays(WINDOW_DAYS);
    }

    /** Earned in [D-6, D]. */
    public long earned() {
        return sum(windowStart(), asOf, Flow.SOURCE);
    }

    /** Spent in [D-6, D], as a positive number. */
    public long spent() {
        return sum(windowStart(), asOf, Flow.SINK);
    }

    /** earned / spent over [D-6, D] (the contract's earn_spend_ratio_7d for this currency); null when nothing was spent. */
    public Double ratio() {
        return ratio(earned(), spent());
    }

    /** Why {@link #ratio()} is null, or null when it has a value. */
    public String ratioProblem() {
        long earned = earned();
        long spent = spent();
        String window = "[" + windowStart() + ", " + asOf + "]";
        if (spent != 0) {
            return null;
        }
        return earned == 0 ? "undefined: no " + currency + " was earned or spent in " + window
                : "undefined: nothing spent (" + earned + " " + currency + " earned, none spent in " + window + ")";
    }

    /** Per reason of a flow: its total in [D-6, D], or in the 7 days before when {@code previous}; reasons of either week, by name. */
    public Map<String, Long> byReason(Flow flow, boolean previous) {
        Map<String, Long> map = new TreeMap<>();
        for (ReasonTotal t : totals(flow)) {
            map.put(t.reason(), previous ? t.previous() : t.current());
        }
        return map;
    }

    /** The 7-day totals of one flow per reason, against the 7 days before, biggest first. */
    public List<ReasonTotal> totals(Flow flow) {
        Map<String, long[]> byReason = new TreeMap<>();
        for (LedgerDay d : days) {
            long amount = flow == Flow.SOURCE ? d.earned() : d.spent();
            if (amount == 0) {
                continue;
            }
            boolean current = !d.day().isBefore(windowStart()) && !d.day().isAfter(asOf);
            boolean previous = !d.day().isBefore(previousWindowStart()) && !d.day().isAfter(previousWindowEnd());
            if (current || previous) {
                byReason.computeIfAbsent(d.reason(), r -> new long[2])[current ? 0 : 1] += amount;
            }
        }
        long total = byReason.values().stream().mapToLong(v -> v[0]).sum();
        List<ReasonTotal> rows = new ArrayList<>();
        byReason.forEach((reason, v) -> rows.add(ReasonTotal.of(reason, flow, v[0], v[1], total)));
        rows.sort(Comparator.comparingLong(ReasonTotal::current).reversed().thenComparing(ReasonTotal::reason));
        return rows;
    }

    /** The chart's days, oldest first. */
    public List<LocalDate> chartDays() {
        List<LocalDate> list = new ArrayList<>(CHART_DAYS);
        for (int i = CHART_DAYS - 1; i >= 0; i--) {
            list.add(asOf.minusDays(i));
        }
        return list;
    }

    /** Every reason of a flow that moved anything on the chart's days, biggest mover first. */
    public List<String> chartReasons(Flow flow) {
        LocalDate first = asOf.minusDays(CHART_DAYS - 1);
        Map<String, Long> totals = new LinkedHashMap<>();
        for (LedgerDay d : days) {
            long amount = flow == Flow.SOURCE ? d.earned() : d.spent();
            if (amount != 0 && !d.day().isBefore(first)) {
                totals.merge(d.reason(), amount, Long::sum);
            }
        }
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** Per chart day, the amount of one flow per reason (days and reasons without any are left out). */
    public Map<LocalDate, Map<String, Long>> daily(Flow flow) {
        LocalDate first = asOf.minusDays(CHART_DAYS - 1);
        Map<LocalDate, Map<String, Long>> map = new TreeMap<>();
        for (LedgerDay d : days) {
            long amount = flow == Flow.SOURCE ? d.earned() : d.spent();
            if (amount != 0 && !d.day().isBefore(first) && !d.day().isAfter(asOf)) {
                map.computeIfAbsent(d.day(), k -> new TreeMap<>()).merge(d.reason(), amount, Long::sum);
            }
        }
        return map;
    }

    /** The 7-day ratio ending on each chart day; a day whose window spent nothing maps to null. */
    public Map<LocalDate, Double> ratioByDay() {
        java.util.NavigableMap<LocalDate, long[]> perDay = new TreeMap<>();
        for (LedgerDay d : days) {
            long[] v = perDay.computeIfAbsent(d.day(), k -> new long[2]);
            v[0] += d.earned();
            v[1] += d.spent();
        }
        Map<LocalDate, Double> ratios = new LinkedHashMap<>();
        for (LocalDate day : chartDays()) {
            long earned = 0;
            long spent = 0;
            for (Map.Entry<LocalDate, long[]> e : perDay.subMap(day.minusDays(WINDOW_DAYS - 1), true, day, true).entrySet()) {
                earned += e.getValue()[0];
                spent += e.getValue()[1];
            }
            ratios.put(day, ratio(earned, spent));
        }
        return ratios;
    }

    /** Every reason in the ledger rows, by name. */
    public List<String> reasons() {
        return new ArrayList<>(new TreeSet<>(days.stream().map(LedgerDay::reason).toList()));
    }

    private long sum(LocalDate from, LocalDate to, Flow flow) {
        long sum = 0;
        for (LedgerDay d : days) {
            if (!d.day().isBefore(from) && !d.day().isAfter(to)) {
                sum += flow == Flow.SOURCE ? d.earned() : d.spent();
            }
        }
        return sum;
    }

    private static Double ratio(long earned, long spent) {
        return spent == 0 ? null : earned / (double) spent;
    }
}
