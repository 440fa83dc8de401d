package io.liveops.console.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertHistoryRepository;
import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.incident.core.Status;
import io.liveops.console.incident.core.Templates;
import io.liveops.console.incident.core.TimelineEntry;
import io.liveops.console.shared.ExportFile;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.TestFolders;
import io.liveops.console.testkit.ClippedText;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.testkit.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Incidents tab like a user: declare, move, copy the Discord notice, resolve with a note, post-mortem; and its layout. */
@Tag("ui")
class IncidentBoardViewTest extends ApplicationTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final List<String> clipboard = new ArrayList<>();
    private StateStore store;
    private IncidentBoardViewModel vm;
    private IncidentBoardView view;
    private Scene scene;
    private Stage stage;

    /**
     * The tab gets a window of its own: resizing TestFX's shared primary stage would leave it at that
     * size for the UI tests after this one (a window sized explicitly no longer follows its scene).
     */
    @Override
    public void start(Stage primary) throws Exception {
        this.stage = new Stage();
        Path dir = TestFolders.create("incident-view");
        store = StateStore.openSqlite(dir.resolve("state.db"), clock);
        SeverityPolicy sage = SeverityPolicy.load(SeverityPolicy.Preset.SAGE, null).value();
        IncidentService service = new IncidentService(new IncidentRepository(store), clock, sage, new AlertCenter(new AlertHistoryRepository(store), clock));
        vm = new IncidentBoardViewModel(service, new Templates(dir.resolve("templates")), new CurrentThreadTaskExecutor(), scheduler, clock,
                ZoneId.of("UTC"), clipboard::add, (t, name) -> Optional.of(new ExportFile(dir.resolve(name))), p -> SeverityPolicy.load(p, null));
        vm.start();
        view = new IncidentBoardView(vm);
        scene = new Scene(view, 1260, 780);
        theme(false);
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
        stage.hide(); // on the FX thread: TestFX calls stop() there
        vm.stop();
        store.close();
    }

    private void theme(boolean dark) {
        scene.getStylesheets().setAll(Objects.requireNonNull(getClass().getResource("/assets/css/light.css")).toExternalForm());
        if (dark) {
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/assets/css/dark.css")).toExternalForm());
        }
    }

    private void size(double width, double height) {
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the detail pane so the node is on screen, as a user would before clicking it. */
    private void reveal(String query) {
        interact(() -> {
            ScrollPane pane = lookup("#incident-detail").queryAs(ScrollPane.class);
            Node n = lookup(query).query();
            Bounds b = pane.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double range = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 20) / range)));
        });
    }

    /**
     * A picture of the tab at a size other than its window's: the same view, laid out in an offscreen scene of
     * that size, then put back (the window keeps the size the test gave it).
     */
    private Path picture(String name, double width, double height) {
        Scene[] offscreen = new Scene[1];
        interact(() -> {
            scene.setRoot(new Pane());
            offscreen[0] = new Scene(view, width, height);
            offscreen[0].getStylesheets().setAll(scene.getStylesheets());
        });
        Path shot = Screenshots.save(offscreen[0], name);
        interact(() -> {
            offscreen[0].setRoot(new Pane());
            scene.setRoot(view);
        });
        return shot;
    }

    private VBox column(Status s) {
        return lookup("#column-" + s.name()).queryAs(VBox.class);
    }

    private long id(Status s) {
        Node card = column(s).getChildren().get(0);
        return Long.parseLong(card.getId().substring("card-".length()));
    }

    @Test
    void declareMoveCopyResolveAndWriteThePostMortem() {
        clickOn("#new-incident");
        clickOn("#incident-feature").write("chat");
        clickOn("#declare-incident");
        assertThat(lookup("#incident-form-error").queryAs(Label.class).getText()).contains("Give the incident a title");
        assertThat(lookup("#incident-feature").queryAs(TextField.class).getText()).isEqualTo("chat"); // nothing typed is lost

        clickOn("#incident-title").write("Chat messages not delivered");
        assertThat(lookup("#title-count").queryAs(Label.class).getText()).isEqualTo("27 / 120");
        assertThat(lookup("#incident-issue").queryAs(TextField.class).getText()).isEqualTo("problems with chat messages");
        clickOn("#incident-description").write("messages stuck in the chat queue");
        clickOn("#declare-incident");
        assertThat(column(Status.INVESTIGATING).getChildren()).hasSize(1);
        long id = id(Status.INVESTIGATING);
        assertThat(lookup("#incident-message").queryAs(Label.class).getText()).isEqualTo("Incident #" + id + " declared and saved.");
        assertThat(lookup("#acknowledge").queryAs(Button.class).isDisabled()).isFalse();

        clickOn("#move-right-" + id);
        assertThat(column(Status.IDENTIFIED).getChildren()).hasSize(1);
        assertThat(lookup("#acknowledge").queryAs(Button.class).isDisabled()).isTrue(); // leaving Investigating acknowledged it
        clickOn("#card-" + id);
        press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(column(Status.MONITORING).getChildren()).hasSize(1);
        assertThat(column(Status.IDENTIFIED).getChildren()).isEmpty();

        drag("#card-" + id).dropTo("#column-IDENTIFIED");
        assertThat(column(Status.IDENTIFIED).getChildren()).hasSize(1);
        clickOn("#card-" + id);
        press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(column(Status.MONITORING).getChildren()).hasSize(1);

        reveal("#detail-eta");
        clickOn("#detail-eta").write("within the hour");
        clickOn("#template-DISCORD");
        assertThat(lookup("#template-preview").queryAs(TextArea.class).getText())
                .contains("We're currently experiencing problems with chat messages.").contains("ETA: within the hour");
        reveal("#copy-template");
        clickOn("#copy-template");
        assertThat(clipboard).hasSize(1);
        assertThat(clipboard.get(0)).startsWith("⚠️ Service Issue");
        TimelineEntry sent = vm.detail().timeline().stream().filter(e -> e.kind() == TimelineEntry.Kind.SENT).findFirst().orElseThrow();
        assertThat(vm.detail().describe(sent)).endsWith("Copied Discord announcement");
        interact(() -> lookup("#incident-timeline").queryListView().getSelectionModel().select(sent));
        assertThat(lookup("#timeline-entry-text").queryAs(TextArea.class).getText()).isEqualTo(clipboard.get(0));
        assertThat(((ListView<?>) lookup("#incident-timeline").query()).getItems().stream().map(e -> vm.detail().describe((TimelineEntry) e)))
                .noneMatch(line -> line.contains("Acknowledged: Acknowledged"));

        reveal("#template-TWITTER");
        clickOn("#template-TWITTER");
        assertThat(lookup("#template-info").queryAs(Label.class).getText()).endsWith("/ 280");

        clock.advance(Duration.ofMinutes(42));
        clickOn("#resolve-" + id);
        clickOn("#confirm-resolve");
        assertThat(lookup("#resolve-error").queryAs(Label.class).getText()).contains("Write what fixed it");
        assertThat(column(Status.MONITORING).getChildren()).hasSize(1);
        clickOn("#resolve-note").write("Restarted the chat queue workers");
        clickOn("#confirm-resolve");
        assertThat(column(Status.RESOLVED).getChildren()).hasSize(1);
        assertThat(lookup("#resolve-form").query().isVisible()).isFalse();
        assertThat(new AlertHistoryRepository(store).recent(10)).isEmpty(); // acknowledged in time: no breach alert

        reveal("#open-post-mortem");
        clickOn("#open-post-mortem");
        String md = lookup("#post-mortem-text").queryAs(TextArea.class).getText();
        assertThat(md).startsWith("# Post-mortem: #" + id + " Chat messages not delivered").contains("## Action items")
                .contains("| Copied | Discord announcement |").contains("Restarted the chat queue workers");
        reveal("#save-post-mortem");
        clickOn("#save-post-mortem");
        assertThat(new IncidentRepository(store).find(id).orElseThrow().postMortem()).isEqualTo(md);
    }

    private void fillTheBoard() {
        interact(() -> {
            declare("Login fails for every player after the 2.3 update", Severity.P0, "login");
            declare("Portfolio totals off by one day", Severity.P2, "portfolio");
            declare("Notification badge misaligned", Severity.P3, "");
            declare("Guild chat slow in the evening", Severity.P1, "chat");
        });
        long p2 = card(Severity.P2).incident().id();
        interact(() -> vm.move(vm.cards().stream().filter(c -> c.incident().id() == p2).findFirst().orElseThrow(), Status.IDENTIFIED));
        interact(() -> vm.move(card(Severity.P1), Status.MONITORING));
        interact(() -> scheduler.advance(Duration.ofMinutes(16)));
        interact(() -> vm.selectedProperty().set(card(Severity.P0)));
    }

    private void declare(String title, Severity s, String feature) {
        vm.form().titleProperty().set(title);
        vm.form().severityProperty().set(s);
        vm.form().featureProperty().set(feature);
        vm.form().declare();
    }

    private IncidentCard card(Severity s) {
        return vm.cards().stream().filter(c -> c.incident().severity() == s).findFirst().orElseThrow();
    }

    @Test
    void aBreachedCardRaisesAnAlertAndIsPicturedInBothThemes() throws Exception {
        fillTheBoard();
        IncidentCard p0 = card(Severity.P0);
        assertThat(p0.breachedProperty().get()).isTrue();
        assertThat(p0.respondProperty().get()).isEqualTo("Acknowledgement overdue by 01:00");
        assertThat(p0.updateProperty().get()).isEqualTo("Next update due in 14:00");
        assertThat(new AlertHistoryRepository(store).recent(10)).extracting(r -> r.title()).anyMatch(t -> t.contains("not acknowledged in time"));
        assertThat(vm.badgeProperty().get().text()).isEqualTo("4 open · P0");

        clickOn("#template-DISCORD");
        for (boolean dark : new boolean[] {false, true}) {
            interact(() -> theme(dark));
            String name = dark ? "incidents-dark" : "incidents";
            assertThat(Files.size(picture(name, 1440, 900))).isPositive(); // target/screenshots: the README's copies in docs/ are chosen by hand
            size(1024, 700);
            Screenshots.save(scene, name + "-1024x700");
        }
    }

    /**
     * At 1024x700 no label, button or cell shows its text cut, and the detail pane takes its share again
     * after the window grows (to 1280x800, the headless screen's size) and shrinks back.
     */
    @Test
    void atTheSmallestWindowNothingIsCutAndTheTabReflows() {
        fillTheBoard();
        clickOn("#template-STATUS_PAGE");
        size(1024, 700);
        assertThat(scene.getWidth()).isEqualTo(1024);
        assertThat(clipped()).isEmpty();
        double narrow = lookup("#incident-detail").query().getBoundsInLocal().getWidth();

        size(1280, 800);
        double wide = lookup("#incident-detail").query().getBoundsInLocal().getWidth();
        assertThat(wide).isGreaterThan(narrow + 80).isGreaterThan(1280 * 0.3);
        assertThat(clipped()).isEmpty();

        size(1024, 700);
        assertThat(lookup("#incident-detail").query().getBoundsInLocal().getWidth()).isEqualTo(narrow);
        assertThat(clipped()).isEmpty();
        interact(() -> {
            vm.form().openForm();
            vm.form().titleProperty().set("Players cannot send or receive messages in guild chat after the 2.3 update, on Android, iOS "
                    + "and the web client, since 09:40");
            vm.resolveSelected();
        });
        assertThat(lookup("#title-count").queryAs(Label.class).getText()).isEqualTo("123 / 120");
        assertThat(clipped()).isEmpty();
        Screenshots.save(scene, "incidents-forms-1024x700");
        interact(() -> {
            vm.form().cancel();
            vm.resolve().cancel();
            from(view).lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1); // History
        });
        assertThat(clipped()).isEmpty();
        Screenshots.save(scene, "incidents-history-1024x700");
    }

    private List<String> clipped() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> ClippedText.in(scene.getRoot())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
