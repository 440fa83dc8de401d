package io.liveops.console.calendar.ui;

import io.liveops.console.shared.DisplayFormats;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.calendar.core.CalendarItem;
import io.liveops.console.calendar.core.CalendarService;
import io.liveops.console.calendar.core.ItemStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Calendar tab's state: which view (month, week, agenda) shows which days, the entries of those
 * days, the selection, and the moves and status changes made from the views. The side panes (item
 * editor, rule editor, campaigns) are ViewModels of their own that it feeds the selection. Storage
 * and the warehouse run on the {@link TaskExecutor}; a tick on the {@link Scheduler} picks up another
 * console's changes (team mode) and raises due reminders.
 */
public final class CalendarViewModel {

    public enum Mode { MONTH, WEEK, AGENDA }

    static final Duration TICK = Duration.ofSeconds(2);
    static final int REMINDER_EVERY_TICKS = 15;
    static final int AGENDA_DAYS = 28;
    private static final DateTimeFormatter MONTH_TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TITLE = DisplayFormats.DATE;

    private final CalendarService service;
    private final TaskExecutor executor;
    private final Scheduler scheduler;
    private final Clock clock;
    private final ZoneId zone;
    private final ItemEditorViewModel editor;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.MONTH);
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ObservableList<CalendarService.Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final StringProperty seasonsFrom = new SimpleStringProperty("");
    private final ObjectProperty<CalendarService.Entry> selected = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    /** Bumped by every change of the days on screen, so a late answer for other days is dropped. */
    private long generation;
    private String selectAfterLoad;
    private String fingerprint = "";
    private boolean polling;
    private int ticks;
    private Cancellation nextTick;

    public CalendarViewModel(CalendarService service, ItemEditorViewModel editor, TaskExecutor executor, Scheduler scheduler, Clock clock) {
        this.service = service;
        this.editor = editor;
        this.executor = executor;
        this.scheduler = scheduler;
        this.clock = clock;
        this.zone = service.zone();
        LocalDate now = LocalDate.ofInstant(clock.instant(), zone);
        today.set(now);
        anchor.set(now);
        editor.onSaved(this::savedFromEditor);
        recomputeDays();
    }

    /** Loads the days on screen and starts the tick (FX thread). */
    public void start() {
        reload();
        checkReminders();
        scheduleTick();
    }

    public void stop() {
        if (nextTick != null) {
            nextTick.cancel();
        }
    }

    private void scheduleTick() {
        nextTick = scheduler.schedule(TICK, () -> {
            tick();
            scheduleTick();
        });
    }

    void tick() {
        LocalDate now = LocalDate.ofInstant(clock.instant(), zone);
        if (!now.equals(today.get())) {
            today.set(now);
            reload();
        }
        if (++ticks % REMINDER_EVERY_TICKS == 0) {
            checkReminders();
        }
        if (flagsOutdated(clock.instant())) {
            reload(); // an item became due or overdue since the days were read: its flag must show now
        }
        if (!polling) {
            polling = true;
            executor.execute(BackgroundTask.of("Checking the calendar for changes", (p, c) -> service.fingerprint())
                    .onSuccess(f -> {
                        polling = false;
                        if (!fingerprint.isEmpty() && !f.equals(fingerprint)) {
                            reload();
                        }
                        fingerprint = f;
                    })
                    .onFailure(e -> polling = false));
        }
    }

    private boolean flagsOutdated(java.time.Instant now) {
        for (CalendarService.Entry e : entries) {
            if (e.item().status().finished()) {
                continue;
            }
            boolean overdue = CalendarService.overdue(e.item(), now, service.zone());
            boolean dueSoon = CalendarService.dueSoon(e.item(), now);
            if (overdue != e.overdue() || dueSoon != e.dueSoon()) {
                return true;
            }
        }
        return false;
    }

    private void checkReminders() {
        executor.execute(BackgroundTask.of("Checking calendar reminders", (p, c) -> service.checkReminders(c))
                .onFailure(e -> message.set("Could not check the reminders: " + e.getMessage())));
    }

    // ---- the days on screen

    public void show(Mode m) {
        mode.set(m);
        recomputeDays();
        reload();
    }

    public void previous() {
        step(-1);
    }

    public void next() {
        step(1);
    }

    private void step(int sign) {
        LocalDate a = anchor.get();
        anchor.set(switch (mode.get()) {
            case MONTH -> a.plusMonths(sign);
            case WEEK -> a.plusWeeks(sign);
            case AGENDA -> a.plusDays((long) sign * AGENDA_DAYS);
        });
        recomputeDays();
        reload();
    }

    public void goToday() {
        selectDay(today.get());
    }

    /** Focuses a day (a click on it); the range moves when the day is not on screen. */
    public void selectDay(LocalDate day) {
        boolean otherMonth = mode.get() == Mode.MONTH && !YearMonth.from(day).equals(YearMonth.from(anchor.get()));
        anchor.set(day);
        if (!days.contains(day) || otherMonth) {
            recomputeDays();
            reload();
        }
    }

    private void recomputeDays() {
        LocalDate a = anchor.get();
        List<LocalDate> d = new ArrayList<>();
        switch (mode.get()) {
            case MONTH -> {
                LocalDate first = YearMonth.from(a).atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                first.datesUntil(first.plusWeeks(6)).forEach(d::add);
                title.set(MONTH_TITLE.format(a));
            }
            case WEEK -> {
                LocalDate monday = a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                monday.datesUntil(monday.plusWeeks(1)).forEach(d::add);
                title.set("Week of " + DAY_TITLE.format(monday));
            }
            case AGENDA -> {
                a.datesUntil(a.plusDays(AGENDA_DAYS)).forEach(d::add);
                title.set("Agenda from " + DAY_TITLE.format(a));
            }
        }
        days.setAll(d);
    }

    /** Reads the entries of the days on screen again; what was shown for other days is cleared at once. */
    public void reload() {
        long gen = ++generation;
        if (!days.isEmpty() && (entries.isEmpty() || !sameRange())) {
            entries.clear();
            notes.clear();
        }
        loading.set(true);
        LocalDate from = days.get(0);
        LocalDate to = days.get(days.size() - 1);
        String keep = selectAfterLoad != null ? selectAfterLoad : Optional.ofNullable(selected.get()).map(CalendarService.Entry::key).orElse(null);
        selectAfterLoad = null;
        executor.execute(BackgroundTask.of("Reading the calendar", (p, c) -> service.load(from, to, c))
                .onSuccess(range -> {
                    if (gen != generation) {
                        return;
                    }
                    loaded = range;
                    loading.set(false);
                    entries.setAll(range.entries());
                    notes.setAll(range.notes());
                    seasonsFrom.set(range.seasonsFrom());
                    selected.set(keep == null ? null : find(keep).orElse(null));
                    editor.refreshFrom(selected.get());
                })
                .onFailure(e -> {
                    if (gen == generation) {
                        loading.set(false);
                        message.set("Could not read the calendar: " + e.getMessage());
                    }
                }));
    }

    private CalendarService.Range loaded;

    private boolean sameRange() {
        return loaded != null && loaded.from().equals(days.get(0)) && loaded.to().equals(days.get(days.size() - 1));
    }

    /** The entries whose start falls on a viewer's day, by time. */
    public List<CalendarService.Entry> entriesOn(LocalDate day) {
        return entries.stream().filter(e -> dayOf(e).equals(day)).toList();
    }

    public LocalDate dayOf(CalendarService.Entry e) {
        return e.item().startInstant().atZone(zone).toLocalDate();
    }

    public Optional<CalendarService.Entry> find(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    // ---- selection, moves and status

    public void select(CalendarService.Entry e) {
        selected.set(e);
        if (e != null) {
            anchor.set(dayOf(e));
        }
        editor.edit(e == null ? null : e.item());
    }

    /** Double-click on a day: a new item on it, in the side pane. */
    public void createOn(LocalDate day) {
        selected.set(null);
        anchor.set(day);
        editor.newItem(day);
    }

    /** Drag and drop, or Alt+arrows: the entry moves to another viewer day, keeping its time of day in its zone. */
    public void moveTo(CalendarService.Entry e, LocalDate day) {
        long delta = day.toEpochDay() - dayOf(e).toEpochDay();
        if (delta == 0) {
            return;
        }
        run("Moving '" + e.item().title() + "'", c -> service.move(e.item(), delta),
                moved -> "Moved '" + moved.title() + "' to " + DAY_TITLE.format(moved.startInstant().atZone(zone)) + ".");
    }

    /** Alt+←/→ (a day) and Alt+↑/↓ (a week) on the selected entry. */
    public void moveSelected(long days) {
        CalendarService.Entry e = selected.get();
        if (e == null) {
            message.set("Select an item first, then Alt+arrows move it.");
            return;
        }
        moveTo(e, dayOf(e).plusDays(days));
    }

    public void setStatus(CalendarService.Entry e, ItemStatus status) {
        run("Marking '" + e.item().title() + "' " + status.label(), c -> service.setStatus(e.item(), status),
                saved -> "'" + saved.title() + "' is " + status.label().toLowerCase(Locale.ROOT) + ".");
    }

    private void run(String what, ThrowingWork work, java.util.function.Function<CalendarItem, String> done) {
        executor.execute(BackgroundTask.of(what, (p, c) -> work.run(c))
                .onSuccess(saved -> {
                    message.set(done.apply(saved));
                    selectAfterLoad = saved.key();
                    reload();
                })
                .onFailure(e -> {
                    message.set(e.getMessage());
                    reload();
                }));
    }

    @FunctionalInterface
    private interface ThrowingWork {
        CalendarItem run(Cancellation c);
    }

    private void savedFromEditor(CalendarItem saved) {
        selectAfterLoad = saved.key();
        LocalDate day = saved.startInstant().atZone(zone).toLocalDate();
        anchor.set(day);
        if (!days.contains(day)) {
            recomputeDays();
        }
        reload();
    }

    /**
     * Shows a target of the calendar's kind: {@code day-2026-11-30} (the checklist's "the day's items"),
     * or an item's key ({@code weekly-ama@2026-12-02}, {@code item-12}) from a reminder.
     */
    public void open(String id, Consumer<String> unknown) {
        if (id.startsWith("day-")) {
            try {
                LocalDate day = LocalDate.parse(id.substring(4));
                mode.set(Mode.AGENDA);
                anchor.set(day);
                recomputeDays();
                reload();
            } catch (java.time.DateTimeException e) {
                unknown.accept(id);
            }
            return;
        }
        int at = id.indexOf('@');
        if (at > 0) {
            selectAfterLoad = id;
            selectDay(LocalDate.parse(id.substring(at + 1)));
            reload();
            return;
        }
        if (id.matches("item-\\d+")) {
            long itemId = Long.parseLong(id.substring(5));
            executor.execute(BackgroundTask.of("Finding calendar item " + itemId, (p, c) -> service.find(itemId))
                    .onSuccess(found -> found.ifPresentOrElse(item -> {
                        selectAfterLoad = item.key();
                        savedFromEditor(item);
                    }, () -> message.set("That calendar item no longer exists."))));
            return;
        }
        unknown.accept(id);
    }

    void showMessage(String text) {
        message.set(text);
    }

    public ZoneId zone() {
        return zone;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<LocalDate> anchorProperty() {
        return anchor;
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObservableList<LocalDate> days() {
        return days;
    }

    public ObservableList<CalendarService.Entry> entries() {
        return entries;
    }

    public ObservableList<String> notes() {
        return notes;
    }

    public StringProperty seasonsFromProperty() {
        return seasonsFrom;
    }

    public ReadOnlyObjectProperty<CalendarService.Entry> selectedProperty() {
        return selected;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ItemEditorViewModel editor() {
        return editor;
    }
}
