package io.liveops.console.calendar.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A recurring slot of the content plan, as the rules file spells it. Times and zone are kept as
 * written (and checked here), so the file round-trips exactly; {@link #localTime()} and
 * {@link #zoneId()} give the parsed values.
 *
 * @param days         weekdays for {@code week}; for {@code season} the weekday within the season week (empty: its first day)
 * @param monthDay     "1".."31" or "last", for {@code month} and {@code quarter}
 * @param quarterMonth 1..3: which month of each quarter, for {@code quarter}
 * @param seasonWeeks  week numbers counted from the season's first day (week 1), for {@code season}
 * @param afterLaunch  an ISO period after the launch date ("P3M"), for {@code launch}
 * @param duration     an ISO duration ("PT1H") when the item is a span; null for a moment
 * @param status       the status of a generated slot (scheduled unless said)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CadenceRule(String id, String title, Channel channel, Cadence every, List<DayOfWeek> days, String time, String zone,
                          String duration, String monthDay, Integer quarterMonth, List<Integer> seasonWeeks, String afterLaunch,
                          String template, String owner, ItemStatus status, boolean paused) {

    /** The rules file's reading: an absent {@code paused} means active. */
    @JsonCreator
    static CadenceRule fromJson(@JsonProperty("id") String id, @JsonProperty("title") String title, @JsonProperty("channel") Channel channel,
                                @JsonProperty("every") Cadence every, @JsonProperty("days") List<DayOfWeek> days, @JsonProperty("time") String time,
                                @JsonProperty("zone") String zone, @JsonProperty("duration") String duration,
                                @JsonProperty("monthDay") String monthDay, @JsonProperty("quarterMonth") Integer quarterMonth,
                                @JsonProperty("seasonWeeks") List<Integer> seasonWeeks, @JsonProperty("afterLaunch") String afterLaunch,
                                @JsonProperty("template") String template, @JsonProperty("owner") String owner,
                                @JsonProperty("status") ItemStatus status, @JsonProperty("paused") Boolean paused) {
        return new CadenceRule(id, title, channel, every, days, time, zone, duration, monthDay, quarterMonth, seasonWeeks, afterLaunch, template,
                owner, status, paused != null && paused);
    }

    public CadenceRule(String id, String title, Channel channel, Cadence every, List<DayOfWeek> days, String time, String zone, String duration,
                       String monthDay, Integer quarterMonth, List<Integer> seasonWeeks, String afterLaunch, String template, String owner,
                       ItemStatus status, boolean paused) {
        this.id = RuleFields.id(id);
        this.title = RuleFields.title(title);
        this.channel = Objects.requireNonNull(channel, "rule " + id + " needs a channel");
        this.every = Objects.requireNonNull(every, "rule " + id + " needs 'every' (day, week, month, quarter, season or launch)");
        this.days = days == null ? List.of() : List.copyOf(days);
        this.time = RuleFields.time(time).toString();
        this.zone = RuleFields.zone(zone).getId();
        this.duration = duration == null || duration.isBlank() ? null : RuleFields.duration(duration).toString();
        this.monthDay = monthDay == null || monthDay.isBlank() ? null : RuleFields.monthDay(monthDay);
        this.quarterMonth = quarterMonth;
        this.seasonWeeks = seasonWeeks == null ? List.of() : List.copyOf(seasonWeeks);
        this.afterLaunch = afterLaunch == null || afterLaunch.isBlank() ? null : RuleFields.afterLaunch(afterLaunch).toString();
        this.template = template == null || template.isBlank() ? null : template.strip();
        this.owner = owner == null ? "" : owner.strip();
        this.status = status == null ? ItemStatus.SCHEDULED : status;
        this.paused = paused;
        checkShape();
    }

    private void checkShape() {
        switch (every) {
            case WEEK -> {
                if (days.isEmpty()) {
                    throw new IllegalArgumentException("a weekly rule needs at least one day in 'days' (MONDAY … SUNDAY)");
                }
            }
            case MONTH, QUARTER -> {
                if (monthDay == null) {
                    throw new IllegalArgumentException("a " + every.id() + "ly rule needs 'monthDay': 1 to 31, or last");
                }
                if (every == Cadence.QUARTER && (quarterMonth == null || quarterMonth < 1 || quarterMonth > 3)) {
                    throw new IllegalArgumentException("a quarterly rule needs 'quarterMonth' 1, 2 or 3 (the month within each quarter), not "
                            + quarterMonth);
                }
            }
            case SEASON -> {
                if (seasonWeeks.isEmpty() || seasonWeeks.stream().anyMatch(w -> w == null || w < 1 || w > 52)) {
                    throw new IllegalArgumentException("a season rule needs 'seasonWeeks', week numbers from 1 (the season's first week) to 52");
                }
            }
            case LAUNCH -> {
                if (afterLaunch == null) {
                    throw new IllegalArgumentException("a launch rule needs 'afterLaunch', a period such as P3M (3 months after launch)");
                }
            }
            case DAY -> { }
        }
    }

    public LocalTime localTime() {
        return LocalTime.parse(time);
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /** The span of a generated item; null for a moment. */
    public Duration length() {
        return duration == null ? null : Duration.parse(duration);
    }

    public Period launchOffset() {
        return afterLaunch == null ? null : Period.parse(afterLaunch);
    }

    public CadenceRule withPaused(boolean p) {
        return new CadenceRule(id, title, channel, every, days, time, zone, duration, monthDay, quarterMonth, seasonWeeks, afterLaunch,
                template, owner, status, p);
    }

    public CadenceRule withId(String newId) {
        return new CadenceRule(newId, title, channel, every, days, time, zone, duration, monthDay, quarterMonth, seasonWeeks, afterLaunch,
                template, owner, status, paused);
    }
}
