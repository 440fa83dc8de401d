package io.liveops.console.checklist.ui;

import io.liveops.console.shared.Navigator;
import io.liveops.console.shared.Target;
import io.liveops.console.ui.kit.BrowserService;

import io.liveops.console.checklist.core.CarriedItem;
import io.liveops.console.checklist.core.ChecklistDay;
import io.liveops.console.checklist.core.ChecklistItem;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.checklist.core.ChecklistTemplate;
import io.liveops.console.checklist.core.DaySummary;
import io.liveops.console.checklist.core.Routine;
import io.liveops.console.checklist.core.RoutineSchedule;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertLevel;
import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiReading;
import io.liveops.console.shared.Status;
import io.liveops.console.checklist.core.ChecklistMark;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Checklist tab's state: the shown day's routines with their items, progress and live KPI values,
 * the open window, history and streak, and the template editor's operations. Touched on the FX
 * thread only; state store and file work goes through the {@link TaskExecutor}, window timers
 * through the {@link Scheduler}.
 */
public final class ChecklistViewModel {

    /** The source of the checklist's alerts in the {@link io.liveops.console.alert.core.AlertCenter}. */
    public static final String ALERT_SOURCE = "Checklist";

    /** A live KPI value shown next to an item. */
    public record KpiChip(String id, String label, String value, Status status) {}

    /** One item as the view shows it. */
    public static final class ItemRow {
        private final String routineId;
        private final String itemId;
        private final String text;
        private final LocalDate carriedFrom;
        private final String link;
        private final String action;
        private final List<String> kpiIds;
        private final BooleanProperty done = new SimpleBooleanProperty(this, "done");
        private final BooleanProperty skipped = new SimpleBooleanProperty(this, "skipped");
        private final StringProperty status = new SimpleStringProperty(this, "status", "");
        private final StringProperty note = new SimpleStringProperty(this, "note", "");
        private final BooleanProperty breached = new SimpleBooleanProperty(this, "breached");
        private final ObservableList<KpiChip> kpis = FXCollections.observableArrayList();

        ItemRow(String routineId, String itemId, ChecklistItem item, LocalDate carriedFrom) {
            this.routineId = routineId;
            this.itemId = itemId;
            this.text = item.text();
            this.carriedFrom = carriedFrom;
            this.link = item.link();
            this.action = item.action();
            this.kpiIds = item.kpis();
        }

        public String routineId() {
            return routineId;
        }

        public String itemId() {
            return itemId;
        }

        public String text() {
            return text;
        }

        public Optional<LocalDate> carriedFrom() {
            return Optional.ofNullable(carriedFrom);
        }

        public Optional<String> link() {
            return Optional.ofNullable(link);
        }

        public Optional<String> action() {
            return Optional.ofNullable(action);
        }

        public ReadOnlyBooleanProperty doneProperty() {
            return done;
        }

        public ReadOnlyBooleanProperty skippedProperty() {
            return skipped;
        }

        /** "Done by ana at 09:12", "Skipped by ana at 09:20: no blog this week", or empty. */
        public ReadOnlyStringProperty statusProperty() {
            return status;
        }

        public ReadOnlyStringProperty noteProperty() {
            return note;
        }

        /** True when a linked KPI is CRITICAL or WARNING: the item stands out. */
        public ReadOnlyBooleanProperty breachedProperty() {
            return breached;
        }

        public ObservableList<KpiChip> kpis() {
            return kpis;
        }
    }

    /** One routine as the view shows it. */
    public static final class RoutineRow {
        private final String id;
        private final String name;
        private final String windowText;
        private final RoutineSchedule.Window window;
        private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
        private final IntegerProperty handled = new SimpleIntegerProperty(this, "handled");
        private final StringProperty progress = new SimpleStringProperty(this, "progress", "");
        private final BooleanProperty current = new SimpleBooleanProperty(this, "current");
        private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded");
        private final BooleanProperty overdue = new SimpleBooleanProperty(this, "overdue");
        private boolean notified;

