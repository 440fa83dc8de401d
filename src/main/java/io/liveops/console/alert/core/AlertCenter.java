package io.liveops.console.alert.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The one place every tab reports trouble to: KPI tiles, incident SLA timers, checklist windows,
 * calendar due items, watchlist moves. It decides what is worth an alert, keeps the history (in the
 * {@link io.liveops.console.state.StateStore}), handles snoozes and acknowledgements, and tells
 * listeners (toasts, tray, the history view) once per alert through its delivery executor. Plain
 * Java, safe to call from any thread.
 *
 * <p><b>Levels that change</b> go through {@link #observe}: call it on every refresh with the
 * current level; only a change for the worse raises an alert, a return to OK records a quiet
 * "recovered" entry, anything else records nothing.
 * <pre>{@code
 * AlertCenter alerts = new AlertCenter(new AlertHistoryRepository(store), clock);
 * alerts.addListener(toasts);                       // Toasts shows toastWorthy() alerts
 * // every refresh, per KPI tile:
 * alerts.observe("KPI", "dau", AlertLevel.CRITICAL, "DAU critical", "9,100 players, target 9,500");
 * // one-off events, de-duplicated per source and key within the dedupe window:
 * alerts.raise("Checklist", "morning-routine", AlertLevel.WARNING, "Morning routine: 2 items open", null);
 * alerts.snoozeOneHour("dau");                      // still recorded, no toasts for an hour
 * alerts.acknowledge(alertId, "ana");
 * }</pre>
 *
 * <p><b>Restarts.</b> The last level of every observed key is stored with each change and loaded
 * when the center is built, so a KPI that was already critical before a restart and is still
 * critical after it raises nothing; one that got worse while the console was closed raises once.
 * A key never seen before starts at OK, so a first sighting at WARNING or CRITICAL raises.
 * The alternative, starting every key at OK, would greet each start-up with a storm of stale alerts.
 * Snoozes are stored too and outlive restarts.
 */
public final class AlertCenter {

    /** How long a one-off event with the same source and key stays one alert. */
    public static final Duration DEFAULT_DEDUPE_WINDOW = Duration.ofMinutes(30);

    private record ObservedKey(String source, String key) {}

    private final AlertHistoryRepository history;
    private final Clock clock;
    private final Duration dedupeWindow;
    private final Map<ObservedKey, AlertLevel> levels = new HashMap<>();
    private final Map<String, Instant> snoozes;
    private final List<AlertListener> listeners = new CopyOnWriteArrayList<>();
    private final Executor delivery;

    /** Builds the center and restores remembered levels and snoozes (reads the state store); listeners hear on the recording thread. */
    public AlertCenter(AlertHistoryRepository history, Clock clock) {
        this(history, clock, DEFAULT_DEDUPE_WINDOW, Runnable::run);
    }

    public AlertCenter(AlertHistoryRepository history, Clock clock, Duration dedupeWindow) {
        this(history, clock, dedupeWindow, Runnable::run);
    }

    /**
     * @param delivery where listeners are told, once per alert (the FX thread in the console, so toasts, the
     *                 tray and the drawer need no hop of their own)
     */
    public AlertCenter(AlertHistoryRepository history, Clock clock, Duration dedupeWindow, Executor delivery) {
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.history = Objects.requireNonNull(history, "history");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (dedupeWindow.isNegative()) {
            throw new IllegalArgumentException("The dedupe window must not be negative: " + dedupeWindow);
        }
        this.dedupeWindow = dedupeWindow;
        for (KeyLevel remembered : history.levels()) {
            levels.put(new ObservedKey(remembered.source(), remembered.key()), AlertLevel.valueOf(remembered.level()));
        }
        this.snoozes = new HashMap<>(history.snoozes(clock.instant()));
    }

    /**
     * Reports the current level of a key; call it on every refresh.
     * <ul>
     *   <li>worse than the last level (OK→WARNING, WARNING→CRITICAL, OK→CRITICAL): one RAISED entry;</li>
     *   <li>back to OK from WARNING or CRITICAL: one quiet RECOVERED entry;</li>
     *   <li>the same level, CRITICAL→WARNING, or UNKNOWN: nothing (UNKNOWN also keeps the last level).</li>
     * </ul>
     * Entries for a snoozed key are recorded with {@link Alert#silenced()} set.
     *
     * @return the entries recorded now: empty or one
     */
    public List<Alert> observe(String source, String key, AlertLevel level, String title, String detail) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(title, "title");
        if (level == AlertLevel.UNKNOWN) {
            return List.of();
        }
        Alert recorded;
        synchronized (this) {
            ObservedKey id = new ObservedKey(source, key);
            AlertLevel previous = levels.getOrDefault(id, AlertLevel.OK);
            if (level == previous) {
                return List.of();
            }
            Instant now = clock.instant();
            KeyLevel newLevel = new KeyLevel(source, key, level.name(), now);
            AlertRecord.Kind kind;
            if (level.isWorseThan(previous)) {
                kind = AlertRecord.Kind.RAISED;
            } else if (level == AlertLevel.OK) {
                kind = AlertRecord.Kind.RECOVERED;
            } else {
                // eased but still alerting (CRITICAL→WARNING): remember it so a relapse raises again
                history.saveLevel(newLevel);
                levels.put(id, level);
                return List.of();
            }
            recorded = Alert.from(history.append(
                    AlertRecord.of(source, key, level.name(), kind, title, detail, now, isSnoozed(key, now)), newLevel));
            levels.put(id, level);
        }
        notifyRecorded(recorded);
        return List.of(recorded);
    }

    /**
     * Raises a one-off event ("Morning routine: 2 items open", "Incident #12 SLA breached"). It is
     * dropped when the same source and key raised at this level or worse within the dedupe window,
     * so a check that runs every refresh does not repeat itself.
     *
     * @param level WARNING or CRITICAL
     * @return the recorded alert, or empty when de-duplicated
     */
    public Optional<Alert> raise(String source, String key, AlertLevel level, String title, String detail) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        if (level == null || !level.isAlerting()) {
            throw new IllegalArgumentException("An alert is raised at WARNING or CRITICAL, not " + level + ".");
        }
        Alert recorded;
        synchronized (this) {
            Instant now = clock.instant();
            Optional<AlertRecord> recent = history.lastRaisedSince(source, key, now.minus(dedupeWindow));
            if (recent.isPresent() && !level.isWorseThan(AlertLevel.valueOf(recent.get().level()))) {
                return Optional.empty();
            }
            recorded = Alert.from(history.append(
                    AlertRecord.of(source, key, level.name(), AlertRecord.Kind.RAISED, title, detail, now, isSnoozed(key, now))));
        }
        notifyRecorded(recorded);
        return Optional.of(recorded);
    }

    /**
     * Acknowledges an alert in the name of {@code who}; the first acknowledgement stands.
     *
     * @return false when there is no such alert or it was already acknowledged
     */
    public boolean acknowledge(long id, String who) {
        Objects.requireNonNull(who, "who");
        if (!history.acknowledge(id, who, clock.instant())) {
            return false;
        }
        Optional<Alert> acknowledged = history.find(id).map(Alert::from);
        acknowledged.ifPresent(a -> delivery.execute(() -> listeners.forEach(l -> l.alertAcknowledged(a))));
        return true;
    }

    /** Silences a key (in every source) until {@code until}: entries are still recorded, without toasts. */
    public synchronized void snooze(String key, Instant until) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(until, "until");
        history.snooze(key, until, clock.instant());
        snoozes.put(key, until);
    }

    /** Snoozes a key for a while from now; returns when the snooze ends. */
    public Instant snoozeFor(String key, Duration duration) {
        Instant until = clock.instant().plus(duration);
        snooze(key, until);
        return until;
    }

    public Instant snoozeOneHour(String key) {
        return snoozeFor(key, Duration.ofHours(1));
    }

    public Instant snoozeFourHours(String key) {
        return snoozeFor(key, Duration.ofHours(4));
    }

    /** Snoozes a key until the next local midnight in {@code zone} (the start of tomorrow, DST-aware). */
    public Instant snoozeUntilTomorrow(String key, ZoneId zone) {
        Instant until = clock.instant().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        snooze(key, until);
        return until;
    }

    /** Ends a snooze early. */
    public synchronized void unsnooze(String key) {
        history.unsnooze(key);
        snoozes.remove(key);
    }

    /** When the key's snooze ends, if it is snoozed now. */
    public synchronized Optional<Instant> snoozedUntil(String key) {
        Instant now = clock.instant();
        return isSnoozed(key, now) ? Optional.of(snoozes.get(key)) : Optional.empty();
    }

    /** The last level observed for a key (OK when never observed). */
    public synchronized AlertLevel level(String source, String key) {
        return levels.getOrDefault(new ObservedKey(source, key), AlertLevel.OK);
    }

    /** The newest {@code limit} history entries, newest first. */
    public List<Alert> history(int limit) {
        return history.recent(limit).stream().map(Alert::from).toList();
    }

    /** Raised alerts nobody acknowledged yet, newest first. */
    public List<Alert> unacknowledged() {
        return history.unacknowledged().stream().map(Alert::from).toList();
    }

    public void addListener(AlertListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(AlertListener listener) {
        listeners.remove(listener);
    }

    private boolean isSnoozed(String key, Instant now) {
        Instant until = snoozes.get(key);
        if (until == null) {
            return false;
        }
        if (now.isBefore(until)) {
            return true;
        }
        snoozes.remove(key); // expired; the stored row is swept the next time snoozes are loaded
        return false;
    }

    private void notifyRecorded(Alert alert) {
        delivery.execute(() -> listeners.forEach(l -> l.alertRecorded(alert)));
    }
}
