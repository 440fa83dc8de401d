package io.liveops.console.kpi.core;

import io.liveops.console.shared.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One KPI on one day as every part of the console shows it: the tiles, the table, the alert rules, the checklist chips
 * and the command line read this record, built once per snapshot by {@link KpiReadModel}.
 *
 * @param kpi           the computed value (id, definition, value, status, error, SQL source)
 * @param label         "DAU", or "24 h change BTC" for a keyed value
 * @param valueText     the value in its unit ("41.0 %", "$44.98"), "—" without a value, "error" when the query failed
 * @param statusText    "ok", "warning", "critical", "no data" or "error": colour is never the only cue; empty for a value
 *                      that has no threshold (it is shown, never judged: a word like "ok" would read as healthy)
 * @param dayDeltaText  "vs D-1 +2.0 %", "vs D-1 …" while the history loads, "vs D-1 —" without one
 * @param weekDeltaText the same against D-7
 * @param sparkline     the last {@link KpiReadModel#SPARK_DAYS} days ending with {@code day}, oldest first, null for days
 *                      without a value; empty until the history is loaded
 * @param thresholdText the threshold in words and in the KPI's unit
 * @param judged        the KPI has a threshold, so its status means something; false: a neutral frame and no status word
 */
public record KpiReading(KpiValue kpi, String label, String valueText, String statusText, String dayDeltaText,
                         String weekDeltaText, List<Double> sparkline, String thresholdText, LocalDate day,
                         boolean judged) {

    public KpiReading {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(day, "day");
        sparkline = sparkline == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sparkline));
    }

    public String id() {
        return kpi.id();
    }

    public KpiDefinition definition() {
        return kpi.definition();
    }

    public KpiGroup group() {
        return kpi.definition().group();
    }

    public Unit unit() {
        return kpi.definition().unit();
    }

    public Double value() {
        return kpi.value();
    }

    public Status status() {
        return kpi.status();
    }

    /** True for a value shown without any verdict: no threshold, a value, no failure. */
    public boolean unjudged() {
        return !judged && !failed() && kpi.value() != null;
    }

    public String error() {
        return kpi.error();
    }

    public boolean failed() {
        return kpi.failed();
    }

    public String sqlSource() {
        return kpi.sqlSource();
    }

    /**
     * The SQL file for people: for a shipped file that reads several KPIs together, also which ones, so "DAU" reading
     * {@code …/daily_visitors.sql} does not look like a mistake.
     */
    public String sqlSourceText() {
        String source = kpi.sqlSource();
        if (source == null) {
            return "";
        }
        String id = KpiCatalog.baseId(kpi.id());
        return KpiCatalog.sharedQueryOf(id)
                .filter(q -> source.replace('\\', '/').endsWith("/" + KpiCatalog.seriesFileOf(id) + ".sql"))
                .map(q -> source + " (one query for " + q.membersText() + ")")
                .orElse(source);
    }
}