        RoutineRow(String id, String name, String windowText, RoutineSchedule.Window window) {
            this.id = id;
            this.name = name;
            this.windowText = windowText;
            this.window = window;
        }

        public String id() {
            return id;
        }

        public String name() {
            return name;
        }

        /** "09:00–10:00", "today", or "carried over". */
        public String windowText() {
            return windowText;
        }

        public ObservableList<ItemRow> items() {
            return items;
        }

        /** "3/5". */
        public ReadOnlyStringProperty progressProperty() {
            return progress;
        }

        public int open() {
            return items.size() - handled.get();
        }

        /** The routine whose window is open now (highlighted). */
        public ReadOnlyBooleanProperty currentProperty() {
            return current;
        }

        /** Expanded in the view; the user may toggle it. */
        public BooleanProperty expandedProperty() {
            return expanded;
        }

        /** The window closed with items open. */
        public ReadOnlyBooleanProperty overdueProperty() {
            return overdue;
        }

        void recount() {
            handled.set((int) items.stream().filter(i -> i.done.get() || i.skipped.get()).count());
            progress.set(handled.get() + "/" + items.size());
        }
    }

    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    static final int HISTORY_DAYS = 42;

    private final ChecklistService service;
    private final RoutineSchedule schedule;
    private final AlertCenter alerts;
    private final TaskExecutor executor;
    private final Scheduler scheduler;
    private final Clock clock;
    private final String user;
    private final BrowserService browser;
    private final Navigator navigator;

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final BooleanProperty readOnly = new SimpleBooleanProperty(this, "readOnly");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty streak = new SimpleStringProperty(this, "streak", "");
    private final StringProperty templateProblem = new SimpleStringProperty(this, "templateProblem", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObservableList<RoutineRow> routines = FXCollections.observableArrayList();
    private final ObservableList<DaySummary> history = FXCollections.observableArrayList();
    private final ObjectProperty<ChecklistTemplate> template = new SimpleObjectProperty<>(this, "template");
    private List<KpiReading> snapshot;
    private Cancellation timer;
    private List<RoutineRow> todayRows = List.of();
    private LocalDate todayDay;

    /** @param readings the KPI board's readings (value text, status): the chips show them as the tiles do */
    public ChecklistViewModel(ChecklistService service, ObservableValue<List<KpiReading>> readings, AlertCenter alerts, TaskExecutor executor,
                              Scheduler scheduler, Clock clock, String user, BrowserService browser, Navigator navigator) {
        this.service = Objects.requireNonNull(service, "service");
        this.schedule = service.schedule();
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.user = Objects.requireNonNull(user, "user");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.snapshot = readings.getValue() == null || readings.getValue().isEmpty() ? null : readings.getValue();
        readings.addListener((o, was, now) -> {
            if (now != null && !now.isEmpty()) { // a warehouse switch clears the board for a moment: keep the last values until new ones come
                showKpis(now);
            }
        });
    }

    /** Reads the template and today's checklist, then keeps the windows and the day up to date. */
    public void start() {
        reloadTemplate(true);
    }

    /** Re-reads the user's template file (after editing it outside the console); it applies from the next day. */
    public void reloadTemplate() {
        reloadTemplate(false);
    }

    private void reloadTemplate(boolean thenOpenToday) {
        executor.execute(BackgroundTask.of("Reading the checklist template", (p, c) -> service.reloadTemplate())
                .onSuccess(problem -> {
                    templateProblem.set(problem.map(pr -> "Your checklist template was not used, the last good one is in use: "
                            + pr.describe()).orElse(""));
                    template.set(service.template());
                    if (thenOpenToday) {
                        openToday();
                    } else if (problem.isEmpty()) {
                        message.set("Template read from " + service.userTemplateFile() + "; it applies from tomorrow.");
                    }
                })
                .onFailure(e -> message.set("Could not read the checklist template: " + e.getMessage())));
    }

    public void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** Shows today, editable, and starts it if needed (freezing its routines and carrying open items over). */
    public void openToday() {
        loadToday(true);
    }

    /**
     * Loads today's checklist and restarts the window timers. {@code display} false keeps a past day
     * on screen (midnight passed while the user was reading history) and only moves the timers on.
     */
    private void loadToday(boolean display) {
        record Loaded(ChecklistDay day, List<DaySummary> history, int streak) {}
        LocalDate today = schedule.dayOf(clock.instant());
        executor.execute(BackgroundTask.of("Opening the checklist of " + today, (p, c) -> {
                    ChecklistDay d = service.open(today);
                    return new Loaded(d, service.history(today.minusDays(HISTORY_DAYS), today), service.streak(today));
                })
                .onSuccess(l -> {
                    todayRows = rows(l.day());
                    todayDay = l.day().day();
                    if (display || !readOnly.get()) {
                        display(todayDay, todayRows, false);
                    }
                    history.setAll(l.history());
                    streak.set(streakText(l.streak()));
                    updateWindows(clock.instant(), false);
                    scheduleNextBoundary();
                })
                .onFailure(e -> message.set("Could not open today's checklist: " + e.getMessage())));
    }

    /** Shows a past day read-only (today opens editable). */
    public void openDay(LocalDate past) {
        if (past.equals(schedule.dayOf(clock.instant()))) {
            openToday();
            return;
        }
        executor.execute(BackgroundTask.of("Reading the checklist of " + past, (p, c) -> service.past(past))
                .onSuccess(d -> d.ifPresentOrElse(found -> display(found.day(), rows(found), true),
                        () -> message.set("The checklist was not opened on " + SHORT_DAY.format(past) + ".")))
                .onFailure(e -> message.set("Could not read the checklist of " + past + ": " + e.getMessage())));
    }

    private void display(LocalDate shown, List<RoutineRow> rows, boolean pastDay) {
        day.set(shown);
        readOnly.set(pastDay);
        title.set(TITLE.format(shown) + (pastDay ? " (read-only)" : ""));
        message.set("");
        routines.setAll(rows);
        if (snapshot != null) {
            showKpis(snapshot);
        }
    }

    private List<RoutineRow> rows(ChecklistDay d) {
        List<RoutineRow> rows = new ArrayList<>();
        for (Routine r : d.routines()) {
            Optional<RoutineSchedule.Window> w = schedule.window(r, d.day());
            RoutineRow row = new RoutineRow(r.id(), r.name(),
                    r.start() == null ? "today" : HH_MM.format(r.start()) + "–" + HH_MM.format(r.end()), w.orElse(null));
            r.items().forEach(i -> row.items.add(itemRow(r.id(), i.id(), i, null, d.mark(r.id(), i.id()))));
            rows.add(row);
        }
        if (!d.carried().isEmpty()) {
            RoutineRow carried = new RoutineRow(CarriedItem.ROUTINE_ID, "Carried over", "from earlier days", null);
            d.carried().forEach(c -> carried.items.add(itemRow(CarriedItem.ROUTINE_ID, c.key(),
                    c.item().withText(c.routineName() + ": " + c.item().text()), c.from(), d.mark(c))));
            rows.add(carried);
        }
        rows.forEach(RoutineRow::recount);
        return rows;
    }

    private ItemRow itemRow(String routineId, String itemId, ChecklistItem item, LocalDate carriedFrom, ChecklistMark mark) {
        ItemRow row = new ItemRow(routineId, itemId, item, carriedFrom);
        apply(row, mark);
        return row;
    }

    private void apply(ItemRow row, ChecklistMark mark) {
        row.done.set(mark.state() == ChecklistMark.State.DONE);
        row.skipped.set(mark.state() == ChecklistMark.State.SKIPPED);
        row.note.set(mark.note() == null ? "" : mark.note());
        String when = mark.markedAt() == null ? "" : " at " + HH_MM.format(mark.markedAt().atZone(schedule.zone()));
        String carried = row.carriedFrom == null ? "" : "Carried over from " + SHORT_DAY.format(row.carriedFrom);
        row.status.set(switch (mark.state()) {
            case DONE -> "Done by " + mark.markedBy() + when;
            case SKIPPED -> "Skipped by " + mark.markedBy() + when + ": " + mark.skipReason();
            case OPEN -> carried;
        });
    }

    /** Fills the KPI chips of every item from the board's latest readings. */
    public void showKpis(List<KpiReading> snap) {
        this.snapshot = snap;
        for (RoutineRow r : routines) {
            for (ItemRow i : r.items) {
                List<KpiChip> chips = i.kpiIds.stream().map(id -> chip(snap, id)).toList();
                i.kpis.setAll(chips);
                i.breached.set(chips.stream().anyMatch(c -> c.status() == Status.CRITICAL || c.status() == Status.WARNING));
            }
        }
    }

    private static KpiChip chip(List<KpiReading> readings, String id) {
        Optional<KpiReading> r = readings.stream().filter(x -> x.id().equals(id)).findFirst();
        if (r.isEmpty()) {
            String label = KpiCatalog.standard().byId(id).map(d -> d.labelFor(id)).orElse(id);
            return new KpiChip(id, label, "—", Status.UNKNOWN);
        }
        KpiReading reading = r.get();
        return new KpiChip(id, reading.label(), reading.failed() ? "—" : reading.valueText(), reading.status());
    }

    /** Ticks or unticks an item. */
    public void toggle(ItemRow item) {
        if (readOnly.get()) {
            return;
        }
        LocalDate d = day.get();
        boolean tick = !item.done.get();
        change(item, tick ? "Ticking" : "Unticking",
                () -> tick ? service.tick(d, item.routineId, item.itemId, user) : service.untick(d, item.routineId, item.itemId));
    }

    /** Skips an item with a reason (required). */
    public void skip(ItemRow item, String reason) {
        if (readOnly.get()) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            message.set("Say why \"" + item.text + "\" is skipped.");
            return;
        }
        LocalDate d = day.get();
        change(item, "Skipping", () -> service.skip(d, item.routineId, item.itemId, user, reason));
    }

