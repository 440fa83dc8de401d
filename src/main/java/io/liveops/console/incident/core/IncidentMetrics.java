package io.liveops.console.incident.core;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mean time to acknowledge (MTTA) and to resolve (MTTR) per severity over the incidents declared in
 * a window. Means are plain arithmetic over durations from declaration; incidents not yet
 * acknowledged or resolved are left out of the respective mean, and counted in {@code open}.
 */
public final class IncidentMetrics {

    public record Stat(int declared, int open, Optional<Duration> mtta, Optional<Duration> mttr) {}

    private IncidentMetrics() {
    }

    public static Map<Severity, Stat> of(List<Incident> incidents, Instant now, Duration window) {
        Instant since = now.minus(window);
        Map<Severity, Stat> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            List<Incident> in = incidents.stream()
                    .filter(i -> i.severity() == s && !i.declaredAt().isBefore(since) && !i.declaredAt().isAfter(now)).toList();
            out.put(s, new Stat(in.size(), (int) in.stream().filter(i -> !i.resolved()).count(),
                    mean(in.stream().filter(i -> i.acknowledgedAt() != null).map(i -> Duration.between(i.declaredAt(), i.acknowledgedAt())).toList()),
                    mean(in.stream().filter(i -> i.resolvedAt() != null).map(i -> Duration.between(i.declaredAt(), i.resolvedAt())).toList())));
        }
        return out;
    }

    private static Optional<Duration> mean(List<Duration> ds) {
        if (ds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ds.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(ds.size()));
    }
}
