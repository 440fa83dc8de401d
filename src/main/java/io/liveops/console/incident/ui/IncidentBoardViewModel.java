package io.liveops.console.incident.ui;

import io.liveops.console.ui.kit.ClipboardService;
import io.liveops.console.ui.kit.SaveDialogService;

import io.liveops.console.incident.core.ConcurrentEditException;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.IncidentMetrics;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.PostMortem;
import io.liveops.console.incident.core.Runbook;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.SlaClock;
import io.liveops.console.incident.core.Status;
import io.liveops.console.shared.TemplateException;
import io.liveops.console.incident.core.TemplateKind;
import io.liveops.console.incident.core.Templates;
import io.liveops.console.incident.core.TimelineEntry;
import io.liveops.console.incident.core.TweetLength;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.shared.JsonConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Incidents tab's state: the board's cards, the selected incident's timeline, the declare form,
 * the template preview, the post-mortem editor and the history. Storage runs on the
 * {@link TaskExecutor}; the one-second tick (countdowns, polling another console's changes, timer
 * alerts) runs on the {@link Scheduler}. Messages say "saved" only from a write's success callback.
 */
public final class IncidentBoardViewModel {

    static final Duration TICK = Duration.ofSeconds(1);
    private static final int TIMER_CHECK_EVERY_TICKS = 15;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private final IncidentService service;
    private final Templates templates;
    private final TaskExecutor executor;
    private final Scheduler scheduler;
    private final Clock clock;
    private final ZoneId zone;
    private final ClipboardService clipboard;
    private final SaveDialogService saveDialog;
    private final Function<SeverityPolicy.Preset, JsonConfig.Loaded<SeverityPolicy>> policies;

    private final ObservableList<IncidentCard> cards = FXCollections.observableArrayList();
    private final Map<Long, IncidentCard> byId = new HashMap<>();
    private final ObjectProperty<IncidentCard> selected = new SimpleObjectProperty<>();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    private final BooleanProperty formOpen = new SimpleBooleanProperty();
    private final StringProperty formTitle = new SimpleStringProperty("");
    private final ObjectProperty<Severity> formSeverity = new SimpleObjectProperty<>(Severity.P1);
    private final StringProperty formFeature = new SimpleStringProperty("");
    private final StringProperty formDescription = new SimpleStringProperty("");
    private final StringProperty formError = new SimpleStringProperty("");

    private final StringProperty noteText = new SimpleStringProperty("");
    private final StringProperty eta = new SimpleStringProperty("");
    private final StringProperty whatHappened = new SimpleStringProperty("");
    private final StringProperty whatWeDid = new SimpleStringProperty("");

    private final ObjectProperty<TemplateKind> previewKind = new SimpleObjectProperty<>();
    private final StringProperty previewText = new SimpleStringProperty("");
    private final StringProperty previewInfo = new SimpleStringProperty("");
    private final BooleanProperty previewTooLong = new SimpleBooleanProperty();

    private final BooleanProperty postMortemOpen = new SimpleBooleanProperty();
    private final StringProperty postMortemText = new SimpleStringProperty("");

    private final ObjectProperty<SeverityPolicy.Preset> preset = new SimpleObjectProperty<>(SeverityPolicy.Preset.SAGE);
    private final ObservableList<Incident> history = FXCollections.observableArrayList();
    private final ObjectProperty<Severity> historySeverity = new SimpleObjectProperty<>();
    private final StringProperty historyText = new SimpleStringProperty("");
    private final ObjectProperty<Integer> metricsDays = new SimpleObjectProperty<>(30);
    private final StringProperty metrics = new SimpleStringProperty("");

    private List<Incident> all = List.of();
    private String fingerprint = "";
    private boolean polling;
    private boolean checking;
    private long ticks;
    private Cancellation nextTick = new Cancellation();

    /**
     * @param policies loads a preset (with the user's override file); the Game preset is one choice away
     */
    public IncidentBoardViewModel(IncidentService service, Templates templates, TaskExecutor executor, Scheduler scheduler, Clock clock,
                                  ZoneId zone, ClipboardService clipboard, SaveDialogService saveDialog,
                                  Function<SeverityPolicy.Preset, JsonConfig.Loaded<SeverityPolicy>> policies) {
        this.service = service;
        this.templates = templates;
        this.executor = executor;
        this.scheduler = scheduler;
        this.clock = clock;
        this.zone = zone;
        this.clipboard = clipboard;
        this.saveDialog = saveDialog;
        this.policies = policies;
        selected.addListener((o, was, now) -> selectionChanged(now));
        preset.addListener((o, was, now) -> switchPolicy(now));
        historySeverity.addListener((o, was, now) -> refreshHistory());
        historyText.addListener((o, was, now) -> refreshHistory());
        metricsDays.addListener((o, was, now) -> refreshHistory());
    }

