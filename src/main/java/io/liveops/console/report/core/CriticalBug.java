package io.liveops.console.report.core;

import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A P0 or P1 incident of the board declared in the report's week, as the report lists it (and keeps it once saved).
 *
 * @param severity   "P0" or "P1"
 * @param status     the board column when the report was made ("Resolved", "Investigating", …)
 * @param resolvedAt null while it is open
 */
public record CriticalBug(long id, String title, String severity, String status, Instant declaredAt, Instant resolvedAt) {

    public CriticalBug {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(declaredAt, "declaredAt");
    }

    /** From declaration to resolution; null while open. */
    public Duration timeToResolve() {
        return resolvedAt == null ? null : Duration.between(declaredAt, resolvedAt);
    }

    /**
     * The P0 and P1 incidents declared from the week's Monday 00:00 to the next Monday 00:00 in the director's zone (the
     * board shows incidents in that zone), oldest first.
     */
    public static List<CriticalBug> of(List<Incident> incidents, IsoWeek week, ZoneId zone) {
        Instant from = week.monday().atStartOfDay(zone).toInstant();
        Instant until = week.next().monday().atStartOfDay(zone).toInstant();
        return incidents.stream()
                .filter(i -> i.id() != null && (i.severity() == Severity.P0 || i.severity() == Severity.P1))
                .filter(i -> !i.declaredAt().isBefore(from) && i.declaredAt().isBefore(until))
                .sorted(Comparator.comparing(Incident::declaredAt).thenComparing(Incident::id))
                .map(i -> new CriticalBug(i.id(), i.title(), i.severity().name(), i.status().label(), i.declaredAt(), i.resolvedAt()))
                .toList();
    }
}
