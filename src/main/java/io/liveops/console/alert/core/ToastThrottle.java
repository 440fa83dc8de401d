package io.liveops.console.alert.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a storm of alerts from becoming a wall of toasts. The first alert after a quiet spell shows
 * at once and opens a window; alerts arriving inside the window are held, and when it ends they
 * become one summary toast ("7 KPIs turned critical"), which opens the next window. Pure logic on an
 * injected clock: the caller shows what {@link #offer} and {@link #flushDue} return, and calls
 * {@link #flushDue} again after {@link #timeToNextFlush()}.
 */
public final class ToastThrottle {

    /** The default window: long enough to catch one refresh's worth of breaches. */
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(10);

    /**
     * What to show.
     *
     * @param alerts the alerts behind it: one for a plain toast, several for a summary
     */
    public record Toast(String title, String text, AlertLevel level, List<Alert> alerts) {
        public Toast {
            alerts = List.copyOf(alerts);
        }

        public boolean summary() {
            return alerts.size() > 1;
        }

        /** The alert a click should jump to; empty for a summary (open the alert history instead). */
        public Optional<Alert> single() {
            return alerts.size() == 1 ? Optional.of(alerts.get(0)) : Optional.empty();
        }
    }

    private final Clock clock;
    private final Duration window;
    private final List<Alert> held = new ArrayList<>();
    private Instant windowEnd;

    public ToastThrottle(Clock clock, Duration window) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The toast window must be positive: " + window);
        }
        this.window = window;
    }

    /** How long the console gathers the alerts of its start (the first refresh judges every KPI at once). */
    public static final Duration START_UP_GATHERING = Duration.ofSeconds(30);

    /**
     * A throttle that holds everything raised in its first {@code gathering} (the start-up refresh's
     * breaches), so a start shows one summary toast instead of a first alert and then a summary.
     */
    public static ToastThrottle gatheringFirst(Clock clock, Duration window, Duration gathering) {
        ToastThrottle t = new ToastThrottle(clock, window);
        t.windowEnd = clock.instant().plus(gathering);
        return t;
    }

    /**
     * Takes a new alert. Returns a toast to show now: the alert itself after a quiet spell, or the
     * summary of a window that has just ended (the new alert is then held for the next one).
     * Alerts that are not {@link Alert#toastWorthy()} are ignored.
     */
    public synchronized Optional<Toast> offer(Alert alert) {
        if (!alert.toastWorthy()) {
            return Optional.empty();
        }
        Optional<Toast> due = flushDue();
        Instant now = clock.instant();
        if (windowEnd == null || !now.isBefore(windowEnd)) {
            windowEnd = now.plus(window);
            return Optional.of(single(alert));
        }
        held.add(alert);
        return due;
    }

    /** The summary of the held alerts once their window has ended; empty before that or when none are held. */
    public synchronized Optional<Toast> flushDue() {
        Instant now = clock.instant();
        if (windowEnd == null || now.isBefore(windowEnd)) {
            return Optional.empty();
        }
        if (held.isEmpty()) {
            windowEnd = null;
            return Optional.empty();
        }
        Toast toast = held.size() == 1 ? single(held.get(0)) : summarise(held);
        held.clear();
        windowEnd = now.plus(window);
        return Optional.of(toast);
    }

    /** How long until {@link #flushDue} has something to show; empty when nothing is held. */
    public synchronized Optional<Duration> timeToNextFlush() {
        if (held.isEmpty() || windowEnd == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), windowEnd);
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }

    private static Toast single(Alert alert) {
        String text = alert.detail() == null || alert.detail().isBlank() ? alert.source() + ": " + alert.key() : alert.detail();
        return new Toast(alert.title(), text, alert.level(), List.of(alert));
    }

    static Toast summarise(List<Alert> alerts) {
        Map<AlertLevel, Integer> byLevel = new EnumMap<>(AlertLevel.class);
        for (Alert a : alerts) {
            byLevel.merge(a.level(), 1, Integer::sum);
        }
        AlertLevel worst = alerts.stream().map(Alert::level)
                .max(Comparator.comparingInt(l -> l == AlertLevel.CRITICAL ? 2 : l == AlertLevel.WARNING ? 1 : 0))
                .orElse(AlertLevel.WARNING);
        int n = alerts.size();
        List<String> sources = alerts.stream().map(Alert::source).distinct().toList();
        String things = sources.size() == 1 ? plural(sources.get(0)) : "alerts";
        String title = byLevel.size() == 1
                ? n + " " + things + " turned " + worst.name().toLowerCase(Locale.ROOT)
                : n + " " + things + " need attention";
        StringBuilder text = new StringBuilder();
        if (byLevel.size() > 1) {
            text.append(byLevel.getOrDefault(AlertLevel.CRITICAL, 0)).append(" critical, ")
                    .append(byLevel.getOrDefault(AlertLevel.WARNING, 0)).append(" warning: ");
        }
        List<String> titles = alerts.stream().map(Alert::title).distinct().toList();
        text.append(String.join(", ", titles.subList(0, Math.min(3, titles.size()))));
        if (titles.size() > 3) {
            text.append(" and ").append(titles.size() - 3).append(" more");
        }
        return new Toast(title, text.toString(), worst, alerts);
    }

    private static String plural(String source) {
        return source.endsWith("s") ? source : source + "s";
    }
}
