package io.liveops.console.checklist.core;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A recurring list of items: daily with a time window (the morning routine), weekly on named days
 * (Monday planning, the Friday security checklist) or monthly on days of the month ("1", "15", "last").
 *
 * @param start window start in the user's zone, or null for a routine that has the whole day
 * @param end   window end (exclusive), present exactly when {@code start} is
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Routine(
        @JsonDeserialize(using = TemplateReader.RoutineIdDeserializer.class) String id,
        String name,
        Cadence every,
        List<DayOfWeek> days,
        List<String> monthDays,
        @JsonFormat(pattern = "HH:mm") @JsonDeserialize(using = TemplateReader.TimeOfDayDeserializer.class) LocalTime start,
        @JsonFormat(pattern = "HH:mm") @JsonDeserialize(using = TemplateReader.TimeOfDayDeserializer.class) LocalTime end,
        List<ChecklistItem> items) {

    /** The month-day word for the month's last day (28, 29, 30 or 31). */
    public static final String LAST_DAY = "last";
    private static final Pattern MONTH_DAY = Pattern.compile("[1-9]|[12][0-9]|3[01]");

    public Routine {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a routine needs an \"id\"");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("routine \"" + id + "\" needs a \"name\"");
        }
        if (every == null) {
            throw new IllegalArgumentException("routine \"" + id + "\" needs \"every\": \"day\", \"week\" or \"month\"");
        }
        days = days == null ? List.of() : List.copyOf(days);
        monthDays = monthDays == null ? List.of() : List.copyOf(monthDays);
        items = items == null ? List.of() : List.copyOf(items);
        if (every == Cadence.WEEK && days.isEmpty()) {
            throw new IllegalArgumentException("weekly routine \"" + id + "\" needs \"days\", for example [\"MONDAY\"]");
        }
        if (every == Cadence.MONTH) {
            if (monthDays.isEmpty()) {
                throw new IllegalArgumentException("monthly routine \"" + id + "\" needs \"monthDays\", for example [\"1\", \"15\", \"last\"]");
            }
            for (String d : monthDays) {
                if (!LAST_DAY.equals(d) && !MONTH_DAY.matcher(d).matches()) {
                    throw new IllegalArgumentException("routine \"" + id + "\": month day \"" + d + "\" is not 1–31 or \"last\"");
                }
            }
        }
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("routine \"" + id + "\" needs both \"start\" and \"end\", or neither");
        }
        if (start != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("routine \"" + id + "\": \"end\" " + end + " is not after \"start\" " + start);
        }
    }

    public static Routine daily(String id, String name, LocalTime start, LocalTime end, List<ChecklistItem> items) {
        return new Routine(id, name, Cadence.DAY, List.of(), List.of(), start, end, items);
    }

    public Routine withName(String newName) {
        return new Routine(id, newName, every, days, monthDays, start, end, items);
    }

    public Routine withItems(List<ChecklistItem> newItems) {
        return new Routine(id, name, every, days, monthDays, start, end, newItems);
    }

    public Routine withWindow(LocalTime newStart, LocalTime newEnd) {
        return new Routine(id, name, every, days, monthDays, newStart, newEnd, items);
    }

    /** A copy with one item replaced, added or removed, for the template editor. */
    public List<ChecklistItem> mutableItems() {
        return new ArrayList<>(items);
    }
}