    public void note(ItemRow item, String text) {
        if (readOnly.get()) {
            return;
        }
        LocalDate d = day.get();
        change(item, "Saving a note on", () -> service.note(d, item.routineId, item.itemId, text));
    }

    private void change(ItemRow item, String verb, java.util.concurrent.Callable<ChecklistMark> work) {
        executor.execute(BackgroundTask.of(verb + " " + item.itemId, (p, c) -> work.call())
                .onSuccess(mark -> {
                    apply(item, mark);
                    routines.stream().filter(r -> r.items.contains(item)).forEach(RoutineRow::recount);
                    updateWindows(clock.instant(), false);
                    refreshHistory();
                })
                .onFailure(e -> message.set("Could not save \"" + item.text + "\": " + e.getMessage())));
    }

    private record HistoryLoad(List<DaySummary> days, int streak) {}

    private void refreshHistory() {
        LocalDate today = schedule.dayOf(clock.instant());
        executor.execute(BackgroundTask.of("Reading checklist history", (p, c) ->
                        new HistoryLoad(service.history(today.minusDays(HISTORY_DAYS), today), service.streak(today)))
                .onSuccess(h -> {
                    history.setAll(h.days());
                    streak.set(streakText(h.streak()));
                })
                .onFailure(e -> message.set("Could not read the checklist history: " + e.getMessage())));
    }

