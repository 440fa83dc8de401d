package io.liveops.console.report.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The warehouse's numbers of a weekly report, as computed at {@code computedAt}: one {@link LineFigure} per
 * {@link ReportLine}, in its order.
 *
 * @param through the last day covered: the week's Sunday, or an earlier day in a partial week
 * @param errors  one sentence per KPI that could not be read (its lines are then n/a); empty when all went well
 */
public record WeeklyNumbers(IsoWeek week, LocalDate through, boolean partial, Instant computedAt, List<LineFigure> lines,
                            List<String> errors) {

    public WeeklyNumbers {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(through, "through");
        Objects.requireNonNull(computedAt, "computedAt");
        lines = List.copyOf(lines);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public LocalDate from() {
        return week.monday();
    }

    public Optional<LineFigure> line(ReportLine line) {
        return lines.stream().filter(l -> l.line() == line).findFirst();
    }

    public LineFigure require(ReportLine line) {
        return line(line).orElseThrow(() -> new IllegalStateException("No " + line.key() + " in the report of " + week));
    }
}
