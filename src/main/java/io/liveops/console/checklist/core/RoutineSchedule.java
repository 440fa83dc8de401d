package io.liveops.console.checklist.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When routines apply, in the user's zone: which routines a day has, and where each one's window
 * falls on the time line. Pure java.time, no clock of its own: callers pass the day or the instant.
 */
public final class RoutineSchedule {

    /** A routine's window on one day, as instants (a DST change makes some days 23 or 25 hours long). */
    public record Window(Instant start, Instant end) {
        public boolean contains(Instant t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }

    private final ZoneId zone;

    public RoutineSchedule(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    /** The routines of a template that apply on {@code day}, daily ones first, then weekly, then monthly, in file order. */
    public List<Routine> routinesOn(ChecklistTemplate template, LocalDate day) {
        return template.routines().stream()
                .filter(r -> appliesOn(r, day))
                .sorted(java.util.Comparator.comparing(Routine::every))
                .toList();
    }

    public boolean appliesOn(Routine routine, LocalDate day) {
        return switch (routine.every()) {
            case DAY -> true;
            case WEEK -> routine.days().contains(day.getDayOfWeek());
            case MONTH -> routine.monthDays().stream().anyMatch(d -> Routine.LAST_DAY.equals(d)
                    ? day.equals(day.with(TemporalAdjusters.lastDayOfMonth()))
                    : Integer.parseInt(d) == day.getDayOfMonth());
        };
    }

    /**
     * The routine's window on {@code day}. A start or end that falls into a spring-forward gap moves
     * forward by the gap's length (java.time's rule), so a 02:30 window still opens that night.
     */
    public Optional<Window> window(Routine routine, LocalDate day) {
        if (routine.start() == null) {
            return Optional.empty();
        }
        Instant start = ZonedDateTime.of(day, routine.start(), zone).toInstant();
        Instant end = ZonedDateTime.of(day, routine.end(), zone).toInstant();
        return Optional.of(new Window(start, end));
    }

    /** The day an instant belongs to in the user's zone. */
    public LocalDate dayOf(Instant t) {
        return t.atZone(zone).toLocalDate();
    }

    /** The first instant of the next day in the user's zone (midnight, or the first valid time after a gap). */
    public Instant startOfNextDay(Instant t) {
        return dayOf(t).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
