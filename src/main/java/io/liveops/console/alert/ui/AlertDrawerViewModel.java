package io.liveops.console.alert.ui;

import io.liveops.console.alert.core.Alert;
import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertListener;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import io.liveops.console.shared.DisplayFormats;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The alert drawer: the alert history newest first (time, what, old → new status, value and
 * threshold), how many raised alerts wait for acknowledgement, and the actions on one alert:
 * acknowledge, snooze its key for 1 h, 4 h or until tomorrow. Every call to the {@link AlertCenter}
 * (which writes the state store) runs on a background task.
 */
public final class AlertDrawerViewModel implements AlertListener {

    public static final int HISTORY_LIMIT = 200;
    private static final DateTimeFormatter TODAY = DisplayFormats.TIME;
    private static final DateTimeFormatter OTHER_DAY = DisplayFormats.DATE_TIME;

    /** One line of the drawer. */
    public record Row(Alert alert, String timeText, String levelText, String stateText) {
        public long id() {
            return alert.id();
        }

        /** What the alert is about as people read it ("Retention D30" of "Retention D30: ok → critical"), never the key. */
        public String subject() {
            String title = alert.title();
            int colon = title == null ? -1 : title.indexOf(": ");
            return colon > 0 ? title.substring(0, colon) : title == null || title.isBlank() ? alert.key() : title;
        }
    }

    private final AlertCenter center;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ZoneId zone;
    private final java.util.function.Supplier<String> userName;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty unacknowledged = new SimpleIntegerProperty(this, "unacknowledged", 0);
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    /**
     * The center must deliver to its listeners on the FX thread (the console's center does).
     *
     * @param userName who acknowledges, as the history records it
     */
    public AlertDrawerViewModel(AlertCenter center, TaskExecutor executor, Clock clock, ZoneId zone, java.util.function.Supplier<String> userName) {
        this.center = Objects.requireNonNull(center, "center");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.userName = Objects.requireNonNull(userName, "userName");
        center.addListener(this);
    }

    /** A new alert goes on top of the list; the history is not read again. */
    @Override
    public void alertRecorded(Alert alert) {
        rows.add(0, row(alert));
        if (rows.size() > HISTORY_LIMIT) {
            rows.remove(HISTORY_LIMIT, rows.size());
        }
        if (waiting(alert)) {
            unacknowledged.set(unacknowledged.get() + 1);
        }
    }

    /** The acknowledged alert's line changes in place. */
    @Override
    public void alertAcknowledged(Alert alert) {
        for (int i = 0; i < rows.size(); i++) {
            Alert was = rows.get(i).alert();
            if (was.id() == alert.id()) {
                if (waiting(was) && !waiting(alert)) {
                    unacknowledged.set(Math.max(0, unacknowledged.get() - 1));
                }
                rows.set(i, row(alert));
                return;
            }
        }
        unacknowledged.set(Math.max(0, unacknowledged.get() - 1)); // older than the lines shown
    }

    private static boolean waiting(Alert a) {
        return a.kind() == Alert.Kind.RAISED && !a.acknowledged();
    }

    /** Re-reads the history from the state store. */
    public void reload() {
        record Loaded(List<Alert> history, int unacknowledged) {}
        executor.execute(BackgroundTask.of("Reading the alert history",
                        (p, c) -> new Loaded(center.history(HISTORY_LIMIT), center.unacknowledged().size()))
                .onSuccess(loaded -> {
                    rows.setAll(loaded.history().stream().map(this::row).toList());
                    unacknowledged.set(loaded.unacknowledged());
                })
                .onFailure(e -> message.set("The alert history could not be read: " + e.getMessage())));
    }

    private Row row(Alert a) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        var at = a.at().atZone(zone);
        String time = at.toLocalDate().equals(today) ? TODAY.format(at) : OTHER_DAY.format(at);
        String level = a.kind() == Alert.Kind.RECOVERED ? "recovered" : a.level().name().toLowerCase(Locale.ROOT);
        String state;
        if (a.kind() == Alert.Kind.RECOVERED) {
            state = "";
        } else if (a.acknowledged()) {
            state = "acknowledged by " + a.acknowledgedBy();
        } else if (a.silenced()) {
            state = "snoozed";
        } else {
            state = "new";
        }
        return new Row(a, time, level, state);
    }

    public void acknowledge(Row row) {
        if (row.alert().kind() != Alert.Kind.RAISED || row.alert().acknowledged()) {
            return;
        }
        executor.execute(BackgroundTask.of("Acknowledging an alert", (p, c) -> center.acknowledge(row.id(), userName.get()))
                .onFailure(e -> message.set("Could not acknowledge: " + e.getMessage())));
    }

    /** Acknowledges every raised alert still waiting. */
    public void acknowledgeAll() {
        executor.execute(BackgroundTask.of("Acknowledging every alert", (p, c) -> {
                    int n = 0;
                    for (Alert a : center.unacknowledged()) {
                        if (center.acknowledge(a.id(), userName.get())) {
                            n++;
                        }
                    }
                    return n;
                })
                .onSuccess(n -> message.set(n + (n == 1 ? " alert" : " alerts") + " acknowledged."))
                .onFailure(e -> message.set("Could not acknowledge: " + e.getMessage())));
    }

    /** Snoozes the key of a row's alert for an hour. */
    public void snoozeOneHour(Row row) {
        String key = row.alert().key();
        snooze(row.subject(), "for 1 h", () -> center.snoozeOneHour(key));
    }

    public void snoozeFourHours(Row row) {
        String key = row.alert().key();
        snooze(row.subject(), "for 4 h", () -> center.snoozeFourHours(key));
    }

    public void snoozeUntilTomorrow(Row row) {
        String key = row.alert().key();
        snooze(row.subject(), "until tomorrow", () -> center.snoozeUntilTomorrow(key, zone));
    }

    /** @param subject the KPI's title as people read it: the message never shows the internal key */
    private void snooze(String subject, String how, java.util.function.Supplier<Instant> action) {
        executor.execute(BackgroundTask.of("Snoozing " + subject, (p, c) -> action.get())
                .onSuccess(until -> message.set(subject + " is snoozed " + how + " (until " + OTHER_DAY.format(until.atZone(zone))
                        + "): its alerts are recorded without toasts."))
                .onFailure(e -> message.set("Could not snooze " + subject + ": " + e.getMessage())));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty unacknowledgedProperty() {
        return unacknowledged;
    }

    /** Whether the drawer is shown; a summary toast opens it. */
    public BooleanProperty openProperty() {
        return open;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
