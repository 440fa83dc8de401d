package io.liveops.console.report.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A weekly report: the warehouse's numbers, the critical bugs of the incident board, what the director typed, and the
 * Markdown it reads as. Once saved it is kept as it was sent.
 *
 * @param saved null until saved
 */
public record WeeklyReport(WeeklyNumbers numbers, List<CriticalBug> bugs, String topFeedback, String nextWeekFocus, String markdown,
                           Saved saved) {

    /** When and by whom a report was saved; {@code version} guards against two consoles saving the same week over each other. */
    public record Saved(Instant at, String by, long version) {
        public Saved {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
        }
    }

    /** A line of the list of saved reports. */
    public record Summary(IsoWeek week, java.time.LocalDate through, Instant savedAt, String savedBy) {
        public boolean partial() {
            return through.isBefore(week.sunday());
        }
    }

    public WeeklyReport {
        Objects.requireNonNull(numbers, "numbers");
        bugs = List.copyOf(bugs);
        topFeedback = topFeedback == null ? "" : topFeedback;
        nextWeekFocus = nextWeekFocus == null ? "" : nextWeekFocus;
        Objects.requireNonNull(markdown, "markdown");
    }

    public IsoWeek week() {
        return numbers.week();
    }
}
