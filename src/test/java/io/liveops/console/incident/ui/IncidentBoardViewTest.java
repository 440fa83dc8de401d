package io.liveops.console.incident.ui;
import io.liveops.console.alert.core.AlertHistoryRepository;

import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.Status;
import io.liveops.console.incident.core.Templates;
import io.liveops.console.incident.core.TimelineEntry;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.testkit.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** Drives the Incidents tab like a user: declare, move across columns, copy the Discord notice, resolve, post-mortem. */
class IncidentBoardViewTest extends ApplicationTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final List<String> clipboard = new ArrayList<>();
    private StateStore store;
    private IncidentBoardViewModel vm;
    private Scene scene;

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("incident-view");
        store = StateStore.openSqlite(dir.resolve("state.db"), clock);
        SeverityPolicy sage = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, null).value();
        IncidentService service = new IncidentService(new IncidentRepository(store), clock, sage, new AlertCenter(new AlertHistoryRepository(store), clock));
        vm = new IncidentBoardViewModel(service, new Templates(dir.resolve("templates")), new CurrentThreadTaskExecutor(), scheduler, clock,
                ZoneId.of("UTC"), clipboard::add, (t, name) -> Optional.of(new io.liveops.console.shared.ExportFile(dir.resolve(name))),
                p -> SeverityPolicy.load(p, null));
        vm.start();
        scene = new Scene(new IncidentBoardView(vm), 1260, 780);
        scene.getStylesheets().add(java.util.Objects.requireNonNull(getClass().getResource("/assets/css/light.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        vm.stop();
        store.close();
    }

    private VBox column(Status s) {
        return lookup("#column-" + s.name()).queryAs(VBox.class);
    }

    private long id(Status s) {
        Node card = column(s).getChildren().get(0);
        return Long.parseLong(card.getId().substring("card-".length()));
    }

    @Test
    void declareMoveCopyResolveAndWriteThePostMortem() throws Exception {
        clickOn("#new-incident");
        clickOn("#incident-feature").write("chat");
        clickOn("#declare-incident");
        assertThat(lookup("#incident-form-error").queryAs(Label.class).getText()).contains("Give the incident a title");
        assertThat(lookup("#incident-feature").queryAs(TextField.class).getText()).isEqualTo("chat"); // nothing typed is lost

        clickOn("#incident-title").write("Chat messages not delivered");
        clickOn("#incident-description").write("messages stuck in the chat queue");
        clickOn("#declare-incident");
        assertThat(column(Status.INVESTIGATING).getChildren()).hasSize(1);
        long id = id(Status.INVESTIGATING);
        assertThat(lookup("#incident-message").queryAs(Label.class).getText()).isEqualTo("Incident #" + id + " declared and saved.");

        clickOn("#move-right-" + id);
        assertThat(column(Status.IDENTIFIED).getChildren()).hasSize(1);
        clickOn("#card-" + id);
        press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(column(Status.MONITORING).getChildren()).hasSize(1);
        assertThat(column(Status.IDENTIFIED).getChildren()).isEmpty();

        drag("#card-" + id).dropTo("#column-IDENTIFIED");
        assertThat(column(Status.IDENTIFIED).getChildren()).hasSize(1);
        clickOn("#card-" + id);
        press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(column(Status.MONITORING).getChildren()).hasSize(1);

        clickOn("#template-DISCORD");
        assertThat(lookup("#template-preview").queryAs(TextArea.class).getText())
                .contains("We're currently experiencing messages stuck in the chat queue.");
        clickOn("#copy-template");
        assertThat(clipboard).hasSize(1);
        assertThat(clipboard.get(0)).startsWith("⚠️ Service Issue");
        assertThat(vm.timeline()).extracting(TimelineEntry::kind).contains(TimelineEntry.Kind.SENT);

        clickOn("#template-TWITTER");
        assertThat(lookup("#template-info").queryAs(Label.class).getText()).endsWith("/ 280");

        clock.advance(Duration.ofMinutes(42));
        clickOn("#resolve-" + id);
        assertThat(column(Status.RESOLVED).getChildren()).hasSize(1);
        assertThat(new AlertHistoryRepository(store).recent(10)).isEmpty(); // acknowledged in time: no breach alert

        clickOn("#open-post-mortem");
        String md = lookup("#post-mortem-text").queryAs(TextArea.class).getText();
        assertThat(md).startsWith("# Post-mortem: #" + id + " Chat messages not delivered").contains("## Action items")
                .contains("Discord #announcements");
        clickOn("#save-post-mortem");
        assertThat(new IncidentRepository(store).find(id).orElseThrow().postMortem()).isEqualTo(md);
    }

    @Test
    void aBreachedCardRaisesAnAlertAndIsPictured() throws Exception {
        interact(() -> {
            vm.formTitleProperty().set("Login fails for every player");
            vm.formSeverityProperty().set(Severity.P0);
            vm.formFeatureProperty().set("login");
            vm.declare();
            vm.formTitleProperty().set("Portfolio totals off by one day");
            vm.formSeverityProperty().set(Severity.P2);
            vm.formFeatureProperty().set("portfolio");
            vm.declare();
            vm.formTitleProperty().set("Notification badge misaligned");
            vm.formSeverityProperty().set(Severity.P3);
            vm.declare();
        });
        long p2 = vm.cards().stream().filter(c -> c.incident().severity() == Severity.P2).findFirst().orElseThrow().incident().id();
        interact(() -> vm.move(vm.cards().stream().filter(c -> c.incident().id() == p2).findFirst().orElseThrow(), Status.IDENTIFIED));
        interact(() -> scheduler.advance(Duration.ofMinutes(16)));
        IncidentCard p0 = vm.cards().stream().filter(c -> c.incident().severity() == Severity.P0).findFirst().orElseThrow();
        assertThat(p0.breachedProperty().get()).isTrue();
        assertThat(p0.respondProperty().get()).isEqualTo("Acknowledgement overdue by 01:00");
        assertThat(p0.updateProperty().get()).isEqualTo("Next update due in 14:00");
        assertThat(new AlertHistoryRepository(store).recent(10)).extracting(r -> r.title()).anyMatch(t -> t.contains("not acknowledged in time"));

        interact(() -> vm.selectedProperty().set(p0));
        clickOn("#template-ESCALATION");
        Path shot = Screenshots.save(scene, "incidents");
        Files.createDirectories(Path.of("docs"));
        Files.copy(shot, Path.of("docs", "incidents.png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(Path.of("docs", "incidents.png"))).isPositive();
    }
}
