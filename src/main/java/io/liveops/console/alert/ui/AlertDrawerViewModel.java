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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
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
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter OTHER_DAY = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    /** One line of the drawer. */
    public record Row(Alert alert, String timeText, String levelText, String stateText) {
        public long id() {
            return alert.id();
        }
    }

    private final AlertCenter center;
    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Clock clock;
    private final ZoneId zone;
    private final String userName;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty unacknowledged = new SimpleIntegerProperty(this, "unacknowledged", 0);
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    /**
     * @param uiThread runs a Runnable on the FX thread ({@code Platform::runLater}; tests pass {@code Runnable::run}):
     *                 the center tells its listeners on the thread that recorded the alert
     * @param userName who acknowledges, as the history records it
     */
    public AlertDrawerViewModel(AlertCenter center, TaskExecutor executor, Executor uiThread, Clock clock, ZoneId zone, String userName) {
        this.center = Objects.requireNonNull(center, "center");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.userName = Objects.requireNonNull(userName, "userName");
        center.addListener(this);
    }

    @Override
    public void alertRecorded(Alert alert) {
        uiThread.execute(this::reload);
    }

    @Override
    public void alertAcknowledged(Alert alert) {
        uiThread.execute(this::reload);
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
        executor.execute(BackgroundTask.of("Acknowledging an alert", (p, c) -> center.acknowledge(row.id(), userName))
                .onSuccess(done -> reload())
                .onFailure(e -> message.set("Could not acknowledge: " + e.getMessage())));
    }

    /** Acknowledges every raised alert still waiting. */
    public void acknowledgeAll() {
        executor.execute(BackgroundTask.of("Acknowledging every alert", (p, c) -> {
                    int n = 0;
                    for (Alert a : center.unacknowledged()) {
                        if (center.acknowledge(a.id(), userName)) {
                            n++;
                        }
                    }
                    return n;
                })
                .onSuccess(n -> {
                    message.set(n + (n == 1 ? " alert" : " alerts") + " acknowledged.");
                    reload();
                })
                .onFailure(e -> message.set("Could not acknowledge: " + e.getMessage())));
    }

    public void snoozeOneHour(String key) {
        snooze(key, "for 1 h", () -> center.snoozeOneHour(key));
    }

    public void snoozeFourHours(String key) {
        snooze(key, "for 4 h", () -> center.snoozeFourHours(key));
    }

    public void snoozeUntilTomorrow(String key) {
        snooze(key, "until tomorrow", () -> center.snoozeUntilTomorrow(key, zone));
    }

    private void snooze(String key, String how, java.util.function.Supplier<Instant> action) {
        executor.execute(BackgroundTask.of("Snoozing " + key, (p, c) -> action.get())
                .onSuccess(until -> message.set(key + " is snoozed " + how + " (until " + OTHER_DAY.format(until.atZone(zone))
                        + "): its alerts are recorded without toasts."))
                .onFailure(e -> message.set("Could not snooze " + key + ": " + e.getMessage())));
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
