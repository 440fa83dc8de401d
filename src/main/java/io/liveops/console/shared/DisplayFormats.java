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

    private DisplayFormats() {}

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
