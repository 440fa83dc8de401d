package io.liveops.console.checklist.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.shared.JsonConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The checklist's rules, plain Java: which template is in use, what a day contains, carry-over,
 * ticks, skips and notes, history and the streak. Call it off the FX thread (it reads the state
 * store and the template file).
 *
 * <p><b>Days are frozen.</b> The first time a day is opened, the routines that apply to it and the
 * items carried into it are stored with it; later template edits change the days after, never a
 * day already started, so history stays what it was.
 *
 * <p><b>Carry-over.</b> When a day is first opened, every item left open on the latest earlier day
 * that was opened (its own items and the ones carried into it) is carried into the new day, marked
 * with the day it was first due. An item stops carrying once it is done or skipped, or when it is
 * more than {@link #MAX_CARRY} old, so a week away from the desk does not bury the new day.
 */
public final class ChecklistService {

    public static final Period MAX_CARRY = Period.ofDays(7);

    private final ChecklistRepository repository;
    private final TemplateReader reader;
    private final Path userTemplate;
    private final RoutineSchedule schedule;
    private final Clock clock;
    private final ObjectMapper json;
    private volatile ChecklistTemplate template;
    private volatile Optional<JsonConfig.Problem> problem = Optional.empty();

    /**
     * @param userTemplate the user's template file ({@code checklist.json} in the config folder); the shipped defaults
     *                     apply while it does not exist
     */
    public ChecklistService(ChecklistRepository repository, TemplateReader reader, Path userTemplate, RoutineSchedule schedule, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.userTemplate = Objects.requireNonNull(userTemplate, "userTemplate");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.json = reader.mapper();
        this.template = reader.resource(TemplateReader.DEFAULT_RESOURCE);
    }

    public static Path userTemplateIn(Path configDir) {
        return configDir.resolve("checklist.json");
    }

    public RoutineSchedule schedule() {
        return schedule;
    }

    public Path userTemplateFile() {
        return userTemplate;
    }

    /**
     * (Re)reads the user's template file. A file that fails to parse is reported and the template in
     * use stays (the last good one, or the shipped defaults); the user's file is left untouched.
     *
     * @return the problem with the user's file, if any
     */
    public synchronized Optional<JsonConfig.Problem> reloadTemplate() {
        if (!Files.exists(userTemplate)) {
            problem = Optional.empty();
            return problem;
        }
        try {
            template = reader.parse(userTemplate);
            problem = Optional.empty();
        } catch (JsonConfig.ConfigException e) {
            problem = Optional.of(e.problem());
        }
        return problem;
    }

    public ChecklistTemplate template() {
        return template;
    }

    public Optional<JsonConfig.Problem> templateProblem() {
        return problem;
    }

    /** Saves an edited template to the user's file; it applies from the next day opened. */
    public synchronized void saveTemplate(ChecklistTemplate edited) {
        JsonConfig.writeAtomically(json, userTemplate, edited);
        template = edited;
        problem = Optional.empty();
    }

    /** A shipped template: {@link TemplateReader#DEFAULT_RESOURCE} or {@link TemplateReader#GAME_TEAM_RESOURCE}. */
    public ChecklistTemplate preset(String resource) {
        return reader.resource(resource);
    }

    /** Today's checklist, started (frozen, with carry-over) if this is its first opening. */
    public ChecklistDay today() {
        return open(schedule.dayOf(clock.instant()));
    }

    /** A day's checklist, started if it was never opened. */
    public ChecklistDay open(LocalDate day) {
        Optional<String> stored = repository.day(day);
        String frozen = stored.orElseGet(() -> repository.createDay(day, write(freeze(day)), clock.instant()));
        return ChecklistDay.of(day, read(frozen), repository.marks(day));
    }

    /** A past day as it was, or empty when the checklist was not opened that day. */
    public Optional<ChecklistDay> past(LocalDate day) {
        return repository.day(day).map(f -> ChecklistDay.of(day, read(f), repository.marks(day)));
    }

    private FrozenDay freeze(LocalDate day) {
        List<Routine> routines = schedule.routinesOn(template, day);
        List<CarriedItem> carried = new ArrayList<>();
        repository.latestDayBefore(day).flatMap(this::past).ifPresent(previous -> {
            LocalDate oldest = day.minus(MAX_CARRY);
            for (CarriedItem c : previous.carried()) {
                if (!previous.mark(c).handled() && !c.from().isBefore(oldest)) {
                    carried.add(c);
                }
            }
            if (!previous.day().isBefore(oldest)) {
                for (Routine r : previous.routines()) {
                    for (ChecklistItem i : r.items()) {
                        if (!previous.mark(r.id(), i.id()).handled()) {
                            carried.add(new CarriedItem(r.id(), r.name(), previous.day(), i));
                        }
                    }
                }
            }
        });
        return new FrozenDay(routines, carried);
    }

    public ChecklistMark tick(LocalDate day, String routineId, String itemId, String by) {
        return update(day, routineId, itemId, m -> m.done(by, clock.instant()));
    }

    public ChecklistMark untick(LocalDate day, String routineId, String itemId) {
        return update(day, routineId, itemId, ChecklistMark::reopened);
    }

    public ChecklistMark skip(LocalDate day, String routineId, String itemId, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the item is skipped.");
        }
        return update(day, routineId, itemId, m -> m.skipped(by, clock.instant(), reason.strip()));
    }

    public ChecklistMark note(LocalDate day, String routineId, String itemId, String note) {
        return update(day, routineId, itemId, m -> m.withNote(note == null ? null : note.strip()));
    }

    private ChecklistMark update(LocalDate day, String routineId, String itemId, java.util.function.UnaryOperator<ChecklistMark> change) {
        ChecklistMark current = repository.marks(day).stream()
                .filter(m -> m.routineId().equals(routineId) && m.itemId().equals(itemId))
                .findFirst().orElse(ChecklistMark.open(routineId, itemId));
        ChecklistMark next = change.apply(current);
        repository.save(day, next, clock.instant());
        return next;
    }

    /** Completion per routine of the opened days in [from, to], newest first. */
    public List<DaySummary> history(LocalDate from, LocalDate to) {
        Map<LocalDate, String> days = repository.days(from, to);
        Map<LocalDate, List<ChecklistMark>> marks = repository.marks(from, to);
        List<DaySummary> out = new ArrayList<>();
        for (Map.Entry<LocalDate, String> e : days.entrySet()) {
            ChecklistDay d = ChecklistDay.of(e.getKey(), read(e.getValue()), marks.getOrDefault(e.getKey(), List.of()));
            out.add(0, summary(d));
        }
        return out;
    }

    static DaySummary summary(ChecklistDay d) {
        return new DaySummary(d.day(), d.routines().stream()
                .map(r -> new DaySummary.RoutineProgress(r.id(), r.name(), d.handled(r), r.items().size()))
                .toList());
    }

    /**
     * Consecutive complete days ending yesterday, plus today when today is already complete. A day the
     * checklist was not opened breaks the streak.
     */
    public int streak(LocalDate today) {
        Map<LocalDate, DaySummary> byDay = new LinkedHashMap<>();
        history(today.minusYears(1), today).forEach(s -> byDay.put(s.day(), s));
        int streak = 0;
        DaySummary todays = byDay.get(today);
        if (todays != null && todays.complete()) {
            streak++;
        }
        for (LocalDate d = today.minusDays(1); byDay.containsKey(d) && byDay.get(d).complete(); d = d.minusDays(1)) {
            streak++;
        }
        return streak;
    }

    private String write(FrozenDay day) {
        try {
            return json.writeValueAsString(day);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the checklist of a day: " + e.getOriginalMessage(), e);
        }
    }

    private FrozenDay read(String frozen) {
        try {
            return json.readValue(frozen, FrozenDay.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored checklist day is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