    public void openLink(ItemRow item) {
        item.link().ifPresent(browser::open);
    }

    public void openAction(ItemRow item) {
        item.action().ifPresent(tab -> navigator.open(Target.tab(tab)));
    }

    /**
     * Marks today's open window, expands it (or the next one to open when none is), flags windows that
     * closed with items open, and, when {@code notify}, raises "Morning routine: 2 items open". Works on
     * today's rows even while a past day is on screen, so the alert comes on time.
     */
    private void updateWindows(Instant now, boolean notify) {
        RoutineRow next = todayRows.stream().filter(r -> r.window != null && now.isBefore(r.window.start()))
                .min(Comparator.comparing(r -> r.window.start())).orElse(null);
        boolean anyCurrent = todayRows.stream().anyMatch(r -> r.window != null && r.window.contains(now));
        for (RoutineRow r : todayRows) {
            boolean current = r.window != null && r.window.contains(now);
            boolean closed = r.window != null && !now.isBefore(r.window.end());
            r.current.set(current);
            r.overdue.set(closed && r.open() > 0);
            r.expanded.set(current || (!anyCurrent && r == next));
            if (notify && closed && !r.notified && r.open() > 0) {
                raiseOpenItems(todayDay, r);
            }
            if (closed) {
                r.notified = true; // a window that closed before the tab opened is shown as overdue, not toasted late
            }
        }
    }

