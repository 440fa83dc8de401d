package io.liveops.console.report.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.report.core.CriticalBug;
import io.liveops.console.report.core.IsoWeek;
import io.liveops.console.report.core.ReportMarkdown;
import io.liveops.console.report.core.WeeklyNumbers;
import io.liveops.console.report.core.WeeklyReport;
import io.liveops.console.report.core.WeeklyReportService;
import io.liveops.console.ui.kit.ClipboardService;
import io.liveops.console.ui.kit.SaveDialogService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Report tab's state: the chosen ISO week, its report (generated from the warehouse and the incident board, or reopened
 * as it was saved), what the director types, and the Markdown the report reads as. Plain properties, no scene graph; all
 * reading and writing goes through the injected executor.
 */
public final class ReportViewModel {

    /** How many weeks back the week list reaches. */
    static final int WEEKS_LISTED = 26;

    /** What the director typed for a week and has not saved yet (kept when they look at another week). */
    private record Draft(String topFeedback, String nextWeekFocus) {}

    private final WeeklyReportService service;
    private final ReportMarkdown format;
    private final TaskExecutor executor;
    private final Clock clock;
    private final java.util.function.Supplier<String> userName;
    private final ReportExports exports;

    private final ObjectProperty<IsoWeek> week = new SimpleObjectProperty<>(this, "week");
    private final ObservableList<IsoWeek> weeks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WeeklyNumbers> numbers = new ReadOnlyObjectWrapper<>(this, "numbers");
    private final ObservableList<CriticalBug> bugs = FXCollections.observableArrayList();
    private final StringProperty topFeedback = new SimpleStringProperty(this, "topFeedback", "");
    private final StringProperty nextWeekFocus = new SimpleStringProperty(this, "nextWeekFocus", "");
    private final ReadOnlyStringWrapper markdown = new ReadOnlyStringWrapper(this, "markdown", "");
    private final ObservableList<NumberRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
    private final ReadOnlyStringWrapper partialText = new ReadOnlyStringWrapper(this, "partialText", "");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ObservableList<WeeklyReport.Summary> saved = FXCollections.observableArrayList();
    private final BooleanBinding hasReport = numbers.isNotNull();
    private final BooleanBinding canSave = hasReport.and(dirty).and(busy.not());

    private final Map<IsoWeek, Draft> drafts = new HashMap<>();
    /** The stored version the report on screen is based on; null when the week has never been saved. */
    private WeeklyReport.Saved savedStamp;
    /** The Markdown as saved, shown as it was sent until something changes. */
    private String savedMarkdown;
    /** True while the numbers on screen were read from the warehouse in use and are not saved yet. */
    private boolean freshFromWarehouse;
    /** True while the ViewModel itself fills the text fields (opening a week), which is not an edit. */
    private boolean applying;
    private boolean started;

    public ReportViewModel(WeeklyReportService service, ReportMarkdown format, TaskExecutor executor, Clock clock, java.util.function.Supplier<String> userName,
                           ClipboardService clipboard, SaveDialogService saveDialog) {
        this.service = Objects.requireNonNull(service, "service");
        this.format = Objects.requireNonNull(format, "format");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.userName = Objects.requireNonNull(userName, "userName");
        this.exports = new ReportExports(executor, clipboard, saveDialog, message::set);
        IsoWeek current = IsoWeek.of(today());
        for (IsoWeek w = current; weeks.size() < WEEKS_LISTED; w = w.previous()) {
            weeks.add(w);
        }
        week.set(current.previous());
        week.addListener((o, was, now) -> weekChanged(was, now));
        topFeedback.addListener((o, was, now) -> edited());
        nextWeekFocus.addListener((o, was, now) -> edited());
        numbers.addListener((o, was, now) -> {
            rows.setAll(now == null ? List.of() : NumberRow.of(now, format));
            notes.set(now == null ? "" : NumberRow.notes(now));
            partialText.set(now != null && now.partial() ? ReportMarkdown.partialText(now.through()) : "");
        });
        state.set(stateText());
    }

