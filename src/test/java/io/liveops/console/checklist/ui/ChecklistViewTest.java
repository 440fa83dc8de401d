package io.liveops.console.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertHistoryRepository;
import io.liveops.console.alert.core.ToastThrottle;
import io.liveops.console.alert.ui.Toasts;
import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.checklist.core.ChecklistDay;
import io.liveops.console.checklist.core.ChecklistItem;
import io.liveops.console.checklist.core.ChecklistRepository;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.checklist.core.DaySummary;
import io.liveops.console.checklist.core.Routine;
import io.liveops.console.checklist.core.RoutineSchedule;
import io.liveops.console.checklist.core.TemplateReader;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.TestFolders;
import io.liveops.console.testkit.ChecklistFixture;
import io.liveops.console.testkit.ClippedText;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.testkit.RecordingNavigator;
import io.liveops.console.testkit.Screenshots;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the Checklist tab like a user (headless Monocle) on a Friday morning in Seoul, after a week
 * of use: ticks items, watches the progress, reads the live KPI values next to the metrics review,
 * skips and reopens, edits the template, and sees the toast when the morning window closes with items
 * open. The tab area of a 1440×900 window is about 1440×790; of a 1024×700 one about 1024×590.
 */
@Tag("ui")
class ChecklistViewTest extends ApplicationTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");

    // Friday 09:20 KST
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T00:20:00Z"), ZoneId.of("UTC"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final SimpleObjectProperty<java.util.List<io.liveops.console.kpi.core.KpiReading>> snapshots = new SimpleObjectProperty<>();
    private StateStore store;
    private ChecklistViewModel vm;
    private ChecklistView view;
    private Scene scene;
    private Stage stage;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = TestFolders.create("checklist-view");
        store = StateStore.openSqlite(dir.resolve("state.db"), clock);
        ChecklistService service = new ChecklistService(new ChecklistRepository(store), new TemplateReader(KpiCatalog.standard(), ChecklistFixture.TABS),
                ChecklistService.userTemplateIn(dir.resolve("config")), new RoutineSchedule(SEOUL), clock);
        seedTheWeek(service);

        AlertCenter alerts = new AlertCenter(new AlertHistoryRepository(store), clock);
        alerts.addListener(new Toasts(new ToastThrottle(Clock.systemUTC(), Duration.ofSeconds(2)), stage, a -> { }, () -> { }));
        vm = new ChecklistViewModel(service, new LiveKpis(snapshots),
                new ItemLinks(url -> { }, new RecordingNavigator(new ArrayList<>())), alerts, () -> "ana",
                new CurrentThreadTaskExecutor(), scheduler, clock);
        view = new ChecklistView(vm);
        scene = new Scene(view, 1260, 780); // the README's pictures are drawn in scenes of their own, see screenshots()
        theme(scene, "light");
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        vm.start();
    }

    private static void theme(Scene scene, String theme) {
        scene.getStylesheets().setAll(Objects.requireNonNull(ChecklistViewTest.class.getResource("/assets/css/light.css")).toExternalForm());
        if (theme.equals("dark")) {
            scene.getStylesheets().add(Objects.requireNonNull(ChecklistViewTest.class.getResource("/assets/css/dark.css")).toExternalForm());
        }
    }

    /** Monday to Thursday as a director would leave them: mostly done, Thursday's blog post still open. */
    private void seedTheWeek(ChecklistService service) {
        Instant friday = clock.instant();
        for (int back = 4; back >= 1; back--) {
            clock.set(friday.minus(Duration.ofDays(back)));
            ChecklistDay d = service.today();
            for (Routine r : d.routines()) {
                for (ChecklistItem i : r.items()) {
                    boolean leaveOpen = (back == 3 && r.id().equals("evening")) || i.id().equals("thu-blog");
                    if (!leaveOpen) {
                        service.tick(d.day(), r.id(), i.id(), "ana");
                    }
                }
            }
        }
        clock.set(friday);
    }

    @Override
    public void stop() {
        vm.stop();
        store.close();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private boolean showing(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void resize(double width, double height) {
        interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every labeled control of the tab shows its whole text. */
    private void assertNothingClipped(String where) {
        assertNothingClipped(view, where);
    }

    private void assertNothingClipped(ChecklistView shown, String where) {
        List<String> clipped = new ArrayList<>();
        interact(() -> {
            shown.applyCss();
            shown.layout();
            clipped.addAll(ClippedText.in(shown));
        });
        assertThat(clipped).as("labels shown shortened at " + where).isEmpty();
    }

    @Test
    void tickItemsSeeProgressAndLiveKpisThenTheOverdueToast() throws Exception {
        assertThat(text("#checklist-title")).isEqualTo("Friday 2026-11-27");
        assertThat(text("#checklist-streak")).isEqualTo("No streak yet"); // Thursday ended with the blog post open
        assertThat(lookup("#routine-morning").queryAs(TitledPane.class).isExpanded()).isTrue();
        assertThat(lookup("#routine-security").queryAs(TitledPane.class).isExpanded()).isFalse();
        assertThat(text("#progress-security")).isEqualTo("0/6");
        assertThat(text("#progress-morning")).isEqualTo("0/3");

        clickOn("#item-metrics-review");
        assertThat(text("#progress-morning")).isEqualTo("1/3");
        assertThat(text("#status-metrics-review")).isEqualTo("Done by ana at 09:20");

        interact(() -> snapshots.set(ChecklistFixture.readings()));
        assertThat(text("#kpi-metrics-review-dau")).isEqualTo("DAU  9,840");
        assertThat(text("#kpi-metrics-review-churn_d30")).isEqualTo("Churn D30  11.2 %");
        assertThat(lookup("#kpi-metrics-review-churn_d30").query().getStyleClass()).contains("status-critical");
        assertThat(text("#kpi-system-health-p95_latency_ms")).isEqualTo("API p95 latency  142.5 ms");
        assertThat(lookup("#routine-carried-over").queryAs(TitledPane.class)).isNotNull();

        interact(() -> scheduler.advance(Duration.ofMinutes(41))); // 10:01: the morning window has closed
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !lookup(n -> n instanceof Label l && "Morning routine: 2 items open".equals(l.getText())).queryAll().isEmpty());
        assertThat(lookup("#routine-morning").queryAs(TitledPane.class).getStyleClass()).contains("overdue");
        assertThat(lookup("#routine-morning").queryAs(TitledPane.class).isExpanded()).isTrue(); // overdue stays open
        assertThat(lookup("#routine-afternoon").queryAs(TitledPane.class).isExpanded()).isTrue();
        assertThat(text("#progress-morning")).isEqualTo("1/3");
        assertThat(text("#badge-morning")).isEqualTo("window closed, items open");
    }

    /** Issue 15, item 10: the reason is asked for inside the dialog; Reopen undoes the skip; the routine stays open throughout. */
    @Test
    void aSkipNeedsAReasonInItsDialogAndReopenUndoesIt() {
        clickOn("#skip-community-check");
        clickOn("#skip-confirm"); // no reason yet: the dialog stays, saying why
        assertThat(text("#skip-problem")).startsWith("Say why it is skipped");
        Screenshots.save(lookup("#skip-reason").query().getScene(), "checklist-skip-dialog");
        assertThat(showing("#checklist-message")).isFalse();
        clickOn("#skip-reason").write("Discord is down");
        assertThat(showing("#skip-problem")).isFalse();
        clickOn("#skip-confirm");
        assertThat(lookup("#skip-reason").tryQuery()).isEmpty(); // closed
        assertThat(text("#status-community-check")).isEqualTo("Skipped by ana at 09:20: Discord is down");
        assertThat(text("#progress-morning")).isEqualTo("1/3");
        assertThat(showing("#skip-community-check")).isFalse();
        assertThat(lookup("#routine-morning").queryAs(TitledPane.class).isExpanded()).isTrue();

        clickOn("#reopen-community-check");
        assertThat(showing("#status-community-check")).isFalse();
        assertThat(text("#progress-morning")).isEqualTo("0/3");
        assertThat(showing("#skip-community-check")).isTrue();
        assertThat(showing("#reopen-community-check")).isFalse();
        assertThat(lookup("#routine-morning").queryAs(TitledPane.class).isExpanded()).isTrue();
        assertThat(showing("#checklist-message")).isFalse();
    }

    @Test
    void theEditorAddsAnItemToTheTemplateForTomorrowAndAPastDayOpensReadOnly() {
        clickOn("#checklist-edit");
        clickOn(lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getItem() instanceof Routine r
                && r.id().equals("morning")).<Node>query());
        clickOn("#editor-text").write("Check the app store reviews");
        clickOn("#editor-add-item");
        assertThat(text("#editor-status")).endsWith("the change applies from tomorrow.");
        assertThat(lookup("#editor-items").queryListView().getItems()).extracting(i -> ((ChecklistItem) i).text())
                .endsWith("Check the app store reviews");
        assertThat(text("#progress-morning")).isEqualTo("0/3"); // today keeps the routines it started with

        clickOn("#checklist-edit"); // back to the history
        clickOn(lookup(".list-cell").match(n -> n instanceof ListCell<?> c && c.getItem() instanceof DaySummary d
                && d.day().equals(FRIDAY.minusDays(1))).<Node>query());
        assertThat(text("#checklist-title")).isEqualTo("Thursday 2026-11-26 (read-only)");
        assertThat(lookup("#item-thu-blog").queryAs(CheckBox.class).isDisabled()).isTrue();
        clickOn("#checklist-today");
        assertThat(text("#checklist-title")).isEqualTo("Friday 2026-11-27");
    }

    /** Issue 15, item 10: a bad window is explained right below its field, and the message goes when the panel closes. */
    @Test
    void aBadWindowIsExplainedAtItsFieldAndGoesWithThePanel() {
        clickOn("#checklist-edit");
        clickOn("#editor-text").write("Night check");
        clickOn("#editor-window").write("25:00-26:00");
        clickOn("#editor-add-routine");
        Node field = lookup("#editor-window").query();
        Node problem = lookup("#editor-window-problem").query();
        assertThat(problem.isVisible()).isTrue();
        assertThat(text("#editor-window-problem")).startsWith("\"25:00\" is not a time of day");
        double gap = problem.localToScene(problem.getBoundsInLocal()).getMinY() - field.localToScene(field.getBoundsInLocal()).getMaxY();
        assertThat(gap).as("the message sits right below the field").isBetween(0.0, 16.0);
        assertThat(showing("#checklist-message")).isFalse();
        assertNothingClipped("1440x790 with the editor's message");

        clickOn("#checklist-edit"); // the panel closes
        clickOn("#checklist-edit"); // and opens again: the message is gone, the typed window stays
        assertThat(showing("#editor-window-problem")).isFalse();
        assertThat(lookup("#editor-window").queryTextInputControl().getText()).isEqualTo("25:00-26:00");
    }

    /** Issue 15, item 7: at 1024×700 every text is whole (the editor's hint too), and the tab reflows when the window grows and shrinks. */
    @Test
    void nothingIsClippedAt1024x700AndTheTabReflowsAfterAResize() {
        interact(() -> snapshots.set(ChecklistFixture.readings()));
        resize(1024, 700);
        assertNothingClipped("1024x700");
        double narrow = lookup("#checklist-scroll").query().getLayoutBounds().getWidth();
        resize(1280, 800); // the headless screen's full size
        double wide = lookup("#checklist-scroll").query().getLayoutBounds().getWidth();
        assertThat(wide).isGreaterThan(narrow + 150);
        assertNothingClipped("1280x800");
        resize(1024, 590); // the tab area of a 1024×700 window
        assertNothingClipped("1024x590");
        clickOn("#checklist-edit");
        clickOn("#editor-text").write("Night check");
        clickOn("#editor-window").write("25:00-26:00");
        clickOn("#editor-add-routine");
        assertThat(showing("#editor-window-problem")).isTrue();
        assertNothingClipped("1024x590 with the editor open");
        clickOn("#checklist-edit");
        resize(1024, 700);
        assertThat(lookup("#checklist-scroll").query().getLayoutBounds().getWidth()).isCloseTo(narrow, org.assertj.core.data.Offset.offset(1.0));
        assertNothingClipped("1024x700 again");
    }

    /** The check above can fail: a label too narrow for its text is reported with what it shows. */
    @Test
    void theClipCheckSeesAShortenedLabel() {
        Label narrow = interactAndGet(() -> new Label("Changes apply from tomorrow"));
        interact(() -> {
            narrow.setMaxWidth(60);
            new Scene(new javafx.scene.layout.VBox(narrow), 200, 50);
            narrow.getParent().applyCss();
            narrow.getParent().layout();
        });
        List<String> clipped = interactAndGet(() -> ClippedText.in(narrow.getParent()));
        assertThat(clipped).singleElement().asString().contains("'Changes apply from tomorrow'").contains("'Chang...'");
    }

    /**
     * The README's pictures, in scenes of their own (the shared test window keeps its size): the tab at 1440×900
     * and the tab area of a 1024×700 window, light and dark, with live values; nothing clipped in any.
     */
    @Test
    void screenshots() {
        interact(() -> {
            snapshots.set(ChecklistFixture.readings());
            vm.today().toggle(vm.today().routine("morning").orElseThrow().items().get(0));
        });
        for (String theme : List.of("light", "dark")) {
            for (int[] size : new int[][] {{1440, 900}, {1024, 590}}) {
                ChecklistView shown = interactAndGet(() -> new ChecklistView(vm));
                Scene s = interactAndGet(() -> new Scene(shown, size[0], size[1]));
                interact(() -> theme(s, theme));
                String name = "checklist" + (size[0] == 1024 ? "-1024" : "") + (theme.equals("dark") ? "-dark" : "");
                Screenshots.save(s, name);
                assertNothingClipped(shown, name);
                if (size[0] == 1024) {
                    interact(() -> vm.editor().openProperty().set(true));
                    Screenshots.save(s, name + "-editor");
                    assertNothingClipped(shown, name + " with the editor");
                    interact(() -> vm.editor().openProperty().set(false));
                }
            }
        }
    }

    private <T> T interactAndGet(java.util.function.Supplier<T> make) {
        List<T> made = new ArrayList<>();
        interact(() -> made.add(make.get()));
        return made.get(0);
    }
}
