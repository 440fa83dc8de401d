package io.liveops.console.report.core;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.incident.core.Incident;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the Report tab does, as plain Java run by the background executor: generate a week's report from the warehouse and
 * the incident board, save it in the state store, and reopen saved ones.
 */
public final class WeeklyReportService {

    /** A freshly generated report's parts: the warehouse's numbers and the incident board's critical bugs. */
    public record Generated(WeeklyNumbers numbers, List<CriticalBug> bugs) {}

    private final WeeklyNumbersService numbers;
    private final Supplier<List<Incident>> incidents;
    private final WeeklyReportRepository repository;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param incidents every incident of the board (read through incident.core)
     * @param zone      the director's zone: an incident belongs to the week it was declared in there
     */
    public WeeklyReportService(WeeklyNumbersService numbers, Supplier<List<Incident>> incidents, WeeklyReportRepository repository,
                               Clock clock, ZoneId zone) {
        this.numbers = Objects.requireNonNull(numbers, "numbers");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    public IsoWeek lastCompleteWeek(Cancellation cancellation) {
        return numbers.lastCompleteWeek(cancellation);
    }

    public Generated generate(IsoWeek week, BackgroundTask.Progress progress, Cancellation cancellation) {
        WeeklyNumbers n = numbers.compute(week, progress, cancellation);
        return new Generated(n, CriticalBug.of(incidents.get(), week, zone));
    }

    public Optional<WeeklyReport> find(IsoWeek week) {
        return repository.find(week);
    }

    public List<WeeklyReport.Summary> saved() {
        return repository.list();
    }

    /** Saves the report as the director sees it, stamped now. */
    public WeeklyReport save(WeeklyReport report, String by) {
        return repository.save(report, clock.instant(), by);
    }
}
