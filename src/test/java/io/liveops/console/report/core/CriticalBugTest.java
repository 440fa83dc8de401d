package io.liveops.console.report.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CriticalBugTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static Incident incident(long id, Severity s, String declared, String resolved) {
        Incident i = new Incident(id, 1, "Incident " + id, s, resolved == null ? Status.INVESTIGATING : Status.RESOLVED, "", "", "", "", "", "",
                Instant.parse(declared), null, resolved == null ? null : Instant.parse(resolved), null, List.of(), Set.of(), null);
        return i;
    }

    @Test
    void p0AndP1DeclaredInTheWeekOfTheDirectorsZoneOldestFirst() {
        // 2025-W47 in Seoul: Monday 11-17 00:00 KST = 11-16 15:00 UTC, to Monday 11-24 00:00 KST = 11-23 15:00 UTC
        List<Incident> board = List.of(
                incident(1, Severity.P0, "2025-11-16T14:59:59Z", null),                     // Sunday 23:59:59 KST: the week before
                incident(2, Severity.P1, "2025-11-16T15:00:00Z", "2025-11-16T17:30:00Z"),   // Monday 00:00 KST: in
                incident(3, Severity.P2, "2025-11-18T10:00:00Z", null),                     // P2: not critical
                incident(4, Severity.P0, "2025-11-23T14:59:59Z", null),                     // Sunday 23:59:59 KST: in, still open
                incident(5, Severity.P0, "2025-11-23T15:00:00Z", null),                     // next Monday 00:00 KST: out
                incident(6, Severity.P0, "2025-11-20T09:00:00Z", "2025-11-21T10:05:00Z"));  // in
        List<CriticalBug> bugs = CriticalBug.of(board, IsoWeek.parse("2025-W47"), SEOUL);
        assertThat(bugs).extracting(CriticalBug::id).containsExactly(2L, 6L, 4L);
        assertThat(bugs.get(0).timeToResolve()).isEqualTo(Duration.ofMinutes(150));
        assertThat(bugs.get(0).status()).isEqualTo("Resolved");
        assertThat(bugs.get(2).timeToResolve()).isNull();
        assertThat(ReportMarkdown.bugLine(bugs.get(1))).isEqualTo("P0 #6 Incident 6: Resolved, 25 h 5 min to resolve");
        assertThat(ReportMarkdown.bugLine(bugs.get(2))).isEqualTo("P0 #4 Incident 4: Investigating, not resolved yet");
    }
}
