package io.liveops.console.report.core;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.kpi.core.KpiDefinition;
import io.liveops.console.kpi.core.KpiGroup;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.Unit;
import io.liveops.console.warehouse.WarehouseInspector;
import io.liveops.console.warehouse.WarehouseSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The warehouse's numbers of a weekly report, read through the KPI engine's range queries: each KPI the report needs is
 * read once for the week and the previous week together (at most 14 days), so a week costs one query per KPI.
 */
public final class WeeklyNumbersService {

    /**
     * {@code community_daily.members} per channel, which no board KPI reads: Discord members and Twitter followers. Its SQL
     * is {@code series/community_members.sql}, overridable like a KPI's.
     */
    public static final KpiDefinition COMMUNITY_MEMBERS = new KpiDefinition("community_members", KpiGroup.PRODUCT_AND_COMMUNITY,
            "Community members", Unit.COUNT, "community_daily.members of a channel (the key) on D; no row gives no value.", true);

    /** Finds the latest day the warehouse has sessions on (a query: call it off the FX thread). */
    @FunctionalInterface
    public interface LatestDay {
        Optional<LocalDate> find(Cancellation cancellation);

        /** The latest day of whichever warehouse the session uses when asked, read with the SQL it uses. */
        static LatestDay of(WarehouseSession session) {
            return cancellation -> {
                WarehouseSession.Connection c = session.require();
                return new WarehouseInspector(c.warehouse(), c.catalog()).latestDay(session.queryTimeout(), cancellation);
            };
        }
    }

    private final KpiService kpis;
    private final LatestDay latestDay;
    private final Clock clock;

    public WeeklyNumbersService(KpiService kpis, LatestDay latestDay, Clock clock) {
        this.kpis = Objects.requireNonNull(kpis, "kpis");
        this.latestDay = Objects.requireNonNull(latestDay, "latestDay");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The last complete day with data: yesterday (UTC), or the latest day with sessions when that is earlier (the board's
     * default as-of day).
     *
     * @throws ReportRefusedException when the warehouse has no session at all
     */
    public LocalDate lastCompleteDay(Cancellation cancellation) {
        LocalDate yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        Optional<LocalDate> latest = latestDay.find(cancellation);
        if (latest.isEmpty()) {
            throw new ReportRefusedException("The warehouse has no sessions, so no week has data to report on yet.");
        }
        return WarehouseInspector.defaultAsOf(yesterday, latest);
    }

    /** The last week whose Sunday is complete: the report's default week. */
    public IsoWeek lastCompleteWeek(Cancellation cancellation) {
        return IsoWeek.of(lastCompleteDay(cancellation).plusDays(1)).previous();
    }

    /**
     * The days a week's report covers: the whole week, or up to the last complete day when the week is not over.
     *
     * @throws ReportRefusedException when the week starts after the last complete day with data
     */
    public WeekSpan span(IsoWeek week, Cancellation cancellation) {
        LocalDate last = lastCompleteDay(cancellation);
        if (week.monday().isAfter(last)) {
            throw new ReportRefusedException("The week " + week + " (" + week.monday() + " to " + week.sunday()
                    + ") lies after the data: the last complete day with data is " + last + ".");
        }
        return new WeekSpan(week, week.sunday().isAfter(last) ? last : week.sunday());
    }

    /** The report's numbers for a week and the same days of the week before; progress goes from 0 to 1. */
    public WeeklyNumbers compute(IsoWeek week, BackgroundTask.Progress progress, Cancellation cancellation) {
        WeekSpan span = span(week, cancellation);
        LocalDate first = span.previous().from();
        LocalDate last = span.through();
        List<String> ids = List.of(WeekFigures.MAU, WeekFigures.DAU, WeekFigures.NEW_SIGNUPS, WeekFigures.CHURN, WeekFigures.CONVERSION,
                WeekFigures.MRR, WeekFigures.DISCORD_DAU);
        int steps = ids.size() + 2;
        Map<String, List<KpiService.Point>> series = new LinkedHashMap<>();
        for (String id : ids) {
            progress.update(series.size() / (double) steps, "Reading " + id + " for " + week);
            series.put(id, kpis.series(id, first, last, cancellation));
        }
        progress.update(ids.size() / (double) steps, "Reading community members for " + week);
        // both channels come from one query: the second key is served from the engine's cache of past days
        for (String id : List.of(WeekFigures.DISCORD_MEMBERS, WeekFigures.TWITTER_FOLLOWERS)) {
            series.put(id, kpis.series(COMMUNITY_MEMBERS, id, first, last, cancellation));
        }
        WeekFigures figures = new WeekFigures(series);
        Map<ReportLine, WeekFigures.Figure> now = figures.of(span);
        Map<ReportLine, WeekFigures.Figure> before = new EnumMap<>(figures.of(span.previous()));
        List<LineFigure> lines = new ArrayList<>();
        for (ReportLine line : ReportLine.values()) {
            lines.add(LineFigure.of(line, now.get(line), before.get(line)));
        }
        progress.update(1, "Read the numbers of " + week);
        return new WeeklyNumbers(week, span.through(), span.partial(), clock.instant(), lines, figures.errors());
    }
}
