package io.liveops.console.incident.ui;
import io.liveops.console.alert.core.AlertHistoryRepository;

import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.Status;
import io.liveops.console.incident.core.TemplateKind;
import io.liveops.console.incident.core.Templates;
import io.liveops.console.incident.core.TimelineEntry;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.testkit.PostgresTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentBoardViewModelTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00Z");
    private final SeverityPolicy sage = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, null).value();
    private final List<String> clipboard = new ArrayList<>();

    private IncidentBoardViewModel vm(StateStore store, ManualScheduler scheduler) {
        IncidentService service = new IncidentService(new IncidentRepository(store), clock, sage, new AlertCenter(new AlertHistoryRepository(store), clock));
        IncidentBoardViewModel vm = new IncidentBoardViewModel(service, new Templates(dir.resolve("templates")), new CurrentThreadTaskExecutor(),
                scheduler, clock, ZoneId.of("UTC"), clipboard::add, (t, name) -> Optional.of(new io.liveops.console.shared.ExportFile(dir.resolve(name))), p -> SeverityPolicy.load(p, dir));
        vm.start();
        return vm;
    }

    private static void declare(IncidentBoardViewModel vm, String title, Severity s) {
        vm.formTitleProperty().set(title);
        vm.formSeverityProperty().set(s);
        vm.declare();
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

            vm.noteTextProperty().set("We found the broken queue worker.");
            vm.postUpdate();
            assertThat(card.updateDueProperty().get()).isFalse();
            assertThat(card.updateProperty().get()).isEqualTo("Next update due in 30:00");
            assertThat(vm.timeline()).extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.UPDATE);
            vm.stop();
        }
    }

    @Test
    void badInputKeepsWhatWasTypedAndNamesTheProblem() throws Exception {
        ManualScheduler s = new ManualScheduler(clock);
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            IncidentBoardViewModel vm = vm(store, s);
            vm.formFeatureProperty().set("chat");
            vm.formDescriptionProperty().set("nobody gets messages");
            vm.declare();
            assertThat(vm.formErrorProperty().get()).contains("Give the incident a title");
            assertThat(vm.formFeatureProperty().get()).isEqualTo("chat");
            assertThat(vm.formDescriptionProperty().get()).isEqualTo("nobody gets messages");
            assertThat(vm.cards()).isEmpty();

            declare(vm, "Chat down", Severity.P2);
            vm.selectedProperty().set(vm.cards().get(0));
            Files.createDirectories(dir.resolve("templates"));
            Files.writeString(dir.resolve("templates").resolve("twitter.txt"), "Trouble with {{feature today");
            vm.openTemplate(TemplateKind.TWITTER);
            assertThat(vm.previewInfoProperty().get()).contains("twitter.txt line 1, column 14").contains("not closed with }}");
            assertThat(vm.previewKindProperty().get()).isEqualTo(TemplateKind.TWITTER);

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
            vm.openPostMortem();
            assertThat(vm.messageProperty().get()).contains("once the incident is resolved");
            assertThat(vm.postMortemOpenProperty().get()).isFalse();
            vm.resolveSelected();
            vm.openPostMortem();
            assertThat(vm.postMortemOpenProperty().get()).isTrue();
            vm.postMortemTextProperty().set(vm.postMortemTextProperty().get() + "\nRoot cause confirmed.\n");
            vm.exportPostMortem();
            assertThat(Files.readString(dir.resolve("post-mortem-1.md"))).startsWith("# Post-mortem: #1 Chat down").endsWith("Root cause confirmed.\n");
            vm.copyPostMortem();
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
            assertThat(vm.metricsProperty().get()).startsWith("Last 30 days: P0 0 incidents")
                    .contains("P1 1 incidents, MTTA 10 min, MTTR 1 h 0 min");
            vm.historySeverityProperty().set(Severity.P3);
            assertThat(vm.history()).extracting(Incident::title).containsExactly("Typo on shop page");
            vm.historySeverityProperty().set(null);
            vm.historyTextProperty().set("chat");
            assertThat(vm.history()).extracting(Incident::title).containsExactly("Chat down");
            vm.stop();
        }
    }

    @Test
    void anIncidentDeclaredElsewhereIsReadAndSelectedWhenOpened() {
        ManualScheduler s = new ManualScheduler(clock);
        try (StateStore store = StateStore.openSqlite(dir.resolve("state.db"), clock)) {
            IncidentBoardViewModel vm = vm(store, s);
            // the Economy tab declares through the console's IncidentService, then asks the board to show it
            long id = new IncidentService(new IncidentRepository(store), clock, sage, null)
                    .declare("Economy exploit suspected", Severity.P1, "economy", "28 fraud flags").id();
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
