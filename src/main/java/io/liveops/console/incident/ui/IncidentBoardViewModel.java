package io.liveops.console.incident.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Scheduler;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.incident.core.ActionId;
import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.Status;
import io.liveops.console.incident.core.Templates;
import io.liveops.console.shared.JsonConfig;
import io.liveops.console.ui.kit.ClipboardService;
import io.liveops.console.ui.kit.SaveDialogService;
import io.liveops.console.ui.kit.TabBadge;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Incidents tab's board: the cards, the selection, the message line, the tab's badge, and the
 * one-second tick ({@link BoardTicker}: countdowns, polling another console's changes, timer alerts)
 * on the {@link Scheduler}. Its sections have their own ViewModels: {@link #form()} (declare),
 * {@link #detail()} (the selected incident), {@link #preview()} (templates), {@link #resolve()},
 * {@link #postMortem()} and {@link #history()}. Every write runs through {@link #perform} on the
 * {@link TaskExecutor} with an {@link ActionId}; messages say "saved" only from a write's success.
 */
public final class IncidentBoardViewModel {

    private final IncidentService service;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone;
    private final Function<SeverityPolicy.Preset, JsonConfig.Loaded<SeverityPolicy>> policies;

    private final ObservableList<IncidentCard> cards = FXCollections.observableArrayList();
    private final Map<Long, IncidentCard> byId = new HashMap<>();
    private final ObjectProperty<IncidentCard> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<SeverityPolicy.Preset> preset = new SimpleObjectProperty<>(SeverityPolicy.Preset.SAGE);
    private final ReadOnlyObjectWrapper<TabBadge> badge = new ReadOnlyObjectWrapper<>();
    private final UserActions actions;

    private final DeclareFormViewModel form;
    private final IncidentDetailViewModel detail;
    private final TemplatePreviewViewModel preview;
    private final ResolveFormViewModel resolve;
    private final PostMortemViewModel postMortem;
    private final IncidentHistoryViewModel history;

    private List<Incident> all = List.of();
    private String fingerprint = "";
    private final BoardTicker ticker;

    /**
     * @param policies loads a preset (with the user's override file); run off the FX thread
     */
    public IncidentBoardViewModel(IncidentService service, Templates templates, TaskExecutor executor, Scheduler scheduler, Clock clock,
                                  ZoneId zone, ClipboardService clipboard, SaveDialogService saveDialog,
                                  Function<SeverityPolicy.Preset, JsonConfig.Loaded<SeverityPolicy>> policies) {
        this.service = service;
        this.executor = executor;
        this.clock = clock;
        this.zone = zone;
        this.policies = policies;
        this.actions = new UserActions(executor, service, new UserActions.Board() {
            @Override
            public void stored(Incident saved) {
                replace(saved);
            }

            @Override
            public void say(String text) {
                message.set(text);
            }

            @Override
            public void reload() {
                IncidentBoardViewModel.this.reload();
            }

            @Override
            public Runnable readAgain() {
                Loaded loaded = load();
                return () -> apply(loaded);
            }

            @Override
            public Optional<Incident> find(long id) {
                return Optional.ofNullable(byId.get(id)).map(IncidentCard::incident);
            }
        });
        this.form = new DeclareFormViewModel(this);
        this.detail = new IncidentDetailViewModel(this);
        this.preview = new TemplatePreviewViewModel(this, templates, clipboard);
        this.resolve = new ResolveFormViewModel(this);
        this.postMortem = new PostMortemViewModel(this, clipboard, saveDialog);
        this.history = new IncidentHistoryViewModel(clock);
        this.ticker = new BoardTicker(service, executor, scheduler, new BoardTicker.Board() {
            @Override
            public void refreshCountdowns() {
                refreshCards();
            }

            @Override
            public boolean alerting() {
                return IncidentBoardViewModel.this.alerting();
            }

            @Override
            public String fingerprint() {
                return fingerprint;
            }

            @Override
            public List<Incident> incidents() {
                return all;
            }

            @Override
            public void changed(String fingerprint, List<Incident> incidents) {
                apply(new Loaded(fingerprint, incidents));
            }

            @Override
            public void say(String text) {
                message.set(text);
            }
        });
        selected.addListener((o, was, now) -> selectionChanged(now));
        preset.addListener((o, was, now) -> switchPolicy(now));
    }

    /** Loads the board and the templates, and starts the one-second tick. */
    public void start() {
        reload();
        preview.preload();
        ticker.start();
    }

    public void stop() {
        ticker.stop();
    }

    private boolean alerting() {
        return cards.stream().anyMatch(c -> c.breachedProperty().get() || c.updateDueProperty().get());
    }

    private record Loaded(String fingerprint, List<Incident> incidents) {}

    private Loaded load() {
        return new Loaded(service.fingerprint(), service.all());
    }

    /** Reads the whole board again (after a conflict, or on demand). */
    public void reload() {
        executor.execute(BackgroundTask.of("Reading the incidents", (p, c) -> load())
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
            detail.refresh(sel.incident());
        }
        boardChanged();
    }

    private void refreshCards() {
        Instant now = clock.instant();
        for (IncidentCard c : cards) {
            c.refresh(c.incident(), service.policy(), now);
        }
    }

    private void replace(Incident saved) {
        List<Incident> next = new ArrayList<>(all.stream().map(i -> i.id().equals(saved.id()) ? saved : i).toList());
        if (next.stream().noneMatch(i -> i.id().equals(saved.id()))) {
            next.add(0, saved);
        }
        all = List.copyOf(next);
        IncidentCard card = byId.get(saved.id());
        if (card == null) {
            card = new IncidentCard(saved);
            byId.put(saved.id(), card);
            cards.add(0, card);
        }
        card.refresh(saved, service.policy(), clock.instant());
        if (selected.get() == card) {
            detail.refresh(saved);
        }
        boardChanged();
    }

    private void boardChanged() {
        history.update(all);
        List<Incident> open = all.stream().filter(i -> !i.resolved()).toList();
        Optional<Severity> worst = open.stream().map(Incident::severity).min(Comparator.naturalOrder());
        badge.set(worst.map(w -> new TabBadge(open.size() + " open · " + w, switch (w) {
            case P0, P1 -> io.liveops.console.shared.Status.CRITICAL;
            case P2 -> io.liveops.console.shared.Status.WARNING;
            case P3 -> io.liveops.console.shared.Status.OK;
        })).orElse(null));
    }

    // ---- running the user's actions ----

    /** A change to one incident, applied to the card's latest version. */
    interface Change {
        Incident apply(ActionId id, Incident base);
    }

    /** Runs a change of a card; refusals go to the message line. */
    void change(IncidentCard card, String key, String running, String noun, Change op, Function<Incident, String> done) {
        perform(new IncidentAction(card.incident().id() + " " + key, running, noun, id -> op.apply(id, card.incident()),
                saved -> message.set(done.apply(saved)), message::set));
    }

    /** Runs a change of the selected incident, or says to select one. */
    void changeSelected(String key, String running, String noun, Change op, Function<Incident, String> done) {
        IncidentCard c = selected.get();
        if (c == null) {
            message.set("Select an incident first.");
        } else {
            change(c, key, running, noun, op, done);
        }
    }

    /** Runs one user action off the FX thread (see {@link UserActions}). */
    void perform(IncidentAction action) {
        actions.perform(action);
    }

    // ---- moving ----

    /** Moves a card to a column; to Resolved it asks for the resolution note first. */
    public void move(IncidentCard card, Status to) {
        if (to == Status.RESOLVED) {
            resolve.request(card);
            return;
        }
        change(card, "move to " + to, "Moving " + card.incident().label(), "the move", (id, i) -> service.move(id, i, to),
                s -> "Incident " + s.label() + " moved to " + to.label() + ".");
    }

    public void moveSelected(boolean forward) {
        IncidentCard c = selected.get();
        if (c != null) {
            move(c, forward ? c.incident().status().next() : c.incident().status().previous());
        }
    }

    /** Asks for the resolution note of the selected incident (Alt+R). */
    public void resolveSelected() {
        IncidentCard c = selected.get();
        if (c == null) {
            message.set("Select an incident first.");
        } else {
            resolve.request(c);
        }
    }

    private void selectionChanged(IncidentCard card) {
        preview.clear();
        postMortem.close();
        detail.show(card == null ? null : card.incident());
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
        IncidentCard c = byId.get(id);
        if (c != null) {
            selected.set(c);
            return true;
        }
        return false;
    }

    // ---- policy ----

    private void switchPolicy(SeverityPolicy.Preset p) {
        executor.execute(BackgroundTask.of("Reading the " + p.label() + " policy", (x, c) -> policies.apply(p))
                .onSuccess(loaded -> {
                    if (preset.get() != p) {
                        return; // switched again while this one was read
                    }
                    service.usePolicy(loaded.value());
                    message.set(loaded.problem().map(pr -> "Your policy file was not used, the " + p.label() + " defaults are in use: "
                            + pr.describe()).orElse("Severity policy: " + loaded.value().name() + "."));
                    refreshCards();
                })
                .onFailure(e -> message.set("Could not read the " + p.label() + " policy: " + e.getMessage())));
    }

    // ---- what the sections share ----

    IncidentService service() {
        return service;
    }

    TaskExecutor executor() {
        return executor;
    }

    Clock clock() {
        return clock;
    }

    void say(String text) {
        message.set(text);
    }

    Optional<Incident> selectedIncident() {
        return Optional.ofNullable(selected.get()).map(IncidentCard::incident);
    }

    // ---- properties ----

    public ObservableList<IncidentCard> cards() {
        return cards;
    }

    public ObjectProperty<IncidentCard> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<SeverityPolicy.Preset> presetProperty() {
        return preset;
    }

    /** Open incidents and the worst severity ("2 open · P0"); null when none is open. */
    public ReadOnlyObjectProperty<TabBadge> badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    public DeclareFormViewModel form() {
        return form;
    }

    public IncidentDetailViewModel detail() {
        return detail;
    }

    public TemplatePreviewViewModel preview() {
        return preview;
    }

    public ResolveFormViewModel resolve() {
        return resolve;
    }

    public PostMortemViewModel postMortem() {
        return postMortem;
    }

    public IncidentHistoryViewModel history() {
        return history;
    }

    public SeverityPolicy policy() {
        return service.policy();
    }

    public ZoneId zone() {
        return zone;
    }
}
