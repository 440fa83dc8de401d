package io.liveops.console.incident.ui;
import io.liveops.console.alert.core.AlertHistoryRepository;

import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.Status;
import io.liveops.console.incident.core.TemplateKind;
import io.liveops.console.incident.core.TimelineEntry;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.testkit.PostgresTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("postgres")
class IncidentBoardViewModelTest {

    @TempDir
    Path dir;

    private BoardFixture fixture;
    private MutableClock clock;
    private List<String> clipboard;

    @BeforeEach
    void fixture() {
        fixture = new BoardFixture(dir);
        clock = fixture.clock;
        clipboard = fixture.clipboard;
    }

    private IncidentBoardViewModel vm(StateStore store, ManualScheduler scheduler) {
        return fixture.vm(store, scheduler);
    }

    private static void declare(IncidentBoardViewModel vm, String title, Severity s) {
        BoardFixture.declare(vm, title, s);
    }

    /** Two consoles on the team database: a change in one shows in the other on the next one-second poll. */
    @Test
    void teamModeBoardsFollowEachOtherWithinTwoSecondsAndConflictsSayReload() {
        String url = PostgresTestServer.createDatabase();
        ManualScheduler sa = new ManualScheduler(clock);
        ManualScheduler sb = new ManualScheduler(clock);
        try (StateStore a = StateStore.openPostgres(url, null, null, clock); StateStore b = StateStore.openPostgres(url, null, null, clock)) {
            IncidentBoardViewModel va = vm(a, sa);
            IncidentBoardViewModel vb = vm(b, sb);
            declare(va, "Login fails", Severity.P0);
            assertThat(vb.cards()).isEmpty();
            sb.advance(Duration.ofSeconds(1));
            assertThat(vb.cards()).extracting(c -> c.incident().title()).containsExactly("Login fails");

            IncidentCard inA = va.cards().get(0);
            IncidentCard inB = vb.cards().get(0);
            va.move(inA, Status.IDENTIFIED);
            vb.move(inB, Status.MONITORING); // B has not polled since A's move
            assertThat(vb.messageProperty().get()).contains("changed by someone else — reload");
            // the conflict reloaded B's board: it shows A's move, nothing was overwritten
            assertThat(vb.cards().get(0).incident().status()).isEqualTo(Status.IDENTIFIED);
            sa.advance(Duration.ofSeconds(1));
            assertThat(va.cards().get(0).incident().status()).isEqualTo(Status.IDENTIFIED);
            va.stop();
            vb.stop();
        }
    }

