package io.liveops.console.calendar.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns cadence rules into the slots of a range of the viewer's days. A rule lives in its own zone
 * ("Wednesday 20:00 Asia/Seoul"), so it is expanded over its own calendar days and each slot is kept
 * when its instant falls on one of the viewer's days: a Monday 09:00 KST recap is a Sunday evening
 * item in Los Angeles. Months that lack a rule's day get a note instead of a silent gap.
 */
final class CadenceExpander {

    /** The slots of a range, ordered by instant, and sentences about the slots that could not be. */
    public record Expansion(List<CalendarItem> slots, List<String> notes) {}

    private final ZoneId viewerZone;

    public CadenceExpander(ZoneId viewerZone) {
        this.viewerZone = viewerZone;
    }

    /**
     * @param from    first viewer day, included
     * @param to      last viewer day, included
     * @param seasons the seasons season-relative rules count from
     * @param launch  the launch day of launch-relative rules; null when unknown
     */
    public Expansion expand(List<CadenceRule> rules, List<Season> seasons, LocalDate launch, LocalDate from, LocalDate to) {
        List<CalendarItem> slots = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (CadenceRule rule : rules) {
            if (rule.paused()) {
                continue;
            }
            // a zone is at most 26 hours from another, so two days either side cover every slot that lands in the range
            LocalDate ruleFrom = from.minusDays(2);
            LocalDate ruleTo = to.plusDays(2);
            for (LocalDate day : days(rule, seasons, launch, ruleFrom, ruleTo, from, to, notes)) {
                CalendarItem slot = slot(rule, day);
                LocalDate viewerDay = slot.startInstant().atZone(viewerZone).toLocalDate();
                if (!viewerDay.isBefore(from) && !viewerDay.isAfter(to)) {
                    slots.add(slot);
                }
            }
        }
        slots.sort(Comparator.comparing(CalendarItem::startInstant).thenComparing(CalendarItem::key));
        return new Expansion(List.copyOf(slots), List.copyOf(notes));
    }

    /** The generated item of one occurrence of a rule. */
    public static CalendarItem slot(CadenceRule rule, LocalDate day) {
        LocalDateTime start = day.atTime(rule.localTime());
        Duration length = rule.length();
        return new CalendarItem(null, 0, rule.id(), day, null, rule.title(), rule.channel(), start, length == null ? null : start.plus(length),
                rule.zoneId(), rule.status(), rule.owner(), "", "", "", rule.template());
    }

    private static List<LocalDate> days(CadenceRule rule, List<Season> seasons, LocalDate launch, LocalDate from, LocalDate to,
                                        LocalDate viewFrom, LocalDate viewTo, Set<String> notes) {
        List<LocalDate> out = new ArrayList<>();
        switch (rule.every()) {
            case DAY -> from.datesUntil(to.plusDays(1)).forEach(out::add);
            case WEEK -> from.datesUntil(to.plusDays(1)).filter(d -> rule.days().contains(d.getDayOfWeek())).forEach(out::add);
            case MONTH, QUARTER -> {
                for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                    if (rule.every() == Cadence.QUARTER && (m.getMonthValue() - 1) % 3 != rule.quarterMonth() - 1) {
                        continue;
                    }
                    LocalDate day = dayOf(rule, m);
                    if (day == null) {
                        if (overlaps(m.atDay(1), m.atEndOfMonth(), viewFrom, viewTo)) {
                            notes.add(monthName(m) + " has no day " + rule.monthDay() + ", so '" + rule.title() + "' has no slot that month.");
                        }
                    } else if (!day.isBefore(from) && !day.isAfter(to)) {
                        out.add(day);
                    }
                }
            }
            case SEASON -> {
                for (Season s : seasons) {
                    for (int week : rule.seasonWeeks()) {
                        LocalDate weekStart = s.startsOn().plusWeeks(week - 1L);
                        LocalDate day = rule.days().isEmpty() ? weekStart : firstOf(rule.days(), weekStart);
                        if (day.isAfter(s.endsOn())) {
                            if (overlaps(s.startsOn(), s.endsOn(), viewFrom, viewTo)) {
                                notes.add(s.name() + " ends on " + s.endsOn() + ", before its week " + week + ", so '" + rule.title()
                                        + "' has no slot in it.");
                            }
                        } else if (!day.isBefore(from) && !day.isAfter(to)) {
                            out.add(day);
                        }
                    }
                }
            }
            case LAUNCH -> {
                if (launch == null) {
                    notes.add("'" + rule.title() + "' counts from the launch day, which is not set (launchDate in the rules file).");
                } else {
                    LocalDate day = launch.plus(rule.launchOffset());
                    if (!day.isBefore(from) && !day.isAfter(to)) {
                        out.add(day);
                    }
                }
            }
        }
        return out;
    }

    private static LocalDate dayOf(CadenceRule rule, YearMonth m) {
        if ("last".equals(rule.monthDay())) {
            return m.atEndOfMonth();
        }
        int d = Integer.parseInt(rule.monthDay());
        return d <= m.lengthOfMonth() ? m.atDay(d) : null;
    }

    private static LocalDate firstOf(List<DayOfWeek> days, LocalDate weekStart) {
        for (int i = 0; i < 7; i++) {
            LocalDate d = weekStart.plusDays(i);
            if (days.contains(d.getDayOfWeek())) {
                return d;
            }
        }
        return weekStart;
    }

    private static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        return !aTo.isBefore(bFrom) && !aFrom.isAfter(bTo);
    }

    private static String monthName(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }
}
