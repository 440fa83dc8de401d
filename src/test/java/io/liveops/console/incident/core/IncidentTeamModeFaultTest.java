package io.liveops.console.incident.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.liveops.console.state.StateStore;
import io.liveops.console.state.StateStoreException;
import io.liveops.console.testkit.CommitCuttingProxy;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.testkit.PostgresFaults;
import io.liveops.console.testkit.PostgresTestServer;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team mode on a real PostgreSQL server when the connection dies under a save (issue 18, 15 and 16). */
@Tag("postgres")
class IncidentTeamModeFaultTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final SeverityPolicy sage = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, null).value();

    private IncidentService service(StateStore store) {
        return new IncidentService(new IncidentRepository(store), clock, sage, null);
    }

    private static long count(IncidentService s, Incident i, TimelineEntry.Kind kind) {
        return s.timeline(i).stream().filter(e -> e.kind() == kind).count();
    }

    @Test
    void aConnectionTerminatedMidSaveGivesTheRealCauseAndStoresNothing() {
        String url = PostgresTestServer.createDatabase();
        try (StateStore store = StateStore.openPostgres(url, null, null, clock)) {
            PostgresFaults.terminateConnectionOnInsert(url, "incident_timeline", "text", "terminate me");
            IncidentService s = service(store);
            Incident i = s.declare(ActionId.random(), "Chat down", Severity.P1, "chat", "", "");

            StateStoreException e = catchThrowableOfType(StateStoreException.class, () -> s.addNote(ActionId.random(), i, "terminate me"));
            assertThat(e).hasMessage("Could not add a note to incident #" + i.id()
                    + ": the team database restarted (the server ended the connection).");
            assertThat(e.connectionLost()).isTrue();
            assertThat(e.getCause()).isInstanceOf(SQLException.class).hasMessageContaining("terminating connection due to administrator command");
            assertThat(e.getCause().getSuppressed()).isNotEmpty();

            assertThat(count(s, i, TimelineEntry.Kind.NOTE)).isZero();
            s.addNote(ActionId.random(), i, "After the restart");
            assertThat(count(s, i, TimelineEntry.Kind.NOTE)).isOne();
        }
    }

    @Test
    void anActionRetriedAfterAnAmbiguousCommitIsStoredOnce() throws Exception {
        String url = PostgresTestServer.createDatabase();
        try (CommitCuttingProxy proxy = CommitCuttingProxy.to(url); StateStore store = StateStore.openPostgres(proxy.url(url), null, null, clock)) {
            IncidentService s = service(store);
            Incident i = s.declare(ActionId.random(), "Chat down", Severity.P1, "chat", "", "");

            ActionId note = ActionId.random();
            proxy.cutAfterNextCommit();
            StateStoreException e = catchThrowableOfType(StateStoreException.class, () -> s.addNote(note, i, "Rolled back to 2.2"));
            assertThat(e.connectionLost()).isTrue();
            assertThat(e).hasMessageContaining("the connection to the team database was lost");
            assertThat(s.incidentOfAction(note)).contains(i.id()); // committed all the same
            s.addNote(note, i, "Rolled back to 2.2"); // the retry
            assertThat(s.timeline(i)).filteredOn(t -> t.kind() == TimelineEntry.Kind.NOTE).extracting(TimelineEntry::text)
                    .containsExactly("Rolled back to 2.2");

            // a versioned change retried from the version it was based on is not refused as someone else's change
            Incident base = s.reload(i);
            ActionId move = ActionId.random();
            proxy.cutAfterNextCommit();
            assertThat(catchThrowableOfType(StateStoreException.class, () -> s.move(move, base, Status.IDENTIFIED)).connectionLost()).isTrue();
            Incident retried = s.move(move, base, Status.IDENTIFIED);
            assertThat(retried.status()).isEqualTo(Status.IDENTIFIED);
            assertThat(count(s, i, TimelineEntry.Kind.STATUS)).isOne();
        }
    }

    /** The unique constraint holds on SQLite too: the same action twice is one entry. */
    @Test
    void theSameActionTwiceIsOneEntryOnSqlite() {
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            IncidentService s = service(store);
            ActionId declare = ActionId.random();
            Incident i = s.declare(declare, "Chat down", Severity.P1, "chat", "", "");
            assertThat(s.declare(declare, "Chat down", Severity.P1, "chat", "", "").id()).isEqualTo(i.id());
            ActionId note = ActionId.random();
            s.addNote(note, i, "Looking at the queue");
            s.addNote(note, i, "Looking at the queue");
            assertThat(s.all()).hasSize(1);
            assertThat(count(s, i, TimelineEntry.Kind.NOTE)).isOne();
        }
    }
}