    @Test
    void updateDueRaisesAToastAlertAndPostingAnUpdateResetsTheCountdown() {
        ManualScheduler s = new ManualScheduler(clock);
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            IncidentBoardViewModel vm = vm(store, s);
            declare(vm, "Chat down", Severity.P1);
            IncidentCard card = vm.cards().get(0);
            vm.selectedProperty().set(card);
            s.advance(Duration.ofMinutes(29));
            assertThat(card.updateProperty().get()).isEqualTo("Next update due in 01:00");
            s.advance(Duration.ofMinutes(1));
            assertThat(card.updateDueProperty().get()).isTrue();
            assertThat(new AlertHistoryRepository(store).recent(5)).extracting(r -> r.title()).containsExactly("Update due for #1: Chat down");

            vm.detail().noteTextProperty().set("We found the broken queue worker.");
            vm.detail().postUpdate();
            assertThat(card.updateDueProperty().get()).isFalse();
            assertThat(card.updateProperty().get()).isEqualTo("Next update due in 30:00");
            assertThat(vm.detail().timeline()).extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.UPDATE);
            vm.stop();
        }
    }

    @Test
    void badInputKeepsWhatWasTypedAndNamesTheProblem() throws Exception {
        ManualScheduler s = new ManualScheduler(clock);
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            IncidentBoardViewModel vm = vm(store, s);
            vm.form().featureProperty().set("chat");
            vm.form().descriptionProperty().set("nobody gets messages");
            vm.form().declare();
            assertThat(vm.form().errorProperty().get()).contains("Give the incident a title");
            assertThat(vm.form().featureProperty().get()).isEqualTo("chat");
            assertThat(vm.form().descriptionProperty().get()).isEqualTo("nobody gets messages");
            assertThat(vm.cards()).isEmpty();

            declare(vm, "Chat down", Severity.P2);
            vm.selectedProperty().set(vm.cards().get(0));
            Files.createDirectories(dir.resolve("templates"));
            Files.writeString(dir.resolve("templates").resolve("twitter.txt"), "Trouble with {{feature today");
            vm.preview().open(TemplateKind.TWITTER);
            assertThat(vm.preview().infoProperty().get()).contains("twitter.txt line 1, column 14").contains("not closed with }}");
            assertThat(vm.preview().kindProperty().get()).isEqualTo(TemplateKind.TWITTER);

            Files.writeString(SeverityPolicy.Preset.GAME.userFile(dir), "{\"name\": \"x\", \"severities\": {\"P9\": {\"respondWithin\": \"PT1H\"}}}");
            vm.presetProperty().set(SeverityPolicy.Preset.GAME);
            assertThat(vm.messageProperty().get()).contains("Game team defaults are in use").contains("unknown severity 'P9'");
            assertThat(vm.policy().name()).isEqualTo("Game team");
            vm.stop();
        }
    }

    @Test
    void postMortemIsExportedToTheChosenFileAndCopied() throws Exception {
        ManualScheduler s = new ManualScheduler(clock);
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            IncidentBoardViewModel vm = vm(store, s);
            declare(vm, "Chat down", Severity.P1);
            IncidentCard card = vm.cards().get(0);
            vm.selectedProperty().set(card);
            vm.postMortem().openEditor();
            assertThat(vm.messageProperty().get()).contains("once the incident is resolved");
            assertThat(vm.postMortem().openProperty().get()).isFalse();
            BoardFixture.resolve(vm, "Restarted the chat workers");
            vm.postMortem().openEditor();
            assertThat(vm.postMortem().openProperty().get()).isTrue();
            vm.postMortem().textProperty().set(vm.postMortem().textProperty().get() + "\nRoot cause confirmed.\n");
            vm.postMortem().export();
            assertThat(Files.readString(dir.resolve("post-mortem-1.md"))).startsWith("# Post-mortem: #1 Chat down").endsWith("Root cause confirmed.\n");
            vm.postMortem().copy();
            assertThat(clipboard).last().asString().endsWith("Root cause confirmed.\n");
            vm.stop();
        }
    }

    @Test
    void historyFiltersAndMetricsPerSeverity() {
        ManualScheduler s = new ManualScheduler(clock);
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            IncidentBoardViewModel vm = vm(store, s);
            declare(vm, "Chat down", Severity.P1);
            declare(vm, "Typo on shop page", Severity.P3);
            clock.advance(Duration.ofMinutes(10));
            vm.move(vm.cards().stream().filter(c -> c.incident().severity() == Severity.P1).findFirst().orElseThrow(), Status.IDENTIFIED);
            clock.advance(Duration.ofMinutes(50));
            vm.move(vm.cards().stream().filter(c -> c.incident().severity() == Severity.P1).findFirst().orElseThrow(), Status.RESOLVED);
            vm.resolve().noteProperty().set("Restarted the chat workers");
            vm.resolve().confirm();
            assertThat(vm.history().metricsProperty().get()).startsWith("Last 30 days: P0 0 incidents")
                    .contains("P1 1 incidents, MTTA 10 min, MTTR 1 h 0 min");
            vm.history().severityProperty().set(Severity.P3);
            assertThat(vm.history().incidents()).extracting(Incident::title).containsExactly("Typo on shop page");
            vm.history().severityProperty().set(null);
            vm.history().textProperty().set("chat");
            assertThat(vm.history().incidents()).extracting(Incident::title).containsExactly("Chat down");
            vm.stop();
        }
    }

    @Test
    void anIncidentDeclaredElsewhereIsReadAndSelectedWhenOpened() {
        ManualScheduler s = new ManualScheduler(clock);
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            IncidentBoardViewModel vm = vm(store, s);
            // the Economy tab declares through the console's IncidentService, then asks the board to show it
            long id = new IncidentService(new io.liveops.console.incident.core.IncidentRepository(store), clock,
                    SeverityPolicy.load(SeverityPolicy.Preset.SAGE, null).value(), null)
                    .declare(io.liveops.console.incident.core.ActionId.random(), "Economy exploit suspected", Severity.P1, "economy",
                            "28 fraud flags", "").id();
            assertThat(vm.select(id)).as("not on the board as last read").isFalse();
            assertThat(vm.selectedProperty().get().incident().title()).isEqualTo("Economy exploit suspected");
            assertThat(vm.messageProperty().get()).doesNotContain("History");
            vm.stop();
        }
    }

    @Test
    void anAlertAboutAnIncidentLeadsBackToItsCard() {
        ManualScheduler s = new ManualScheduler(clock);
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            IncidentBoardViewModel vm = vm(store, s);
            declare(vm, "Chat down", Severity.P1);
            declare(vm, "Store slow", Severity.P2);
            s.advance(Duration.ofMinutes(30)); // the P1's update falls due: an alert keyed by the incident
            String key = new AlertHistoryRepository(store).recent(5).stream().map(r -> r.key()).filter(k -> k.startsWith("incident-")).findFirst()
                    .orElseThrow();
            long id = IncidentService.incidentIdOf(key).orElseThrow();
            vm.selectedProperty().set(null);

            assertThat(vm.select(id)).isTrue();
            assertThat(vm.selectedProperty().get().incident().title()).isEqualTo("Chat down");
            assertThat(vm.select(999)).isFalse();
            assertThat(vm.messageProperty().get()).contains("#999").contains("History");
            assertThat(IncidentService.incidentIdOf("dau")).isEmpty();
            assertThat(IncidentService.incidentIdOf("incident-12-ack")).hasValue(12);
            vm.stop();
        }
    }
}
