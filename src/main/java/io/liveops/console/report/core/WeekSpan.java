package io.liveops.console.report.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a week's report covers: Monday to {@code through}, which is Sunday, or in a partial week the last complete day
 * with data. The previous week is compared over the same days seven days earlier.
 */
public record WeekSpan(IsoWeek week, LocalDate through) {

    public WeekSpan {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(through, "through");
        if (!week.contains(through)) {
            throw new IllegalArgumentException(through + " is not in " + week);
        }
    }

    public LocalDate from() {
        return week.monday();
    }

    public boolean partial() {
        return through.isBefore(week.sunday());
    }

    /** How many days the report covers, 1 to 7. */
    public int days() {
        return (int) (through.toEpochDay() - from().toEpochDay() + 1);
    }

    /** The same days of the previous week. */
    public WeekSpan previous() {
        return new WeekSpan(week.previous(), through.minusWeeks(1));
    }
}
