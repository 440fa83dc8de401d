package io.liveops.console.incident.core;
import io.liveops.console.alert.core.AlertHistoryRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.testkit.PostgresTestServer;
import java.time.Duration;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("postgres")
class IncidentRepositoryTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final SeverityPolicy sage = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, null).value();

    private IncidentService service(StateStore store) {
        return new IncidentService(new IncidentRepository(store), clock, sage, new AlertCenter(new AlertHistoryRepository(store), clock));
    }

    @Test
    void sqliteRoundTripKeepsEveryFieldAndTheTimeline() {
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            IncidentService s = service(store);
            Incident i = s.declare(ActionId.random(), "  Chat down ", Severity.P1, "chat", "no messages", "");
            assertThat(i.id()).isNotNull();
            assertThat(i.version()).isEqualTo(1);
            assertThat(i.title()).isEqualTo("Chat down");
            clock.advance(Duration.ofMinutes(5));
            i = s.move(ActionId.random(), i, Status.IDENTIFIED);
            i = s.setRunbook(ActionId.random(), i, Runbook.CODE_ROLLBACK, true, false);
            i = s.setRunbook(ActionId.random(), i, Runbook.CODE_ROLLBACK, true, true);
            s.addNote(ActionId.random(), i, "Looking at the queue");
            Incident stored = new IncidentRepository(store).find(i.id()).orElseThrow();
            assertThat(stored.status()).isEqualTo(Status.IDENTIFIED);
            assertThat(stored.acknowledgedAt()).isEqualTo(clock.instant());
            assertThat(stored.runbooks()).containsExactly(Runbook.CODE_ROLLBACK);
            assertThat(stored.runbooksDone()).containsExactly(Runbook.CODE_ROLLBACK);
            assertThat(stored.version()).isEqualTo(i.version() + 1); // the note bumped it
            assertThat(s.timeline(stored)).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.DECLARED,
                    TimelineEntry.Kind.ACKNOWLEDGED, TimelineEntry.Kind.STATUS, TimelineEntry.Kind.RUNBOOK, TimelineEntry.Kind.RUNBOOK,
                    TimelineEntry.Kind.NOTE);
        }
    }

    @Test
    void emptyTitleIsRefusedWithASpecificMessage() {
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            assertThatThrownBy(() -> service(store).declare(ActionId.random(), "   ", Severity.P2, "chat", "x", ""))
                    .isInstanceOf(IncidentValidationException.class).hasMessageContaining("Give the incident a title");
            assertThat(service(store).all()).isEmpty();
        }
    }

    @Test
    void breachesAndDueUpdatesRaiseAlertsOnce() {
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            IncidentService s = service(store);
            s.declare(ActionId.random(), "Portfolio broken", Severity.P1, "portfolio", "", "");
            clock.advance(Duration.ofMinutes(30));
            assertThat(s.checkTimers(s.all())).isEqualTo(1); // the update is due
            assertThat(s.checkTimers(s.all())).isZero();
            clock.advance(Duration.ofMinutes(30));
            assertThat(s.checkTimers(s.all())).isEqualTo(1); // 1 h: response breached; the overdue update was already raised
            assertThat(new AlertHistoryRepository(store).recent(10)).extracting(r -> r.title())
                    .anyMatch(t -> t.contains("not acknowledged in time"));
        }
    }

    /** Two consoles on one team database: changes show up through the fingerprint, and conflicting edits fail loudly. */
    @Test
    void teamModeTwoStoresShareOneBoardWithOptimisticLocking() {
        String url = PostgresTestServer.createDatabase();
        try (StateStore a = StateStore.openPostgres(url, null, null, clock);
             StateStore b = StateStore.openPostgres(url, null, null, clock)) {
            assertThat(a.teamMode()).isTrue();
            IncidentService sa = service(a);
            IncidentService sb = service(b);
            String before = sb.fingerprint();
            Incident fromA = sa.declare(ActionId.random(), "Login fails", Severity.P0, "login", "", "");
            assertThat(sb.fingerprint()).isNotEqualTo(before);
            Incident inB = sb.all().get(0);
            assertThat(inB.title()).isEqualTo("Login fails");

            Incident movedByA = sa.move(ActionId.random(), fromA, Status.IDENTIFIED);
            assertThatThrownBy(() -> sb.changeSeverity(ActionId.random(), inB, Severity.P1))
                    .isInstanceOf(ConcurrentEditException.class)
                    .hasMessageContaining("changed by someone else — reload");
            Incident reloaded = sb.reload(inB);
            assertThat(reloaded.status()).isEqualTo(Status.IDENTIFIED);
            Incident bumped = sb.changeSeverity(ActionId.random(), reloaded, Severity.P1);
            assertThat(bumped.severity()).isEqualTo(Severity.P1);
            assertThatThrownBy(() -> sa.move(ActionId.random(), movedByA, Status.MONITORING)).isInstanceOf(ConcurrentEditException.class);
            Incident finalA = sa.reload(movedByA);
            assertThat(finalA.severity()).isEqualTo(Severity.P1);
            assertThat(finalA.status()).isEqualTo(Status.IDENTIFIED);
            assertThat(sa.timeline(finalA)).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.DECLARED,
                    TimelineEntry.Kind.ACKNOWLEDGED, TimelineEntry.Kind.STATUS, TimelineEntry.Kind.SEVERITY);
        }
    }
}