    private void raiseOpenItems(LocalDate of, RoutineRow r) {
        int open = r.open();
        String titleText = r.name + ": " + open + (open == 1 ? " item open" : " items open");
        String detail = r.items.stream().filter(i -> !i.done.get() && !i.skipped.get()).map(i -> i.text)
                .reduce((a, b) -> a + "; " + b).orElse("");
        String key = of + ":" + r.id;
        executor.execute(BackgroundTask.of("Raising " + titleText, (p, c) -> alerts.raise(ALERT_SOURCE, key, AlertLevel.WARNING, titleText, detail))
                .onFailure(e -> message.set("Could not raise the checklist alert: " + e.getMessage())));
    }

    /** Wakes up at today's next window start or end, or at the next midnight, whichever comes first. */
    private void scheduleNextBoundary() {
        stop();
        Instant now = clock.instant();
        List<Instant> candidates = new ArrayList<>();
        candidates.add(schedule.startOfNextDay(now));
        for (RoutineRow r : todayRows) {
            if (r.window != null) {
                candidates.add(r.window.start());
                candidates.add(r.window.end());
            }
        }
        Instant next = candidates.stream().filter(t -> t.isAfter(now)).min(Comparator.naturalOrder()).orElseThrow();
        timer = scheduler.schedule(Duration.between(now, next), this::onBoundary);
    }

    private void onBoundary() {
        Instant now = clock.instant();
        updateWindows(now, true); // an evening window may end at midnight: its alert still belongs to the day that ended
        if (!schedule.dayOf(now).equals(todayDay)) {
            loadToday(false); // a new day starts, with carry-over; a past day on screen stays there
        } else {
            scheduleNextBoundary();
        }
    }

    // ---- template editing: saved to the user's file, applies from the next day ----

    public void renameRoutine(String routineId, String name) {
        if (name == null || name.isBlank()) {
            message.set("A routine needs a name.");
            return;
        }
        editRoutines(list -> replace(list, routineId, r -> r.withName(name.strip())));
    }

    /** Adds a daily routine with a window ("Night check", 23:00–23:30). */
    public void addRoutine(String name, LocalTime start, LocalTime end) {
        if (name == null || name.isBlank() || start == null || end == null || !end.isAfter(start)) {
            message.set("A new routine needs a name and a window whose end is after its start.");
            return;
        }
        editRoutines(list -> {
            List<Routine> out = new ArrayList<>(list);
            out.add(Routine.daily(uniqueId(slug(name), routineIds(list)), name.strip(), start, end, List.of()));
            return out;
        });
    }

    public void removeRoutine(String routineId) {
        editRoutines(list -> list.stream().filter(r -> !r.id().equals(routineId)).toList());
    }

    public void moveRoutine(String routineId, int delta) {
        editRoutines(list -> move(list, list.indexOf(list.stream().filter(r -> r.id().equals(routineId)).findFirst().orElse(null)), delta));
    }

