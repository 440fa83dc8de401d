package io.liveops.console.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the console writes dates and times for people, everywhere: ISO days ({@code 2026-11-27}),
 * date-times ({@code 2026-11-27 09:20}) and times of day ({@code 09:20}), so no screen mixes
 * {@code 11/29/2026} with {@code 29-Nov}.
 */
public final class DisplayFormats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** A day heading that also names the weekday: "Friday 2026-11-27". */
    public static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE uuuu-MM-dd", Locale.ENGLISH);
    /** A day on a chart's time axis, where the year is shown by the range: the month and day of {@link #DATE} ("09-14"). */
    public static final String AXIS_DAY_PATTERN = "MM-dd";

    private DisplayFormats() {}

    /**
     * {@code text} ended with one full stop: a problem put after a colon may be a sentence already (a query's time
     * limit, say), and must not end in two.
     */
    public static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    public static String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone));
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }
}