    /** Lists the saved reports and moves to the last complete week of the warehouse (once, when the tab is first shown). */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        reloadSaved();
        IsoWeek initial = week.get();
        openWeek(initial);
        executor.execute(BackgroundTask.of("Finding the last complete week", (p, c) -> service.lastCompleteWeek(c))
                .onSuccess(w -> {
                    if (!weeks.contains(w)) {
                        weeks.add(w);
                        weeks.sort((a, b) -> b.compareTo(a));
                    }
                    if (week.get().equals(initial) && numbers.get() == null && !busy.get()) {
                        week.set(w); // unless the director picked a week or generated meanwhile
                    }
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    // ---- choosing a week ----

    public void previousWeek() {
        IsoWeek previous = week.get().previous();
        if (!weeks.contains(previous)) {
            weeks.add(previous);
        }
        week.set(previous);
    }

    public void nextWeek() {
        IsoWeek next = week.get().next();
        if (next.compareTo(IsoWeek.of(today())) <= 0) {
            week.set(next);
        }
    }

    /** Opens a saved report from the list (the same as choosing its week). */
    public void openSaved(WeeklyReport.Summary summary) {
        if (summary.week().equals(week.get())) {
            if (dirty.get()) {
                message.set("The report of " + summary.week() + " has changes on screen that are not saved: Save makes them the saved "
                        + "report.");
                return;
            }
            openWeek(summary.week());
        } else {
            week.set(summary.week());
        }
    }

    private void weekChanged(IsoWeek was, IsoWeek now) {
        if (was != null && dirty.get() && !(topFeedback.get().isBlank() && nextWeekFocus.get().isBlank())) {
            drafts.put(was, new Draft(topFeedback.get(), nextWeekFocus.get()));
        }
        openWeek(now);
    }

    /** Clears what belonged to the previous week, then shows the week's saved report if it has one. */
    private void openWeek(IsoWeek w) {
        Draft draft = drafts.remove(w);
        clear(draft);
        message.set("");
        executor.execute(BackgroundTask.of("Reading the saved report of " + w, (p, c) -> service.find(w))
                .onSuccess(found -> {
                    if (!w.equals(week.get()) || numbers.get() != null) {
                        return; // the director moved on, or generated meanwhile
                    }
                    found.ifPresentOrElse(r -> apply(r, draft), () -> state.set(stateText()));
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    private void clear(Draft draft) {
        applying = true;
        try {
            numbers.set(null);
            bugs.clear();
            topFeedback.set(draft == null ? "" : draft.topFeedback());
            nextWeekFocus.set(draft == null ? "" : draft.nextWeekFocus());
        } finally {
            applying = false;
        }
        savedStamp = null;
        savedMarkdown = null;
        freshFromWarehouse = false;
        dirty.set(draft != null);
        render();
    }

    /** Shows a saved report as it was sent; text typed for the week and not saved yet stays in the fields. */
    private void apply(WeeklyReport r, Draft draft) {
        applying = true;
        try {
            bugs.setAll(r.bugs());
            numbers.set(r.numbers());
            if (draft == null) {
                topFeedback.set(r.topFeedback());
                nextWeekFocus.set(r.nextWeekFocus());
            }
        } finally {
            applying = false;
        }
        savedStamp = r.saved();
        savedMarkdown = r.markdown();
        freshFromWarehouse = false;
        dirty.set(draft != null);
        render();
    }

    // ---- generating, editing, saving ----

    /** Reads the chosen week's numbers from the warehouse and its critical bugs from the incident board. */
    public void generate() {
        IsoWeek w = week.get();
        busy.set(true);
        message.set("Reading the numbers of " + w + " from the warehouse…");
        executor.execute(BackgroundTask.of("Generating the report of " + w, (p, c) -> service.generate(w, p, c))
                .onSuccess(g -> {
                    busy.set(false);
                    if (!w.equals(week.get())) {
                        return;
                    }
                    applying = true;
                    try {
                        bugs.setAll(g.bugs());
                        numbers.set(g.numbers());
                    } finally {
                        applying = false;
                    }
                    freshFromWarehouse = true;
                    dirty.set(true);
                    render();
                    message.set(g.numbers().errors().isEmpty()
                            ? "Generated the report of " + w + " from the warehouse and the incident board; type the top feedback and next "
                                    + "week's focus, then Save."
                            : "Some numbers could not be read, so they are n/a: " + g.numbers().errors().get(0));
                })
                .onFailure(e -> {
                    busy.set(false);
                    message.set(e.getMessage() == null ? e.toString() : e.getMessage());
                }));
    }

    private void edited() {
        if (!applying) {
            dirty.set(true);
            render();
        }
    }

    private void render() {
        WeeklyNumbers n = numbers.get();
        if (n == null) {
            markdown.set("");
        } else if (!dirty.get() && savedMarkdown != null) {
            markdown.set(savedMarkdown);
        } else {
            markdown.set(format.render(n, bugs, topFeedback.get(), nextWeekFocus.get()));
        }
        state.set(stateText());
    }

    private String stateText() {
        return ReportLabels.state(numbers.get(), savedStamp, dirty.get(), service.zone());
    }

    /** Saves the report as it is on screen; it then reopens exactly so. */
    public void save() {
        WeeklyNumbers n = numbers.get();
        if (n == null) {
            message.set("Generate the report first: there are no numbers to save yet.");
            return;
        }
        WeeklyReport report = new WeeklyReport(n, List.copyOf(bugs), topFeedback.get(), nextWeekFocus.get(), markdown.get(), savedStamp);
        busy.set(true);
        executor.execute(BackgroundTask.of("Saving the report of " + n.week(), (p, c) -> service.save(report, userName.get()))
                .onSuccess(r -> {
                    busy.set(false);
                    if (r.week().equals(week.get())) {
                        savedStamp = r.saved();
                        savedMarkdown = r.markdown();
                        freshFromWarehouse = false;
                        dirty.set(false);
                        render();
                    }
                    drafts.remove(r.week());
                    message.set("Saved the report of " + r.week() + ": it reopens as it is now.");
                    reloadSaved();
                })
                .onFailure(e -> {
                    busy.set(false);
                    message.set("Not saved: " + e.getMessage());
                }));
    }

    private void reloadSaved() {
        executor.execute(BackgroundTask.of("Listing the saved reports", (p, c) -> service.saved())
                .onSuccess(saved::setAll)
                .onFailure(e -> message.set(e.getMessage())));
    }

    /**
     * The warehouse in use changed: numbers read from the old one and not saved no longer belong to the screen. A saved
     * report stays: it is a record of what was sent.
     */
    public void warehouseChanged() {
        if (freshFromWarehouse) {
            applying = true;
            try {
                numbers.set(null);
                bugs.clear();
            } finally {
                applying = false;
            }
            freshFromWarehouse = false;
            render();
            message.set("The warehouse changed: generate the report of " + week.get() + " again (your text is kept).");
        }
    }

    // ---- copy and export ----

    public void copy() {
        if (numbers.get() != null) {
            exports.copy(week.get(), markdown.get());
        }
    }

    public void exportMarkdown() {
        if (numbers.get() != null) {
            exports.exportMarkdown(week.get(), markdown.get());
        }
    }

    public void exportHtml() {
        if (numbers.get() != null) {
            exports.exportHtml(numbers.get(), markdown.get());
        }
    }

    // ---- what the view binds to ----

    /** "2025-W47 · 17 Nov – 23 Nov", "(current week)" for the week of today. */
    public String weekLabel(IsoWeek w) {
        return ReportLabels.week(w, today());
    }

    public ObjectProperty<IsoWeek> weekProperty() {
        return week;
    }

    public ObservableList<IsoWeek> weeks() {
        return weeks;
    }

    public ReadOnlyObjectProperty<WeeklyNumbers> numbersProperty() {
        return numbers.getReadOnlyProperty();
    }

    public ObservableList<CriticalBug> bugs() {
        return bugs;
    }

    /** A bug as the report lists it. */
    public String bugText(CriticalBug b) {
        return ReportMarkdown.bugLine(b);
    }

    public StringProperty topFeedbackProperty() {
        return topFeedback;
    }

    public StringProperty nextWeekFocusProperty() {
        return nextWeekFocus;
    }

    public ReadOnlyStringProperty markdownProperty() {
        return markdown.getReadOnlyProperty();
    }

    public ObservableList<NumberRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty partialTextProperty() {
        return partialText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public BooleanBinding hasReport() {
        return hasReport;
    }

    public BooleanBinding canSave() {
        return canSave;
    }

    /** True when the chosen week is the current one, which Next cannot go past. */
    public BooleanBinding atCurrentWeek() {
        return Bindings.createBooleanBinding(() -> week.get() != null && week.get().compareTo(IsoWeek.of(today())) >= 0, week);
    }

    public ObservableList<WeeklyReport.Summary> saved() {
        return saved;
    }

    /** "2025-W47 · saved Mon 24 Nov 2025 09:30 by ana". */
    public String savedLabel(WeeklyReport.Summary s) {
        return ReportLabels.saved(s, service.zone());
    }
}
