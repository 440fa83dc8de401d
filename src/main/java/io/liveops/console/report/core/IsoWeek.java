package io.liveops.console.report.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.ValueRange;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week ({@code 2025-W46}): Monday to Sunday, numbered within its week-based year, so week 1 of 2026 starts on
 * Monday 2025-12-29. All arithmetic is java.time's {@link IsoFields}.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("The year " + year + " is outside 0001 to 9999.");
        }
        ValueRange weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1));
        if (!weeks.isValidValue(week)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "The week %04d-W%02d does not exist: %d has ISO weeks 1 to %d.",
                    year, week, year, weeks.getMaximum()));
        }
    }

    /**
     * Reads {@code 2025-W46}.
     *
     * @throws IllegalArgumentException one sentence: the text is not a week, or that week does not exist ({@code 2025-W54})
     */
    @JsonCreator
    public static IsoWeek parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO week: write it as YYYY-Www, for example 2025-W46.");
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The week a day belongs to. */
    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        // 4 January is always in week 1 of its week-based year
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public boolean contains(LocalDate day) {
        return of(day).equals(this);
    }

    public IsoWeek previous() {
        return of(monday().minusWeeks(1));
    }

    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    @Override
    public int compareTo(IsoWeek o) {
        return monday().compareTo(o.monday());
    }

    /** {@code 2025-W46}, also its form in stored JSON. */
    @JsonValue
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-W%02d", year, week);
    }
}
