package io.liveops.console.incident.ui;

import static io.liveops.console.incident.ui.BoardFixture.declare;
import static io.liveops.console.incident.ui.BoardFixture.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.incident.core.Incident;
import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.Status;
import io.liveops.console.incident.core.TemplateKind;
import io.liveops.console.incident.core.TimelineEntry;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.HeldTaskExecutor;
import io.liveops.console.testkit.ManualScheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Incidents tab as a director uses it (issue 15, items 6 and 11) and what it reads off the FX thread (issue 10). */
class IncidentWorkflowViewModelTest {

    @TempDir
    Path dir;

    private BoardFixture fixture;
    private StateStore store;
    private ManualScheduler scheduler;

    @BeforeEach
    void open() {
        fixture = new BoardFixture(dir);
        scheduler = new ManualScheduler(fixture.clock);
        store = StateStore.openSqlite(dir.resolve("state.db"), fixture.clock);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private IncidentBoardViewModel board() {
        return fixture.vm(store, scheduler);
    }

    private static IncidentCard card(IncidentBoardViewModel vm, Severity s) {
        return vm.cards().stream().filter(c -> c.incident().severity() == s).findFirst().orElseThrow();
    }

    @Test
    void resolvingAsksForANoteThatGoesIntoTheTimelineAndThePostMortem() {
        IncidentBoardViewModel vm = board();
        declare(vm, "Chat down", Severity.P1);
        IncidentCard card = vm.cards().get(0);

        vm.move(card, Status.RESOLVED); // a drop on Resolved, or the card's Resolve button
        assertThat(vm.resolve().openProperty().get()).isTrue();
        assertThat(vm.resolve().headingProperty().get()).isEqualTo("Resolve #1 Chat down");
        assertThat(card.incident().status()).isEqualTo(Status.INVESTIGATING);
        vm.resolve().noteProperty().set("   ");
        vm.resolve().confirm();
        assertThat(vm.resolve().errorProperty().get()).contains("Write what fixed it");
        assertThat(vm.resolve().openProperty().get()).isTrue();
        assertThat(card.incident().status()).isEqualTo(Status.INVESTIGATING);

        vm.resolve().noteProperty().set("Restarted the chat queue workers");
        vm.resolve().confirm();
        assertThat(vm.resolve().openProperty().get()).isFalse();
        assertThat(card.incident().status()).isEqualTo(Status.RESOLVED);
        assertThat(card.incident().whatWeDid()).isEqualTo("Restarted the chat queue workers");
        vm.selectedProperty().set(card);
        assertThat(vm.detail().timeline()).extracting(vm.detail()::describe)
                .contains("2026-11-23 09:00  Resolved: Restarted the chat queue workers");
        vm.postMortem().openEditor();
        assertThat(vm.postMortem().textProperty().get()).contains("## Resolution\n\nRestarted the chat queue workers");

        vm.resolveSelected();
        assertThat(vm.resolve().openProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Incident #1 is already resolved.");
    }

    @Test
    void acknowledgeIsOfferedOnlyWhileAnOpenIncidentIsNotAcknowledged() {
        IncidentBoardViewModel vm = board();
        declare(vm, "Chat down", Severity.P1);
        declare(vm, "Shop slow", Severity.P2);
        assertThat(vm.detail().canAcknowledgeProperty().get()).isTrue(); // the new incident is selected
        vm.detail().acknowledge();
        assertThat(vm.detail().canAcknowledgeProperty().get()).isFalse();
        assertThat(vm.detail().timeline()).extracting(vm.detail()::describe).containsExactly("2026-11-23 09:00  Declared P2: Shop slow",
                "2026-11-23 09:00  Acknowledged");

        vm.selectedProperty().set(card(vm, Severity.P1));
        assertThat(vm.detail().canAcknowledgeProperty().get()).isTrue();
        resolve(vm, "Fixed");
        assertThat(vm.detail().canAcknowledgeProperty().get()).isFalse();
        assertThat(vm.detail().timeline()).extracting(vm.detail()::describe)
                .noneMatch(line -> line.matches(".*\\b(\\w+): \\1\\b.*")); // never "Acknowledged: Acknowledged"
    }

    @Test
    void theTabBadgeCountsOpenIncidentsAndShowsTheWorstSeverity() {
        IncidentBoardViewModel vm = board();
        assertThat(vm.badgeProperty().get()).isNull();
        declare(vm, "Typo on the shop page", Severity.P3);
        assertThat(vm.badgeProperty().get().text()).isEqualTo("1 open · P3");
        assertThat(vm.badgeProperty().get().status()).isEqualTo(io.liveops.console.shared.Status.OK);
        declare(vm, "Notifications late", Severity.P2);
        assertThat(vm.badgeProperty().get().text()).isEqualTo("2 open · P2");
        assertThat(vm.badgeProperty().get().status()).isEqualTo(io.liveops.console.shared.Status.WARNING);
        declare(vm, "Chat down", Severity.P1);
        assertThat(vm.badgeProperty().get().status()).isEqualTo(io.liveops.console.shared.Status.CRITICAL);
        declare(vm, "Login down", Severity.P0);
        assertThat(vm.badgeProperty().get().text()).isEqualTo("4 open · P0");
        assertThat(vm.badgeProperty().get().status()).isEqualTo(io.liveops.console.shared.Status.CRITICAL);

        resolve(vm, "Fixed the login service"); // the P0 is selected
        vm.selectedProperty().set(card(vm, Severity.P1));
        resolve(vm, "Restarted chat");
        assertThat(vm.badgeProperty().get().text()).isEqualTo("2 open · P2");
        assertThat(vm.badgeProperty().get().status()).isEqualTo(io.liveops.console.shared.Status.WARNING);
    }

    @Test
    void titlesAreOneShortLineAndTheAnnouncementsSayTheIssueAsUsersWould() {
        IncidentBoardViewModel vm = board();
        String longTitle = "Players cannot send messages in guild chat since the 2.3 update, on every platform, and the retry button "
                + "does nothing either";
        vm.form().titleProperty().set(longTitle);
        vm.form().featureProperty().set("guild chat");
        assertThat(vm.form().titleCountProperty().get()).isEqualTo(longTitle.length() + " / 120");
        assertThat(vm.form().titleTooLongProperty().get()).isTrue();
        assertThat(vm.form().issueProperty().get()).isEqualTo("problems with guild chat");
        vm.form().declare();
        assertThat(vm.form().errorProperty().get()).isEqualTo("The title is " + longTitle.length()
                + " characters; keep it to 120 (details go in the description).");
        assertThat(vm.cards()).isEmpty();

        vm.form().titleProperty().set("Players cannot send messages in guild chat");
        assertThat(vm.form().titleCountProperty().get()).isEqualTo("42 / 120");
        vm.form().issueProperty().set("trouble sending guild chat messages"); // typed: no longer follows the title
        vm.form().titleProperty().set("Guild chat messages not sent");
        assertThat(vm.form().issueProperty().get()).isEqualTo("trouble sending guild chat messages");
        vm.form().declare();
        Incident declared = vm.cards().get(0).incident();
        assertThat(declared.userIssue()).isEqualTo("trouble sending guild chat messages");

        vm.preview().open(TemplateKind.DISCORD);
        assertThat(vm.preview().textProperty().get()).contains("We're currently experiencing trouble sending guild chat messages.")
                .doesNotContain("Guild chat messages not sent");
        vm.detail().issueProperty().set(""); // cleared: the templates fall back to the suggestion, never the title
        assertThat(vm.detail().suggestedIssueProperty().get()).isEqualTo("problems with guild chat messages");
        assertThat(vm.preview().textProperty().get()).contains("We're currently experiencing problems with guild chat messages.");
    }

    @Test
    void aCopiedTemplateIsOneTimelineLineWithItsTextOneClickAway() {
        IncidentBoardViewModel vm = board();
        declare(vm, "Chat down", Severity.P1);
        vm.detail().etaProperty().set("within the hour"); // typed, not saved: the preview uses it
        vm.preview().open(TemplateKind.DISCORD);
        String text = vm.preview().textProperty().get();
        assertThat(text).contains("ETA: within the hour");
        vm.preview().copy();
        assertThat(fixture.clipboard).containsExactly(text);

        TimelineEntry sent = vm.detail().timeline().get(vm.detail().timeline().size() - 1);
        assertThat(vm.detail().describe(sent)).isEqualTo("2026-11-23 09:00  Copied Discord announcement");
        assertThat(vm.detail().entryTextProperty().get()).isEmpty();
        vm.detail().selectedEntryProperty().set(sent);
        assertThat(vm.detail().entryTextProperty().get()).isEqualTo(text);
        assertThat(vm.cards().get(0).incident().eta()).isEqualTo("within the hour"); // the details it used are saved with it
        assertThat(vm.messageProperty().get()).contains("the details it used are saved");
    }

    @Test
    void detailsBeingTypedSurviveAnotherConsolesChange() {
        IncidentBoardViewModel vm = board();
        declare(vm, "Chat down", Severity.P1);
        vm.detail().whatHappenedProperty().set("A queue worker crashed");
        Incident other = new IncidentRepository(store).find(1).orElseThrow();
        new IncidentRepository(store).update(other.withDetails(new io.liveops.console.incident.core.AnnouncementDetails("", "30 minutes", "", "")),
                java.util.List.of());
        scheduler.advance(Duration.ofSeconds(1)); // the poll sees the other console's change
        assertThat(vm.detail().etaProperty().get()).isEqualTo("30 minutes");
        assertThat(vm.detail().whatHappenedProperty().get()).isEqualTo("A queue worker crashed");
        assertThat(vm.detail().detailsEditedProperty().get()).isTrue();
        vm.detail().saveDetails();
        assertThat(vm.detail().detailsEditedProperty().get()).isFalse();
        assertThat(vm.detail().timeline()).extracting(vm.detail()::describe).last().asString().endsWith("Details: updated what happened");
    }

    /** Nothing in the tab reads a file on the FX thread: templates and the policy are read by background tasks, and kept. */
    @Test
    void templatesAndThePolicyAreReadInTheBackground() throws Exception {
        HeldTaskExecutor held = new HeldTaskExecutor();
        IncidentBoardViewModel vm = fixture.vm(store, scheduler, held);
        held.release(); // the board and the templates' first read
        vm.form().titleProperty().set("Chat down");
        vm.form().declare();
        held.release();

        vm.preview().open(TemplateKind.TWITTER);
        assertThat(vm.preview().loadingProperty().get()).isTrue();
        assertThat(vm.preview().textProperty().get()).isEmpty();
        assertThat(held.heldCount()).isOne();
        held.release();
        assertThat(vm.preview().textProperty().get()).startsWith("🛠️ We're aware of an issue affecting the service.");

        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates").resolve("twitter.txt"), "Trouble with {{feature}}: {{issue}}.");
        vm.preview().open(TemplateKind.TWITTER);
        held.release();
        assertThat(vm.preview().textProperty().get()).isEqualTo("Trouble with the service: problems with chat.");

        Files.writeString(SeverityPolicy.Preset.GAME.userFile(dir), Files.readString(Path.of("src/main/resources/incident/policy-game.json"))
                .replace("\"Game team\"", "\"Our game\""));
        vm.presetProperty().set(SeverityPolicy.Preset.GAME);
        assertThat(vm.policy().name()).isEqualTo("Sage");
        held.release();
        assertThat(vm.policy().name()).isEqualTo("Our game");
        assertThat(vm.messageProperty().get()).isEqualTo("Severity policy: Our game.");
    }
}