    /** Loads the board and starts the one-second tick. */
    public void start() {
        reload();
        scheduleTick();
    }

    public void stop() {
        nextTick.cancel();
    }

    private void scheduleTick() {
        nextTick = scheduler.schedule(TICK, () -> {
            tick();
            scheduleTick();
        });
    }

    /** Countdowns now; then, off the UI thread, another console's changes and the timer alerts. */
    void tick() {
        ticks++;
        boolean wasAlerting = cards.stream().anyMatch(c -> c.breachedProperty().get() || c.updateDueProperty().get());
        refreshCards();
        boolean alerting = cards.stream().anyMatch(c -> c.breachedProperty().get() || c.updateDueProperty().get());
        if (!polling) {
            polling = true;
            executor.execute(BackgroundTask.of("Checking the incident board", (p, c) -> {
                        String now = service.fingerprint();
                        return now.equals(fingerprint) ? null : new Loaded(now, service.all());
                    })
                    .onSuccess(loaded -> {
                        polling = false;
                        if (loaded != null) {
                            apply(loaded);
                        }
                    })
                    .onFailure(e -> {
                        polling = false;
                        message.set(e.getMessage());
                    }));
        }
        if ((alerting && !wasAlerting) || ticks % TIMER_CHECK_EVERY_TICKS == 0) {
            checkTimers();
        }
    }

    private void checkTimers() {
        if (checking) {
            return;
        }
        checking = true;
        List<Incident> snapshot = all;
        executor.execute(BackgroundTask.of("Checking incident timers", (p, c) -> service.checkTimers(snapshot))
                .onSuccess(n -> checking = false)
                .onFailure(e -> {
                    checking = false;
                    message.set(e.getMessage());
                }));
    }

    private record Loaded(String fingerprint, List<Incident> incidents) {}

    /** Reads the whole board again (after a conflict, or on demand). */
    public void reload() {
        executor.execute(BackgroundTask.of("Reading the incidents", (p, c) -> new Loaded(service.fingerprint(), service.all()))
                .onSuccess(this::apply)
                .onFailure(e -> message.set(e.getMessage())));
    }

    private void apply(Loaded loaded) {
        fingerprint = loaded.fingerprint();
        all = loaded.incidents();
        Map<Long, Incident> fresh = new HashMap<>();
        for (Incident i : all) {
            fresh.put(i.id(), i);
        }
        cards.removeIf(c -> !fresh.containsKey(c.incident().id()));
        byId.keySet().retainAll(fresh.keySet());
        for (Incident i : all) {
            IncidentCard card = byId.get(i.id());
            if (card == null) {
                card = new IncidentCard(i);
                byId.put(i.id(), card);
                cards.add(card);
            } else {
                card.refresh(i, service.policy(), clock.instant());
            }
        }
        refreshCards();
        IncidentCard sel = selected.get();
        if (sel != null && fresh.containsKey(sel.incident().id())) {
            loadTimeline(sel.incident());
        }
        refreshHistory();
    }

    private void refreshCards() {
        Instant now = clock.instant();
        for (IncidentCard c : cards) {
            c.refresh(c.incident(), service.policy(), now);
        }
    }

    private void replace(Incident saved) {
        all = all.stream().map(i -> i.id().equals(saved.id()) ? saved : i).toList();
        if (all.stream().noneMatch(i -> i.id().equals(saved.id()))) {
            all = new java.util.ArrayList<>(all);
            all.add(0, saved);
            all = List.copyOf(all);
        }
        IncidentCard card = byId.get(saved.id());
        if (card == null) {
            card = new IncidentCard(saved);
            byId.put(saved.id(), card);
            cards.add(0, card);
        }
        card.refresh(saved, service.policy(), clock.instant());
        if (selected.get() == card) {
            loadTimeline(saved);
        }
        refreshHistory();
    }

    // ---- declaring ----

    public void openForm() {
        formOpen.set(true);
        formError.set("");
    }

