package io.liveops.console.calendar.ui;

import io.liveops.console.shared.DisplayFormats;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.calendar.core.CalendarItem;
import io.liveops.console.calendar.core.CalendarService;
import io.liveops.console.calendar.core.Channel;
import io.liveops.console.calendar.core.HistoryEntry;
import io.liveops.console.calendar.core.ItemStatus;
import io.liveops.console.calendar.core.RuleFields;
import io.liveops.console.shared.TemplateException;
import io.liveops.console.ui.kit.ClipboardService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The side pane that edits one item: its fields as typed, a message next to each field that is
 * refused (nothing typed is ever cleared by a refusal), the filled text and Copy, and the history.
 * A generated slot becomes a stored item when it is saved, moved, copied or given a status.
 */
public final class ItemEditorViewModel {

    private static final DateTimeFormatter HISTORY_TIME = DisplayFormats.DATE_TIME;

    private final CalendarService service;
    private final TaskExecutor executor;
    private final ClipboardService clipboard;
    private final Clock clock;
    private final ZoneId zone;
    private Consumer<CalendarItem> onSaved = i -> { };
    /** The body as the pane opened it (the item's, or its template file's text). */
    private String startingBody = "";

    private final ObjectProperty<CalendarItem> original = new SimpleObjectProperty<>();
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final StringProperty heading = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.TWITTER);
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty time = new SimpleStringProperty("");
    final StringProperty zoneText = new SimpleStringProperty("");
    final StringProperty endDate = new SimpleStringProperty("");
    final StringProperty endTime = new SimpleStringProperty("");
    final ObjectProperty<ItemStatus> status = new SimpleObjectProperty<>(ItemStatus.IDEA);
    final StringProperty owner = new SimpleStringProperty("");
    final StringProperty body = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final StringProperty link = new SimpleStringProperty("");

    final StringProperty titleError = new SimpleStringProperty("");
    final StringProperty dateError = new SimpleStringProperty("");
    final StringProperty timeError = new SimpleStringProperty("");
    final StringProperty zoneError = new SimpleStringProperty("");
    final StringProperty endError = new SimpleStringProperty("");
    final StringProperty bodyError = new SimpleStringProperty("");

    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty confirmPublish = new SimpleBooleanProperty();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final BooleanBinding canDelete = Bindings.createBooleanBinding(
            () -> original.get() != null && original.get().stored() && original.get().ruleId() == null, original);

    public ItemEditorViewModel(CalendarService service, TaskExecutor executor, ClipboardService clipboard, Clock clock) {
        this.service = service;
        this.executor = executor;
        this.clipboard = clipboard;
        this.clock = clock;
        this.zone = service.zone();
    }

    void onSaved(Consumer<CalendarItem> c) {
        this.onSaved = Objects.requireNonNull(c);
    }

    /** Opens an item (stored or generated) in the pane; null closes it. */
    public void edit(CalendarItem item) {
        clearErrors();
        preview.set("");
        confirmPublish.set(false);
        message.set("");
        original.set(item);
        open.set(item != null);
        history.clear();
        if (item == null) {
            return;
        }
        heading.set(item.stored() ? "Edit item" : item.generated() ? "Planned by the rule '" + item.ruleId() + "' (saving stores it)" : "New item");
        title.set(item.title());
        channel.set(item.channel());
        date.set(item.start().toLocalDate().toString());
        time.set(item.start().toLocalTime().toString());
        zoneText.set(item.zone().getId());
        endDate.set(item.end() == null || item.end().toLocalDate().equals(item.start().toLocalDate()) ? "" : item.end().toLocalDate().toString());
        endTime.set(item.end() == null ? "" : item.end().toLocalTime().toString());
        status.set(item.status());
        owner.set(item.owner());
        startingBody = item.body();
        body.set(item.body());
        if (item.body().isBlank() && item.template() != null) {
            // the template file is read off the FX thread; it becomes the body unless the user typed one meanwhile
            executor.execute(BackgroundTask.of("Reading the template " + item.template(), (p, c) -> service.texts().startingBody(item))
                    .onSuccess(text -> {
                        if (original.get() == item && body.get().isBlank()) {
                            startingBody = text;
                            body.set(text);
                        }
                    })
                    .onFailure(e -> {
                        if (original.get() == item) {
                            bodyError.set(e.getMessage());
                        }
                    }));
        }
        notes.set(item.notes());
        link.set(item.link());
        if (item.stored()) {
            executor.execute(BackgroundTask.of("Reading the history of '" + item.title() + "'", (p, c) -> service.history(item))
                    .onSuccess(h -> {
                        if (original.get() == item) {
                            history.setAll(h.stream().map(this::historyLine).toList());
                        }
                    }));
        }
    }

    /** A new one-off item on a day, at the next full hour when the day is today, else 09:00, in the user's zone. */
    public void newItem(LocalDate day) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
        LocalTime at = day.equals(now.toLocalDate()) && now.getHour() < 23 ? LocalTime.of(now.getHour() + 1, 0) : LocalTime.of(9, 0);
        edit(CalendarItem.draft("", Channel.TWITTER, day.atTime(at), zone));
        title.set("");
    }

    /** After a reload: the pane follows the stored version of what it shows, unless the user is typing in it. */
    void refreshFrom(CalendarService.Entry e) {
        CalendarItem shown = original.get();
        if (e != null && shown != null && shown.key().equals(e.key()) && !dirty() && !e.item().equals(shown)) {
            edit(e.item());
        }
    }

    /** True when a field differs from the item as opened. */
    public boolean dirty() {
        CalendarItem o = original.get();
        if (o == null) {
            return false;
        }
        return !title.get().equals(o.title()) || channel.get() != o.channel() || !date.get().equals(o.start().toLocalDate().toString())
                || !time.get().equals(o.start().toLocalTime().toString()) || !zoneText.get().equals(o.zone().getId()) || status.get() != o.status()
                || !owner.get().equals(o.owner()) || !notes.get().equals(o.notes()) || !link.get().equals(o.link())
                || !body.get().equals(startingBody);
    }

    /**
     * The item as typed, or null with a message next to every refused field: an impossible date, an
     * unknown zone, an end before the start, a title over 200 characters, an unknown placeholder.
     */
    CalendarItem validated() {
        clearErrors();
        CalendarItem o = original.get();
        String t = check(titleError, () -> RuleFields.title(title.get()));
        LocalDate d = check(dateError, () -> RuleFields.day(date.get()));
        LocalTime at = check(timeError, () -> RuleFields.time(time.get()));
        ZoneId z = check(zoneError, () -> RuleFields.zone(zoneText.get()));
        check(bodyError, () -> service.texts().parseBody(body.get()));
        LocalDateTime end = null;
        if (!endTime.get().isBlank() || !endDate.get().isBlank()) {
            LocalDate ed = endDate.get().isBlank() ? d : check(endError, () -> RuleFields.day(endDate.get()));
            LocalTime et = endTime.get().isBlank() ? at : check(endError, () -> RuleFields.time(endTime.get()));
            if (ed != null && et != null && d != null && at != null) {
                end = ed.atTime(et);
                if (!end.isAfter(d.atTime(at))) {
                    endError.set("The end (" + ed + " " + et + ") is before or at the start (" + d + " " + at + "): an item ends after it starts.");
                }
            }
        }
        if (hasErrors() || o == null) {
            return null;
        }
        return new CalendarItem(o.id(), o.version(), o.ruleId(), o.slotDay(), o.icalUid(), t, channel.get(), d.atTime(at), end, z, status.get(),
                owner.get().strip(), body.get(), notes.get(), link.get().strip(), o.template());
    }

    public void save() {
        CalendarItem edited = validated();
        if (edited == null) {
            message.set(original.get() == null ? "" : "Not saved: correct the fields marked in red.");
            return;
        }
        CalendarItem before = original.get();
        busy.set(true);
        executor.execute(BackgroundTask.of("Saving '" + edited.title() + "'", (p, c) -> service.save(edited, before))
                .onSuccess(saved -> {
                    busy.set(false);
                    edit(saved);
                    message.set("Saved.");
                    onSaved.accept(saved);
                })
                .onFailure(e -> {
                    busy.set(false);
                    message.set("Not saved: " + e.getMessage());
                }));
    }

    public void delete() {
        CalendarItem item = original.get();
        if (!canDelete.get()) {
            return;
        }
        executor.execute(BackgroundTask.of("Deleting '" + item.title() + "'", (p, c) -> {
                    service.delete(item);
                    return item;
                })
                .onSuccess(deleted -> {
                    edit(null);
                    onSaved.accept(deleted);
                })
                .onFailure(e -> message.set("Not deleted: " + e.getMessage())));
    }

    /** Fills the text (from the warehouse for the market recap) into the preview. */
    public void fill() {
        fillThen(text -> message.set("Filled. Check the text, then Copy."));
    }

    /**
     * Fills the text and puts it on the clipboard; the copy goes in the item's history, and a
     * scheduled item asks whether it was published.
     */
    public void copy() {
        fillThen(text -> {
            clipboard.putText(text);
            CalendarItem item = original.get();
            boolean ask = status.get() == ItemStatus.SCHEDULED;
            executor.execute(BackgroundTask.of("Recording the copy", (p, c) -> service.recordCopied(item, text, false))
                    .onSuccess(saved -> {
                        edit(saved);
                        preview.set(text);
                        confirmPublish.set(ask);
                        message.set(ask ? "Copied. Did it go out? Mark it published." : "Copied to the clipboard.");
                        onSaved.accept(saved);
                    })
                    .onFailure(e -> message.set("Copied, but the history could not be saved: " + e.getMessage())));
        });
    }

    /** The answer to "did it go out?" after Copy. */
    public void confirmPublished(boolean published) {
        confirmPublish.set(false);
        CalendarItem item = original.get();
        if (!published || item == null) {
            message.set("Left as " + status.get().label().toLowerCase(Locale.ROOT) + ".");
            return;
        }
        executor.execute(BackgroundTask.of("Marking '" + item.title() + "' published", (p, c) -> service.setStatus(item, ItemStatus.PUBLISHED))
                .onSuccess(saved -> {
                    edit(saved);
                    message.set("Published.");
                    onSaved.accept(saved);
                })
                .onFailure(e -> message.set("Not marked published: " + e.getMessage())));
    }

    private void fillThen(Consumer<String> then) {
        CalendarItem item = validated();
        if (item == null) {
            message.set("Correct the fields marked in red first.");
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of("Filling '" + item.title() + "'", (p, c) -> service.fill(item, c))
                .onSuccess(text -> {
                    busy.set(false);
                    preview.set(text);
                    then.accept(text);
                })
                .onFailure(e -> {
                    busy.set(false);
                    preview.set("");
                    if (e instanceof TemplateException) {
                        bodyError.set(e.getMessage());
                    }
                    message.set("Not filled: " + e.getMessage());
                }));
    }

    private String historyLine(HistoryEntry h) {
        return HISTORY_TIME.format(h.at().atZone(zone)) + "  " + h.text();
    }

    private static <T> T check(StringProperty error, java.util.concurrent.Callable<T> parse) {
        try {
            return parse.call();
        } catch (IllegalArgumentException | TemplateException e) {
            if (error.get().isEmpty()) {
                error.set(capitalised(e.getMessage()));
            }
            return null;
        } catch (Exception e) {
            error.set(e.getMessage());
            return null;
        }
    }

    static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void clearErrors() {
        for (StringProperty p : new StringProperty[] {titleError, dateError, timeError, zoneError, endError, bodyError}) {
            p.set("");
        }
    }

    private boolean hasErrors() {
        for (StringProperty p : new StringProperty[] {titleError, dateError, timeError, zoneError, endError, bodyError}) {
            if (!p.get().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty previewProperty() {
        return preview;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty confirmPublishProperty() {
        return confirmPublish;
    }

    public ObservableList<String> history() {
        return history;
    }

    public BooleanBinding canDeleteBinding() {
        return canDelete;
    }

    public ObjectProperty<CalendarItem> originalProperty() {
        return original;
    }

    /** What a form field's value and message are, for the view (title, date, time, zone, end, body). */
    public Function<String, StringProperty> errors() {
        return name -> switch (name) {
            case "title" -> titleError;
            case "date" -> dateError;
            case "time" -> timeError;
            case "zone" -> zoneError;
            case "end" -> endError;
            case "body" -> bodyError;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
