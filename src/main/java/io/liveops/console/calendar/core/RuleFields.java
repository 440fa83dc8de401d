package io.liveops.console.calendar.core;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The typed fields of rules and items, parsed from what a person typed, each refused with a sentence
 * that says what is allowed. The rules file and the editors share them, so a value is judged the
 * same way wherever it was typed.
 */
public final class RuleFields {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private RuleFields() {}

    public static String id(String text) {
        String t = text == null ? "" : text.strip();
        if (!ID.matcher(t).matches()) {
            throw new IllegalArgumentException("bad rule id '" + t + "': use lower-case letters, digits and dashes, up to 60, e.g. monday-recap");
        }
        return t;
    }

    public static String title(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("the title is empty: say in a few words what goes out");
        }
        if (t.length() > CalendarItem.MAX_TITLE) {
            throw new IllegalArgumentException("the title is " + t.length() + " characters; keep it to " + CalendarItem.MAX_TITLE
                    + " (the text itself goes in the body)");
        }
        return t;
    }

    public static LocalTime time(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (!t.matches("\\d{1,2}:\\d{2}")) {
                throw new DateTimeParseException("", t, 0);
            }
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad time \"" + t + "\": a time of day runs from 00:00 to 23:59 (HH:mm)");
        }
    }

    public static ZoneId zone(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("the time zone is empty: use a region id such as Asia/Seoul, Europe/Istanbul or UTC");
        }
        try {
            return ZoneId.of(t);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + t + "': use a region id such as Asia/Seoul, Europe/Istanbul or UTC");
        }
    }

    /** A calendar day as YYYY-MM-DD; an impossible one (30 February) is named as such. */
    public static LocalDate day(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = DAY.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad date \"" + t + "\": write a day as YYYY-MM-DD, e.g. 2026-12-02");
        }
        try {
            return LocalDate.parse(t, STRICT_DATE);
        } catch (DateTimeParseException e) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("there is no month " + month + " in \"" + t + "\": months run from 01 to 12");
            }
            String monthName = java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            throw new IllegalArgumentException("there is no " + Integer.parseInt(m.group(3)) + " " + monthName + " " + m.group(1)
                    + " (that month has " + java.time.YearMonth.of(Integer.parseInt(m.group(1)), month).lengthOfMonth() + " days)");
        }
    }

    /** "1".."31" or "last". */
    public static String monthDay(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("last")) {
            return t;
        }
        if (t.matches("\\d{1,2}")) {
            int d = Integer.parseInt(t);
            if (d >= 1 && d <= 31) {
                return Integer.toString(d);
            }
            throw new IllegalArgumentException("there is no day " + d + " in any month: use 1 to 31, or last");
        }
        throw new IllegalArgumentException("bad day of the month \"" + t + "\": use 1 to 31, or last");
    }

    public static Duration duration(String text) {
        String t = text == null ? "" : text.strip();
        try {
            Duration d = Duration.parse(t);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("the duration " + t + " must be longer than zero");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad duration \"" + t + "\": use ISO-8601 such as PT1H or PT30M");
        }
    }

    public static Period afterLaunch(String text) {
        String t = text == null ? "" : text.strip();
        try {
            Period p = Period.parse(t);
            if (p.isNegative()) {
                throw new IllegalArgumentException("the period after launch " + t + " is negative: a launch rule counts forward");
            }
            return p;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad period \"" + t + "\": use ISO-8601 such as P3M (3 months) or P1Y");
        }
    }
}