    public void cancelForm() {
        formOpen.set(false);
        formError.set("");
    }

    /** Declares the incident in the form; on a refusal the form keeps everything typed and says why. */
    public void declare() {
        String title = formTitle.get();
        if (title == null || title.isBlank()) {
            formError.set("Give the incident a title: one line that says what is broken.");
            return;
        }
        formError.set("");
        Severity sev = formSeverity.get();
        String feature = formFeature.get();
        String description = formDescription.get();
        executor.execute(BackgroundTask.of("Declaring an incident", (p, c) -> service.declare(title, sev, feature, description))
                .onSuccess(saved -> {
                    formTitle.set("");
                    formFeature.set("");
                    formDescription.set("");
                    formOpen.set(false);
                    replace(saved);
                    selected.set(byId.get(saved.id()));
                    message.set("Incident " + saved.label() + " declared and saved.");
                })
                .onFailure(e -> formError.set(e.getMessage())));
    }

    // ---- changing ----

    public void move(IncidentCard card, Status to) {
        change(card, "Moving " + card.incident().label(), i -> service.move(i, to),
                s -> "Incident " + s.label() + " moved to " + to.label() + ".");
    }

    public void moveSelected(boolean forward) {
        IncidentCard c = selected.get();
        if (c != null) {
            move(c, forward ? c.incident().status().next() : c.incident().status().previous());
        }
    }

    public void resolveSelected() {
        IncidentCard c = selected.get();
        if (c != null) {
            move(c, Status.RESOLVED);
        }
    }

    public void acknowledgeSelected() {
        withSelected(c -> change(c, "Acknowledging", service::acknowledge, s -> "Incident " + s.label() + " acknowledged."));
    }

    public void changeSeverity(Severity to) {
        withSelected(c -> change(c, "Changing severity", i -> service.changeSeverity(i, to), s -> "Incident " + s.label() + " is now " + to + "."));
    }

    public void postUpdate() {
        String text = noteText.get();
        withSelected(c -> change(c, "Posting an update", i -> service.postUpdate(i, text), s -> {
            noteText.set("");
            return "Update recorded; the next one is due in 30 minutes for P0/P1.";
        }));
    }

    public void addNote() {
        String text = noteText.get();
        if (text == null || text.isBlank()) {
            message.set("The note is empty.");
            return;
        }
        withSelected(c -> change(c, "Adding a note", i -> {
            service.addNote(i, text);
            return service.reload(i);
        }, s -> {
            noteText.set("");
            return "Note added.";
        }));
    }

    public void saveDetails() {
        String e = eta.get();
        String h = whatHappened.get();
        String w = whatWeDid.get();
        withSelected(c -> change(c, "Saving details", i -> service.saveDetails(i, e, h, w), s -> "Details saved."));
    }

    public void setRunbook(Runbook r, boolean linked, boolean done) {
        withSelected(c -> change(c, "Updating runbooks", i -> service.setRunbook(i, r, linked, done), s -> "Runbooks saved."));
    }

    private interface Change {
        Incident apply(Incident i) throws Exception;
    }

    private void change(IncidentCard card, String what, Change op, Function<Incident, String> done) {
        Incident base = card.incident();
        executor.execute(BackgroundTask.of(what, (p, c) -> op.apply(base))
                .onSuccess(saved -> {
                    replace(saved);
                    message.set(done.apply(saved));
                })
                .onFailure(e -> {
                    message.set(e.getMessage());
                    if (e instanceof ConcurrentEditException) {
                        reload();
                    }
                }));
    }

    private void withSelected(java.util.function.Consumer<IncidentCard> action) {
        IncidentCard c = selected.get();
        if (c == null) {
            message.set("Select an incident first.");
        } else {
            action.accept(c);
        }
    }

    private void selectionChanged(IncidentCard card) {
        previewKind.set(null);
        previewText.set("");
        previewInfo.set("");
        postMortemOpen.set(false);
        if (card == null) {
            timeline.clear();
            return;
        }
        Incident i = card.incident();
        eta.set(i.eta());
        whatHappened.set(i.whatHappened());
        whatWeDid.set(i.whatWeDid());
        loadTimeline(i);
    }

