package io.liveops.console.kpi.core;

import io.liveops.console.shared.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the {@link KpiReading}s of a snapshot: the one place a KPI value is formatted, judged in words and compared with
 * its history. Plain Java; the board builds them once per snapshot (and again when the history arrives), the command
 * line once per day it prints.
 */
public final class KpiReadModel {

    /** Days in a sparkline, the as-of day included. */
    public static final int SPARK_DAYS = 14;

    private final KpiFormat format;
    private final ThresholdText thresholdText;

    public KpiReadModel(KpiFormat format) {
        this.format = Objects.requireNonNull(format, "format");
        this.thresholdText = new ThresholdText(format);
    }

    public KpiFormat format() {
        return format;
    }

    /** The days before {@code asOf} a snapshot's sparklines and deltas need: [asOf - 13, asOf - 1]. */
    public static LocalDate historyStart(LocalDate asOf) {
        return asOf.minusDays(SPARK_DAYS - 1L);
    }

    /**
     * Every value of the snapshot, in its order.
     *
     * @param history        the days before the snapshot's (null while they are not loaded)
     * @param historyPending true while the history is on its way (deltas then say "…" rather than "—")
     */
    public List<KpiReading> readings(KpiSnapshot snapshot, KpiHistory history, boolean historyPending, Thresholds thresholds) {
        List<KpiReading> out = new ArrayList<>(snapshot.values().size());
        for (KpiValue v : snapshot.values()) {
            out.add(reading(v, snapshot.asOf(), history, historyPending, thresholds));
        }
        return out;
    }

    public KpiReading reading(KpiValue v, LocalDate day, KpiHistory history, boolean historyPending, Thresholds thresholds) {
        Unit unit = v.definition().unit();
        Optional<Threshold> threshold = thresholds.get(v.id());
        return new KpiReading(v, v.definition().labelFor(v.id()), v.failed() ? "error" : format.format(unit, v.value()),
                statusWord(v, threshold.isPresent()),
                "vs D-1 " + delta(v, day.minusDays(1), history, historyPending),
                "vs D-7 " + delta(v, day.minusDays(7), history, historyPending),
                sparkline(v, day, history), thresholdText.describe(unit, threshold), day, threshold.isPresent());
    }

    /** "ok", "warning", "critical", "no data" or "error"; empty for a value without threshold (never judged). */
    public static String statusWord(KpiValue v, boolean judged) {
        if (v.failed()) {
            return "error";
        }
        if (v.status() == Status.UNKNOWN) {
            return "no data";
        }
        return judged ? v.status().id() : "";
    }

    private String delta(KpiValue v, LocalDate past, KpiHistory history, boolean pending) {
        if (v.failed()) {
            return "—";
        }
        Optional<KpiSnapshot> then = history == null ? Optional.empty() : history.day(past);
        if (then.isEmpty()) {
            return pending ? "…" : "—";
        }
        return format.delta(v.definition().unit(), v.value(), then.get().get(v.id()).map(KpiValue::value).orElse(null));
    }

    private static List<Double> sparkline(KpiValue v, LocalDate day, KpiHistory history) {
        if (v.failed() || history == null) {
            return List.of();
        }
        List<Double> points = new ArrayList<>(SPARK_DAYS);
        for (int i = SPARK_DAYS - 1; i >= 1; i--) {
            Optional<KpiSnapshot> past = history.day(day.minusDays(i));
            if (past.isEmpty()) {
                return List.of();
            }
            points.add(past.get().get(v.id()).map(KpiValue::value).orElse(null));
        }
        points.add(v.value());
        return points;
    }
}
