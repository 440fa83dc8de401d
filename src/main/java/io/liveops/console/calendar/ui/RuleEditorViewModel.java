package io.liveops.console.calendar.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.calendar.core.Cadence;
import io.liveops.console.calendar.core.CadenceRule;
import io.liveops.console.calendar.core.Channel;
import io.liveops.console.calendar.core.RuleFields;
import io.liveops.console.calendar.core.RuleSet;
import io.liveops.console.calendar.core.RuleSetStore;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rule editor: the cadence rules of {@code calendar-rules.json}, a form to add or edit one, pause
 * and delete. Every field is checked as the rules file checks it, with the message next to the field;
 * a refused form keeps what was typed. Saving writes the file (atomically) and the calendar reloads.
 */
public final class RuleEditorViewModel {

    /** The form's fields, by name; each has a value and a message. */
    public static final List<String> FIELDS = List.of("id", "title", "time", "zone", "duration", "days", "monthDay", "quarterMonth", "seasonWeeks",
            "afterLaunch", "launchDate");

    private final RuleSetStore store;
    private final TaskExecutor executor;
    private final Runnable changed;

    private final ObservableList<CadenceRule> rules = FXCollections.observableArrayList();
    private final StringProperty fileProblem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty formOpen = new SimpleBooleanProperty();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.TWITTER);
    private final ObjectProperty<Cadence> every = new SimpleObjectProperty<>(Cadence.WEEK);
    private final StringProperty template = new SimpleStringProperty("");
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private String editingId;

    /** @param changed told (FX thread) after the rules file was saved */
    public RuleEditorViewModel(RuleSetStore store, TaskExecutor executor, Runnable changed) {
        this.store = store;
        this.executor = executor;
        this.changed = changed;
        for (String f : FIELDS) {
            values.put(f, new SimpleStringProperty(""));
            errors.put(f, new SimpleStringProperty(""));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            days.put(d, new SimpleBooleanProperty());
        }
    }

    /** Re-reads the rules file (off the FX thread); a broken file is reported and the last good rules stay. */
    public void reloadFile() {
        executor.execute(BackgroundTask.of("Reading the calendar rules", (p, c) -> store.reload())
                .onSuccess(problem -> {
                    refresh();
                    changed.run();
                })
                .onFailure(e -> fileProblem.set(e.getMessage())));
    }

    public void refresh() {
        rules.setAll(store.current().rules());
        fileProblem.set(store.problem().map(pr -> "Your rules file was not used (the last good rules are): " + pr.describe()).orElse(""));
        values.get("launchDate").set(Optional.ofNullable(store.current().launchDate()).map(LocalDate::toString).orElse(""));
    }

    public void add() {
        editingId = null;
        fill(null);
    }

    public void edit(CadenceRule r) {
        editingId = r.id();
        fill(r);
    }

    private void fill(CadenceRule r) {
        errors.values().forEach(e -> e.set(""));
        message.set("");
        formOpen.set(true);
        value("id").set(r == null ? "" : r.id());
        value("title").set(r == null ? "" : r.title());
        value("time").set(r == null ? "09:00" : r.time());
        value("zone").set(r == null ? "Asia/Seoul" : r.zone());
        value("duration").set(r == null || r.duration() == null ? "" : r.duration());
        value("monthDay").set(r == null || r.monthDay() == null ? "" : r.monthDay());
        value("quarterMonth").set(r == null || r.quarterMonth() == null ? "" : r.quarterMonth().toString());
        value("seasonWeeks").set(r == null ? "" : String.join(", ", r.seasonWeeks().stream().map(String::valueOf).toList()));
        value("afterLaunch").set(r == null || r.afterLaunch() == null ? "" : r.afterLaunch());
        channel.set(r == null ? Channel.TWITTER : r.channel());
        every.set(r == null ? Cadence.WEEK : r.every());
        template.set(r == null || r.template() == null ? "" : r.template());
        paused.set(r != null && r.paused());
        days.forEach((d, p) -> p.set(r != null && r.days().contains(d)));
    }

    /** Checks the form; saves the rule (and the launch day) to the rules file when every field is right. */
    public void save() {
        errors.values().forEach(e -> e.set(""));
        CadenceRule rule = ruleFromForm();
        LocalDate launch = null;
        if (!value("launchDate").get().isBlank()) {
            launch = check("launchDate", () -> RuleFields.day(value("launchDate").get()));
        }
        if (rule == null || errors.values().stream().anyMatch(e -> !e.get().isEmpty())) {
            message.set("Not saved: correct the fields marked in red.");
            return;
        }
        RuleSet set = store.current();
        List<CadenceRule> next = new ArrayList<>(set.rules());
        int at = editingId == null ? -1 : indexOf(next, editingId);
        if (!rule.id().equals(editingId) && indexOf(next, rule.id()) >= 0) {
            errors.get("id").set("Another rule already has the id '" + rule.id() + "'.");
            message.set("Not saved: correct the fields marked in red.");
            return;
        }
        if (at >= 0) {
            next.set(at, rule);
        } else {
            next.add(rule);
        }
        write(set.withRules(next).withLaunchDate(launch), "Saved the rule '" + rule.title() + "'.", rule.id());
    }

    public void togglePaused(CadenceRule r) {
        List<CadenceRule> next = new ArrayList<>(store.current().rules());
        next.set(indexOf(next, r.id()), r.withPaused(!r.paused()));
        write(store.current().withRules(next), (r.paused() ? "Resumed '" : "Paused '") + r.title() + "'.", editingId);
    }

    public void delete(CadenceRule r) {
        List<CadenceRule> next = new ArrayList<>(store.current().rules());
        next.removeIf(x -> x.id().equals(r.id()));
        write(store.current().withRules(next), "Deleted the rule '" + r.title() + "' (items already stored from it stay).", null);
        if (r.id().equals(editingId)) {
            formOpen.set(false);
        }
    }

    public void cancel() {
        formOpen.set(false);
    }

    private void write(RuleSet next, String done, String keepEditing) {
        executor.execute(BackgroundTask.of("Saving the calendar rules", (p, c) -> {
                    store.save(next);
                    return next;
                })
                .onSuccess(saved -> {
                    editingId = keepEditing;
                    refresh();
                    message.set(done);
                    fileProblem.set("");
                    changed.run();
                })
                .onFailure(e -> message.set("Not saved: " + e.getMessage())));
    }

    private CadenceRule ruleFromForm() {
        String id = check("id", () -> RuleFields.id(value("id").get()));
        String title = check("title", () -> RuleFields.title(value("title").get()));
        String time = check("time", () -> RuleFields.time(value("time").get()).toString());
        String zone = check("zone", () -> RuleFields.zone(value("zone").get()).getId());
        String duration = optional("duration", t -> RuleFields.duration(t).toString());
        String monthDay = optional("monthDay", RuleFields::monthDay);
        String afterLaunch = optional("afterLaunch", t -> RuleFields.afterLaunch(t).toString());
        Integer quarterMonth = optional("quarterMonth", t -> {
            if (!t.matches("[123]")) {
                throw new IllegalArgumentException("the month within each quarter is 1, 2 or 3");
            }
            return Integer.parseInt(t);
        });
        List<Integer> weeks = optional("seasonWeeks", t -> {
            List<Integer> l = new ArrayList<>();
            for (String part : t.split("[,\\s]+")) {
                if (!part.matches("\\d{1,2}") || Integer.parseInt(part) < 1) {
                    throw new IllegalArgumentException("season weeks are numbers from 1, separated by commas, e.g. 2, 4, 6");
                }
                l.add(Integer.parseInt(part));
            }
            return l;
        });
        List<DayOfWeek> chosen = days.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        if (errors.values().stream().anyMatch(e -> !e.get().isEmpty())) {
            return null;
        }
        try {
            return new CadenceRule(id, title, channel.get(), every.get(), chosen, time, zone, duration, monthDay, quarterMonth, weeks, afterLaunch,
                    template.get(), "", null, paused.get());
        } catch (IllegalArgumentException e) {
            // the shape of the cadence: the message belongs to the field the cadence needs
            String field = switch (every.get()) {
                case WEEK -> "days";
                case MONTH -> "monthDay";
                case QUARTER -> quarterMonth == null ? "quarterMonth" : "monthDay";
                case SEASON -> "seasonWeeks";
                case LAUNCH -> "afterLaunch";
                case DAY -> "title";
            };
            errors.get(field).set(ItemEditorViewModel.capitalised(e.getMessage()));
            return null;
        }
    }

    private <T> T optional(String field, java.util.function.Function<String, T> parse) {
        String t = value(field).get().strip();
        return t.isEmpty() ? null : check(field, () -> parse.apply(t));
    }

    private <T> T check(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            errors.get(field).set(ItemEditorViewModel.capitalised(e.getMessage()));
            return null;
        }
    }

    private static int indexOf(List<CadenceRule> l, String id) {
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public StringProperty value(String field) {
        return values.get(field);
    }

    public StringProperty error(String field) {
        return errors.get(field);
    }

    public BooleanProperty day(DayOfWeek d) {
        return days.get(d);
    }

    public ObservableList<CadenceRule> rules() {
        return rules;
    }

    public StringProperty fileProblemProperty() {
        return fileProblem;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty formOpenProperty() {
        return formOpen;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<Cadence> everyProperty() {
        return every;
    }

    public StringProperty templateProperty() {
        return template;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }
}
