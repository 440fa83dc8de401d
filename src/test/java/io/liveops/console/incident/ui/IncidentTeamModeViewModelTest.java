package io.liveops.console.incident.ui;

import static io.liveops.console.incident.ui.BoardFixture.declare;
import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.TimelineEntry;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.CommitCuttingProxy;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.PostgresFaults;
import io.liveops.console.testkit.PostgresTestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the director reads when the team database drops the connection under a save (issue 18, 15 and 16). */
@Tag("postgres")
class IncidentTeamModeViewModelTest {

    @TempDir
    Path dir;

    private BoardFixture fixture;
    private ManualScheduler scheduler;

    @BeforeEach
    void fixture() {
        fixture = new BoardFixture(dir);
        scheduler = new ManualScheduler(fixture.clock);
    }

    private static long notes(IncidentBoardViewModel vm) {
        return vm.detail().timeline().stream().filter(e -> e.kind() == TimelineEntry.Kind.NOTE).count();
    }

    @Test
    void aRestartMidSaveIsSaidInWordsAndTheBoardIsReloaded() {
        String url = PostgresTestServer.createDatabase();
        try (StateStore store = StateStore.openPostgres(url, null, null, fixture.clock)) {
            PostgresFaults.terminateConnectionOnInsert(url, "incident_timeline", "text", "Rolled back");
            IncidentBoardViewModel vm = fixture.vm(store, scheduler);
            declare(vm, "Chat down", Severity.P1);
            vm.detail().noteTextProperty().set("Rolled back");
            vm.detail().addNote();
            assertThat(vm.messageProperty().get()).isEqualTo("Could not add a note to incident #1: the team database restarted "
                    + "(the server ended the connection); the board was reloaded and your note is not on it: do it again.");
            assertThat(vm.detail().noteTextProperty().get()).isEqualTo("Rolled back"); // nothing typed is lost
            assertThat(vm.cards()).hasSize(1);
            assertThat(notes(vm)).isZero();
            vm.stop();
        }
    }

    /**
     * A commit whose answer was lost: the board is read again and says the note is on it. When even that
     * read fails, the director tries again later, and the note that had been committed is stored once.
     */
    @Test
    void aNoteWhoseCommitAnswerWasLostIsFoundOnTheBoardOrStoredOnceWhenRetried() throws Exception {
        String url = PostgresTestServer.createDatabase();
        try (CommitCuttingProxy proxy = CommitCuttingProxy.to(url);
             StateStore store = StateStore.openPostgres(proxy.url(url), null, null, fixture.clock)) {
            IncidentBoardViewModel vm = fixture.vm(store, scheduler);
            declare(vm, "Chat down", Severity.P1);
            vm.detail().noteTextProperty().set("Rolled back to 2.2");
            proxy.cutAfterNextCommit();
            vm.detail().addNote();
            assertThat(vm.messageProperty().get()).startsWith("Could not add a note to incident #1: the connection to the team database was lost")
                    .endsWith("; the board was reloaded and your note is on it.");
            assertThat(vm.detail().noteTextProperty().get()).isEmpty();
            assertThat(notes(vm)).isOne();

            vm.detail().noteTextProperty().set("Workers restarted");
            proxy.cutAfterNextCommitThenRefuse();
            vm.detail().addNote();
            assertThat(vm.messageProperty().get()).contains("the board could not be reloaded")
                    .endsWith("Try again in a moment: the same action is never stored twice.");
            assertThat(vm.detail().noteTextProperty().get()).isEqualTo("Workers restarted");

            proxy.reachable();
            vm.detail().addNote();
            assertThat(vm.messageProperty().get()).isEqualTo("Note added.");
            assertThat(vm.detail().timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.NOTE).extracting(TimelineEntry::text)
                    .containsExactly("Rolled back to 2.2", "Workers restarted");
            vm.stop();
        }
    }
}
