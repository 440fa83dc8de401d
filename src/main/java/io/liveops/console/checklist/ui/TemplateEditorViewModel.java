package io.liveops.console.checklist.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.checklist.core.ChecklistItem;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.checklist.core.ChecklistTemplate;
import io.liveops.console.checklist.core.Routine;
import java.text.Normalizer;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The template in use and its editor: routines and items added, renamed, moved and removed, presets,
 * re-reading the user's file. Changes are saved to the user's file and apply from the next day. A
 * refused input is explained next to its field, and the editor's messages go when its panel closes.
 */
final class TemplateEditorViewModel {

    private static final Pattern WINDOW = Pattern.compile("\\s*(\\S+?)\\s*[-–]\\s*(\\S+)\\s*");
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final ChecklistService service;
    private final TaskExecutor executor;
    private final StringProperty message;
    private final ObjectProperty<ChecklistTemplate> template = new SimpleObjectProperty<>(this, "template");
    private final StringProperty templateProblem = new SimpleStringProperty(this, "templateProblem", "");
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty window = new SimpleStringProperty(this, "window", "");
    private final StringProperty textProblem = new SimpleStringProperty(this, "textProblem", "");
    private final StringProperty windowProblem = new SimpleStringProperty(this, "windowProblem", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    /** @param message the tab's message line: what the header's Template menu did, and save failures */
    TemplateEditorViewModel(ChecklistService service, TaskExecutor executor, StringProperty message) {
        this.service = service;
        this.executor = executor;
        this.message = message;
        text.addListener((o, was, now) -> {
            textProblem.set("");
            status.set("");
        });
        window.addListener((o, was, now) -> {
            windowProblem.set("");
            status.set("");
        });
        open.addListener((o, was, isOpen) -> {
            if (!isOpen) {
                textProblem.set("");
                windowProblem.set("");
                status.set("");
            }
        });
    }

    /** Reads the user's template file; {@code then} runs once it was read (or refused, the last good one in use). */
    void load(Runnable then) {
        executor.execute(BackgroundTask.of("Reading the checklist template", (p, c) -> service.reloadTemplate())
                .onSuccess(problem -> {
                    templateProblem.set(problem.map(pr -> "Your checklist template was not used, the last good one is in use: "
                            + pr.describe()).orElse(""));
                    template.set(service.template());
                    then.run();
                })
                .onFailure(e -> message.set("Could not read the checklist template: " + e.getMessage())));
    }

    /** Re-reads the user's template file (after editing it outside the console); it applies from the next day. */
    void reload() {
        load(() -> {
            if (templateProblem.get().isEmpty()) {
                message.set("Template read from " + service.userTemplateFile() + "; it applies from tomorrow.");
            }
        });
    }

    /** Replaces the user's template with a shipped one (the game team's 09:00/15:00/21:00 windows). */
    void usePreset(String resource) {
        executor.execute(BackgroundTask.of("Applying a checklist preset", (p, c) -> {
                    ChecklistTemplate preset = service.preset(resource);
                    service.saveTemplate(preset);
                    return preset;
                })
                .onSuccess(t -> {
                    saved(t);
                    message.set("Template saved to " + service.userTemplateFile() + "; the change applies from tomorrow.");
                })
                .onFailure(e -> message.set("Could not apply the preset: " + e.getMessage())));
    }

    /** Renames a routine to the text field's name. */
    void renameRoutine(String routineId) {
        needText("Type the routine's new name here first.").ifPresent(name -> editRoutines(list -> replace(list, routineId, r -> r.withName(name))));
    }

    /** Adds a daily routine named by the text field, with the window field's window ("23:00-23:30"). */
    void addRoutine() {
        Optional<String> name = needText("Type the new routine's name here first.");
        LocalTime[] times = window();
        if (name.isEmpty() || times == null) {
            return;
        }
        editRoutines(list -> {
            List<Routine> out = new ArrayList<>(list);
            out.add(Routine.daily(uniqueId(slug(name.get()), routineIds(list)), name.get(), times[0], times[1], List.of()));
            return out;
        });
    }

    void removeRoutine(String routineId) {
        editRoutines(list -> list.stream().filter(r -> !r.id().equals(routineId)).toList());
    }

    void moveRoutine(String routineId, int delta) {
        editRoutines(list -> move(list, list.indexOf(list.stream().filter(r -> r.id().equals(routineId)).findFirst().orElse(null)), delta));
    }

    /** Adds the text field's text as an item of a routine. */
    void addItem(String routineId) {
        needText("Type the new item's text here first.").ifPresent(itemText -> editRoutines(list -> replace(list, routineId, r -> {
            List<ChecklistItem> items = r.mutableItems();
            items.add(ChecklistItem.of(uniqueId(slug(itemText), itemIds(list)), itemText));
            return r.withItems(items);
        })));
    }

    void renameItem(String routineId, String itemId) {
        needText("Type the item's new text here first.").ifPresent(itemText -> editRoutines(list -> replace(list, routineId, r -> r.withItems(
                r.items().stream().map(i -> i.id().equals(itemId) ? i.withText(itemText) : i).toList()))));
    }

    void removeItem(String routineId, String itemId) {
        editRoutines(list -> replace(list, routineId, r -> r.withItems(r.items().stream().filter(i -> !i.id().equals(itemId)).toList())));
    }

    void moveItem(String routineId, String itemId, int delta) {
        editRoutines(list -> replace(list, routineId, r -> r.withItems(move(r.items(),
                r.items().indexOf(r.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElse(null)), delta))));
    }

    private Optional<String> needText(String problem) {
        String t = text.get() == null ? "" : text.get().strip();
        if (t.isEmpty()) {
            textProblem.set(problem);
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /** The window field as [start, end], or null with the reason next to the field. */
    private LocalTime[] window() {
        String w = window.get() == null ? "" : window.get();
        Matcher m = WINDOW.matcher(w);
        if (w.isBlank() || !m.matches()) {
            windowProblem.set("Write the window as start-end in 24-hour time, e.g. 23:00-23:30.");
            return null;
        }
        LocalTime[] times = new LocalTime[2];
        for (int i = 0; i < 2; i++) {
            String part = m.group(i + 1);
            try {
                times[i] = LocalTime.parse(part, TIME_OF_DAY);
            } catch (DateTimeParseException e) {
                windowProblem.set("\"" + part + "\" is not a time of day: use HH:mm from 00:00 to 23:59, e.g. 23:00-23:30.");
                return null;
            }
        }
        if (!times[1].isAfter(times[0])) {
            windowProblem.set("The window must end after it starts, on the same day (e.g. 23:00-23:30).");
            return null;
        }
        return times;
    }

    private void editRoutines(UnaryOperator<List<Routine>> edit) {
        ChecklistTemplate edited = new ChecklistTemplate(edit.apply(service.template().routines()));
        executor.execute(BackgroundTask.of("Saving the checklist template", (p, c) -> {
                    service.saveTemplate(edited);
                    return edited;
                })
                .onSuccess(t -> {
                    saved(t);
                    text.set("");
                    window.set("");
                    status.set("Saved to " + service.userTemplateFile() + "; the change applies from tomorrow.");
                })
                .onFailure(e -> message.set("Could not save the checklist template: " + e.getMessage())));
    }

    private void saved(ChecklistTemplate t) {
        template.set(t);
        templateProblem.set("");
        message.set("");
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

    /** The template in use (the editor lists it). */
    ReadOnlyObjectProperty<ChecklistTemplate> templateProperty() {
        return template;
    }

    /** Why the user's template file was refused (file, line, problem), or empty. */
    ReadOnlyStringProperty templateProblemProperty() {
        return templateProblem;
    }

    /** The editor panel is showing; closing it clears its messages. */
    BooleanProperty openProperty() {
        return open;
    }

    /** The name or text field. */
    StringProperty textProperty() {
        return text;
    }

    /** The new routine's window field, "23:00-23:30". */
    StringProperty windowProperty() {
        return window;
    }

    ReadOnlyStringProperty textProblemProperty() {
        return textProblem;
    }

    ReadOnlyStringProperty windowProblemProperty() {
        return windowProblem;
    }

    /** What the last edit did ("Saved to …; the change applies from tomorrow."), or empty. */
    ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
