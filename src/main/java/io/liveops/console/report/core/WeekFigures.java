package io.liveops.console.report.core;

import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Works out the report's values for the days of a {@link WeekSpan} from the KPI engine's daily series (issue 14's table).
 * Plain arithmetic on values the engine read: a day without a value is left out of a mean and named, never taken as 0.
 */
final class WeekFigures {

    /** The series ids the report reads, each once per week (one range query per KPI). */
    static final String MAU = "mau";
    static final String DAU = "dau";
    static final String NEW_SIGNUPS = "new_signups";
    static final String CHURN = "churn_d30";
    static final String CONVERSION = "pro_conversion_7d";
    static final String MRR = "mrr_usd";
    static final String DISCORD_DAU = "discord_dau";
    static final String DISCORD_MEMBERS = WeeklyNumbersService.COMMUNITY_MEMBERS.keyedId("discord");
    static final String TWITTER_FOLLOWERS = WeeklyNumbersService.COMMUNITY_MEMBERS.keyedId("twitter");

    /** One week's value of a line; {@code note} says why it is missing, or qualifies it. */
    record Figure(Double value, String note) {
        static Figure missing(String note) {
            return new Figure(null, note);
        }
    }

    private final Map<String, NavigableMap<LocalDate, KpiValue>> series;

    /** @param series the daily points of every id above, over both weeks */
    WeekFigures(Map<String, List<KpiService.Point>> series) {
        this.series = new java.util.HashMap<>();
        series.forEach((id, points) -> {
            NavigableMap<LocalDate, KpiValue> days = new TreeMap<>();
            points.forEach(p -> days.put(p.day(), p.value()));
            this.series.put(id, days);
        });
    }

    /** Every line's value over the span's days. */
    Map<ReportLine, Figure> of(WeekSpan span) {
        LocalDate d = span.through();
        Map<ReportLine, Figure> out = new EnumMap<>(ReportLine.class);
        Figure mau = at(MAU, d, "no MAU for " + d);
        Figure dau = mean(DAU, span, "DAU");
        out.put(ReportLine.MAU, mau);
        out.put(ReportLine.DAU, dau);
        out.put(ReportLine.DAU_MAU, ratio(dau, mau, "no session in the 30 days to " + d + " (MAU is 0)"));
        out.put(ReportLine.NEW_SIGNUPS, sum(NEW_SIGNUPS, span));
        out.put(ReportLine.CHURN, at(CHURN, d, "the churn cohort is empty: no user was created before " + d.minusDays(29)));
        out.put(ReportLine.PRO_CONVERSIONS, conversions(d));
        out.put(ReportLine.CONVERSION_RATE, at(CONVERSION, d,
                "the conversion cohort is empty: nobody signed up from " + d.minusDays(6) + " to " + d));
        out.put(ReportLine.MRR, at(MRR, d, "no MRR for " + d));
        Figure members = at(DISCORD_MEMBERS, d, "no discord row in community_daily for " + d);
        Figure discordDau = mean(DISCORD_DAU, span, "discord row");
        out.put(ReportLine.DISCORD_MEMBERS, members);
        out.put(ReportLine.DISCORD_DAU, discordDau);
        out.put(ReportLine.DISCORD_DAU_MEMBERS, ratio(discordDau, members, "Discord members is 0 on " + d));
        out.put(ReportLine.TWITTER_FOLLOWERS, at(TWITTER_FOLLOWERS, d, "no twitter row in community_daily for " + d));
        return out;
    }

    /** The distinct failures of every series, one sentence each, sorted. */
    List<String> errors() {
        return series.values().stream().flatMap(days -> days.values().stream())
                .filter(KpiValue::failed).map(KpiValue::error).distinct().sorted().collect(Collectors.toList());
    }

    private KpiValue value(String id, LocalDate day) {
        NavigableMap<LocalDate, KpiValue> days = series.get(id);
        KpiValue v = days == null ? null : days.get(day);
        if (v == null) {
            throw new IllegalStateException("The series " + id + " was not read for " + day);
        }
        return v;
    }

    private static Figure failure(KpiValue v) {
        return Figure.missing("could not be read: " + v.error());
    }

    private Figure at(String id, LocalDate day, String whyMissing) {
        KpiValue v = value(id, day);
        if (v.failed()) {
            return failure(v);
        }
        return v.value() == null ? Figure.missing(whyMissing) : new Figure(v.value(), null);
    }

    /** The numerator of pro_conversion_7d on D: users created in [D-6, D] who subscribed in [D-6, D]. */
    private Figure conversions(LocalDate day) {
        KpiValue v = value(CONVERSION, day);
        if (v.failed()) {
            return failure(v);
        }
        return v.numerator() == null
                ? Figure.missing("the SQL file of " + CONVERSION + " (" + v.sqlSource() + ") returns no numerator column")
                : new Figure(v.numerator(), null);
    }

    private Figure sum(String id, WeekSpan span) {
        double total = 0;
        for (LocalDate day = span.from(); !day.isAfter(span.through()); day = day.plusDays(1)) {
            KpiValue v = value(id, day);
            if (v.failed()) {
                return failure(v);
            }
            if (v.value() == null) {
                return Figure.missing("no value for " + day);
            }
            total += v.value();
        }
        return new Figure(total, null);
    }

    /** The mean over the days that have a value; the days without one are left out and named. */
    private Figure mean(String id, WeekSpan span, String what) {
        double total = 0;
        int counted = 0;
        List<LocalDate> without = new ArrayList<>();
        for (LocalDate day = span.from(); !day.isAfter(span.through()); day = day.plusDays(1)) {
            KpiValue v = value(id, day);
            if (v.failed()) {
                return failure(v);
            }
            if (v.value() == null) {
                without.add(day);
            } else {
                total += v.value();
                counted++;
            }
        }
        if (counted == 0) {
            return Figure.missing("no " + what + " from " + span.from() + " to " + span.through());
        }
        String note = without.isEmpty() ? null : "mean of the " + counted + (counted == 1 ? " day" : " days") + " with a " + what
                + "; none for " + without.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        return new Figure(total / counted, note);
    }

    /** A ratio of two figures: missing with the first missing part's reason, or with {@code zero} when the denominator is 0. */
    private static Figure ratio(Figure numerator, Figure denominator, String zero) {
        if (numerator.value() == null) {
            return Figure.missing(numerator.note());
        }
        if (denominator.value() == null) {
            return Figure.missing(denominator.note());
        }
        if (denominator.value() == 0) {
            return Figure.missing(zero);
        }
        return new Figure(numerator.value() / denominator.value(), null);
    }
}