    public void addItem(String routineId, String text) {
        if (text == null || text.isBlank()) {
            message.set("A new item needs a text.");
            return;
        }
        editRoutines(list -> replace(list, routineId, r -> {
            List<ChecklistItem> items = r.mutableItems();
            items.add(ChecklistItem.of(uniqueId(slug(text), itemIds(list)), text.strip()));
            return r.withItems(items);
        }));
    }

    public void renameItem(String routineId, String itemId, String text) {
        if (text == null || text.isBlank()) {
            message.set("An item needs a text.");
            return;
        }
        editRoutines(list -> replace(list, routineId, r -> r.withItems(r.items().stream()
                .map(i -> i.id().equals(itemId) ? i.withText(text.strip()) : i).toList())));
    }

    public void removeItem(String routineId, String itemId) {
        editRoutines(list -> replace(list, routineId, r -> r.withItems(r.items().stream().filter(i -> !i.id().equals(itemId)).toList())));
    }

    public void moveItem(String routineId, String itemId, int delta) {
        editRoutines(list -> replace(list, routineId, r -> r.withItems(move(r.items(),
                r.items().indexOf(r.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElse(null)), delta))));
    }

    /** Replaces the user's template with a shipped one (the game team's 09:00/15:00/21:00 windows). */
    public void usePreset(String resource) {
        executor.execute(BackgroundTask.of("Applying a checklist preset", (p, c) -> {
                    ChecklistTemplate preset = service.preset(resource);
                    service.saveTemplate(preset);
                    return preset;
                })
                .onSuccess(this::saved)
                .onFailure(e -> message.set("Could not apply the preset: " + e.getMessage())));
    }

    private void editRoutines(UnaryOperator<List<Routine>> edit) {
        ChecklistTemplate edited = new ChecklistTemplate(edit.apply(service.template().routines()));
        executor.execute(BackgroundTask.of("Saving the checklist template", (p, c) -> {
                    service.saveTemplate(edited);
                    return edited;
                })
                .onSuccess(this::saved)
                .onFailure(e -> message.set("Could not save the checklist template: " + e.getMessage())));
    }

    private void saved(ChecklistTemplate t) {
        template.set(t);
        templateProblem.set("");
        message.set("Template saved to " + service.userTemplateFile() + "; the change applies from tomorrow.");
    }

    private static List<Routine> replace(List<Routine> list, String routineId, UnaryOperator<Routine> change) {
        return list.stream().map(r -> r.id().equals(routineId) ? change.apply(r) : r).toList();
    }

    private static <T> List<T> move(List<T> list, int index, int delta) {
        List<T> out = new ArrayList<>(list);
        int target = index + delta;
        if (index < 0 || target < 0 || target >= out.size()) {
            return out;
        }
        out.add(target, out.remove(index));
        return out;
    }

    private static Set<String> routineIds(List<Routine> list) {
        Set<String> ids = new HashSet<>();
        list.forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static Set<String> itemIds(List<Routine> list) {
        Set<String> ids = new HashSet<>();
        list.forEach(r -> r.items().forEach(i -> ids.add(i.id())));
        return ids;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        s = s.length() > 40 ? s.substring(0, 40).replaceAll("-+$", "") : s;
        return s.isEmpty() ? "item" : s;
    }

    private static String uniqueId(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String streakText(int days) {
        return days == 0 ? "No streak yet" : days + (days == 1 ? " day" : " days") + " in a row complete";
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty streakProperty() {
        return streak;
    }

    /** Why the user's template file was refused (file, line, problem), or empty. */
    public ReadOnlyStringProperty templateProblemProperty() {
        return templateProblem;
    }

    /** The last short sentence for the user (saved, could not save, …), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ObservableList<RoutineRow> routines() {
        return routines;
    }

    /** Opened days, newest first. */
    public ObservableList<DaySummary> history() {
        return history;
    }

    /** The template in use (the editor shows it). */
    public ReadOnlyObjectProperty<ChecklistTemplate> templateProperty() {
        return template;
    }

    public Optional<RoutineRow> routine(String id) {
        return routines.stream().filter(r -> r.id.equals(id)).findFirst();
    }
}
