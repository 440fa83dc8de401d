package io.liveops.console.incident.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The countdowns of one incident under a policy, computed from instants only (the caller passes
 * "now" from its injected clock). A target is breached AT its deadline: "respond within 1 h" is
 * missed by a response at 1:00:00, so a deadline equal to now counts as breached.
 */
public final class SlaClock {

    /**
     * @param respondLeft    time left to acknowledge (negative once overdue); empty once acknowledged
     * @param respondBreached acknowledged late, or not acknowledged by the deadline
     * @param resolveLeft    time left to resolve; empty when the severity has no target or it is resolved
     * @param resolveBreached resolved late, or not resolved by the deadline
     * @param nextUpdateIn   time until the next promised update (negative when due); empty without a cadence or once resolved
     */
    public record Sla(Optional<Duration> respondLeft, boolean respondBreached, Optional<Duration> resolveLeft,
                      boolean resolveBreached, Optional<Duration> nextUpdateIn, Instant nextUpdateAt) {

        public boolean breached() {
            return respondBreached || resolveBreached;
        }

        public boolean updateDue() {
            return nextUpdateIn.map(d -> !d.isPositive()).orElse(false);
        }
    }

    private SlaClock() {
    }

    public static Sla of(Incident incident, SeverityPolicy.Rule rule, Instant now) {
        Instant declared = incident.declaredAt();
        Instant respondBy = declared.plus(rule.respondWithin());
        Optional<Duration> respondLeft;
        boolean respondBreached;
        if (incident.acknowledgedAt() != null) {
            respondLeft = Optional.empty();
            respondBreached = !incident.acknowledgedAt().isBefore(respondBy);
        } else {
            respondLeft = Optional.of(Duration.between(now, respondBy));
            respondBreached = !now.isBefore(respondBy);
        }

        Optional<Duration> resolveLeft = Optional.empty();
        boolean resolveBreached = false;
        if (rule.resolveWithin() != null) {
            Instant resolveBy = declared.plus(rule.resolveWithin());
            if (incident.resolvedAt() != null) {
                resolveBreached = !incident.resolvedAt().isBefore(resolveBy);
            } else {
                resolveLeft = Optional.of(Duration.between(now, resolveBy));
                resolveBreached = !now.isBefore(resolveBy);
            }
        }

        Optional<Duration> nextUpdateIn = Optional.empty();
        Instant nextUpdateAt = null;
        if (rule.updateEvery() != null && !incident.resolved()) {
            Instant last = incident.lastUpdateAt() == null ? declared : incident.lastUpdateAt();
            nextUpdateAt = last.plus(rule.updateEvery());
            nextUpdateIn = Optional.of(Duration.between(now, nextUpdateAt));
        }
        return new Sla(respondLeft, respondBreached, resolveLeft, resolveBreached, nextUpdateIn, nextUpdateAt);
    }

    /** "mm:ss" below an hour, "h:mm:ss" above, "-mm:ss" when overdue. */
    public static String countdown(Duration d) {
        String sign = d.isNegative() ? "-" : "";
        Duration a = d.abs();
        long h = a.toHours();
        return h > 0
                ? String.format(java.util.Locale.ROOT, "%s%d:%02d:%02d", sign, h, a.toMinutesPart(), a.toSecondsPart())
                : String.format(java.util.Locale.ROOT, "%s%02d:%02d", sign, a.toMinutesPart(), a.toSecondsPart());
    }

    /** A short age like "3 h 12 min" or "45 min". */
    public static String age(Duration d) {
        long days = d.toDays();
        if (days > 0) {
            return days + " d " + d.toHoursPart() + " h";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return Math.max(0, d.toMinutes()) + " min";
    }
}