    private void loadTimeline(Incident i) {
        executor.execute(BackgroundTask.of("Reading the timeline", (p, c) -> service.timeline(i))
                .onSuccess(entries -> {
                    IncidentCard sel = selected.get();
                    if (sel != null && sel.incident().id().equals(i.id())) {
                        timeline.setAll(entries);
                    }
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    /** A timeline line for lists. */
    public String describe(TimelineEntry e) {
        return TIME.withZone(zone).format(e.at()) + "  " + e.kind().name().charAt(0) + e.kind().name().substring(1).toLowerCase(Locale.ROOT)
                .replace('_', '-') + ": " + e.text();
    }

    // ---- templates ----

    /** Fills a template into the editable preview; a broken template file is reported in the preview info. */
    public void openTemplate(TemplateKind kind) {
        IncidentCard c = selected.get();
        if (c == null) {
            message.set("Select an incident first.");
            return;
        }
        Incident i = c.incident();
        SeverityPolicy.Rule rule = service.policy().rule(i.severity());
        SlaClock.Sla sla = SlaClock.of(i, rule, clock.instant());
        previewKind.set(kind);
        try {
            previewText.set(templates.fill(kind, i, rule, sla.nextUpdateAt(), zone));
            updatePreviewInfo();
        } catch (TemplateException | java.io.UncheckedIOException e) {
            previewText.set("");
            previewInfo.set(e.getMessage());
            previewTooLong.set(true);
        }
    }

    /** Recomputes the length line after an edit of the preview. */
    public void updatePreviewInfo() {
        if (previewKind.get() == TemplateKind.TWITTER) {
            int n = TweetLength.count(previewText.get());
            previewTooLong.set(n > TweetLength.LIMIT);
            previewInfo.set(n + " / " + TweetLength.LIMIT + (n > TweetLength.LIMIT ? " — too long for one tweet" : ""));
        } else {
            previewTooLong.set(false);
            previewInfo.set(previewKind.get() == null ? "" : previewText.get().codePointCount(0, previewText.get().length()) + " characters");
        }
    }

    /** Copies the (possibly edited) preview and records in the timeline that it was sent. */
    public void copyPreview() {
        TemplateKind kind = previewKind.get();
        String text = previewText.get();
        if (kind == null || text == null || text.isBlank()) {
            message.set("Nothing to copy: pick a template first.");
            return;
        }
        clipboard.putText(text);
        withSelected(c -> change(c, "Recording the " + kind.label() + " notice", i -> service.recordSent(i, kind, text),
                s -> kind.label() + " text copied to the clipboard and recorded in the timeline."));
    }

    // ---- post-mortem ----

    public void openPostMortem() {
        withSelected(c -> {
            Incident i = c.incident();
            if (!i.resolved()) {
                message.set("The post-mortem is written once the incident is resolved.");
                return;
            }
            executor.execute(BackgroundTask.of("Preparing the post-mortem", (p, x) -> service.postMortemDraft(i, zone))
                    .onSuccess(d -> {
                        postMortemText.set(d.markdown());
                        postMortemOpen.set(true);
                        message.set(d.saved() ? "Saved post-mortem opened." : "Post-mortem draft prefilled from the incident: edit and save it.");
                    })
                    .onFailure(e -> message.set(e.getMessage())));
        });
    }

    public void savePostMortem() {
        String md = postMortemText.get();
        withSelected(c -> change(c, "Saving the post-mortem", i -> service.savePostMortem(i, md), s -> "Post-mortem saved with incident " + s.label() + "."));
    }

    public void copyPostMortem() {
        clipboard.putText(postMortemText.get());
        message.set("Post-mortem copied to the clipboard.");
    }

    public void exportPostMortem() {
        IncidentCard c = selected.get();
        if (c == null) {
            return;
        }
        String md = postMortemText.get();
        saveDialog.askSaveFile("Export the post-mortem", "post-mortem-" + c.incident().id() + ".md")
                .ifPresent(file -> executor.execute(BackgroundTask.of("Exporting the post-mortem", (p, x) -> {
                            file.write(md);
                            return file;
                        })
                        .onSuccess(f -> message.set("Post-mortem exported to " + f.location() + "."))
                        .onFailure(e -> message.set("Could not export the post-mortem to " + file.location() + ": " + e.getMessage()))));
    }

    // ---- policy and history ----

    private void switchPolicy(SeverityPolicy.Preset p) {
        JsonConfig.Loaded<SeverityPolicy> loaded = policies.apply(p);
        service.usePolicy(loaded.value());
        message.set(loaded.problem().map(pr -> "Your policy file was not used, the " + p.label() + " defaults are in use: " + pr.describe())
                .orElse("Severity policy: " + loaded.value().name() + "."));
        refreshCards();
    }

    private void refreshHistory() {
        Severity sev = historySeverity.get();
        String q = historyText.get() == null ? "" : historyText.get().strip().toLowerCase(Locale.ROOT);
        history.setAll(all.stream()
                .filter(i -> sev == null || i.severity() == sev)
                .filter(i -> q.isEmpty() || (i.title() + " " + i.feature() + " " + i.description()).toLowerCase(Locale.ROOT).contains(q))
                .toList());
        int days = metricsDays.get() == null ? 30 : metricsDays.get();
        Map<Severity, IncidentMetrics.Stat> stats = IncidentMetrics.of(all, clock.instant(), Duration.ofDays(days));
        StringBuilder sb = new StringBuilder("Last " + days + " days: ");
        for (Severity s : Severity.values()) {
            IncidentMetrics.Stat st = stats.get(s);
            sb.append(s).append(" ").append(st.declared()).append(" incidents, MTTA ")
                    .append(st.mtta().map(PostMortem::minutes).orElse("–")).append(", MTTR ")
                    .append(st.mttr().map(PostMortem::minutes).orElse("–"));
            if (s != Severity.P3) {
                sb.append(" · ");
            }
        }
        metrics.set(sb.toString());
    }

    /**
     * Selects the incident with this id on the board (a click on a toast or an alert about it).
     *
     * @return false when it is not on the board as last read; the board is then read again and the incident selected
     *         if it is there now (declared a moment ago elsewhere: the Economy tab, another director)
     */
    public boolean select(long id) {
        if (selectShown(id)) {
            return true;
        }
        executor.execute(BackgroundTask.of("Reading the incidents", (p, c) -> new Loaded(service.fingerprint(), service.all()))
                .onSuccess(loaded -> {
                    apply(loaded);
                    if (!selectShown(id)) {
                        message.set("Incident #" + id + " is no longer on the board: it is in the History tab.");
                    }
                })
                .onFailure(e -> message.set(e.getMessage())));
        return false;
    }

    private boolean selectShown(long id) {
        for (IncidentCard c : cards) {
            if (c.incident().id() != null && c.incident().id() == id) {
                selected.set(c);
                return true;
            }
        }
        return false;
    }

    // ---- properties ----

    public ObservableList<IncidentCard> cards() {
        return cards;
    }

    public ObjectProperty<IncidentCard> selectedProperty() {
        return selected;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty formOpenProperty() {
        return formOpen;
    }

    public StringProperty formTitleProperty() {
        return formTitle;
    }

    public ObjectProperty<Severity> formSeverityProperty() {
        return formSeverity;
    }

    public StringProperty formFeatureProperty() {
        return formFeature;
    }

    public StringProperty formDescriptionProperty() {
        return formDescription;
    }

    public StringProperty formErrorProperty() {
        return formError;
    }

    public StringProperty noteTextProperty() {
        return noteText;
    }

    public StringProperty etaProperty() {
        return eta;
    }

    public StringProperty whatHappenedProperty() {
        return whatHappened;
    }

    public StringProperty whatWeDidProperty() {
        return whatWeDid;
    }

    public ObjectProperty<TemplateKind> previewKindProperty() {
        return previewKind;
    }

    public StringProperty previewTextProperty() {
        return previewText;
    }

    public StringProperty previewInfoProperty() {
        return previewInfo;
    }

    public BooleanProperty previewTooLongProperty() {
        return previewTooLong;
    }

    public BooleanProperty postMortemOpenProperty() {
        return postMortemOpen;
    }

    public StringProperty postMortemTextProperty() {
        return postMortemText;
    }

    public ObjectProperty<SeverityPolicy.Preset> presetProperty() {
        return preset;
    }

    public ObservableList<Incident> history() {
        return history;
    }

    public ObjectProperty<Severity> historySeverityProperty() {
        return historySeverity;
    }

    public StringProperty historyTextProperty() {
        return historyText;
    }

    public ObjectProperty<Integer> metricsDaysProperty() {
        return metricsDays;
    }

    public StringProperty metricsProperty() {
        return metrics;
    }

    public SeverityPolicy policy() {
        return service.policy();
    }

    public ZoneId zone() {
        return zone;
    }
}
