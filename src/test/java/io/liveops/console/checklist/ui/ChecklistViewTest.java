package io.liveops.console.checklist.ui;
import io.liveops.console.testkit.RecordingNavigator;
import io.liveops.console.alert.core.AlertHistoryRepository;
import io.liveops.console.checklist.core.ChecklistRepository;

import io.liveops.console.checklist.core.ChecklistDay;
import io.liveops.console.checklist.core.ChecklistItem;
import io.liveops.console.checklist.core.ChecklistService;
import io.liveops.console.checklist.core.DaySummary;
import io.liveops.console.checklist.core.Routine;
import io.liveops.console.checklist.core.RoutineSchedule;
import io.liveops.console.checklist.core.TemplateReader;
import io.liveops.console.testkit.ChecklistFixture;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.ToastThrottle;
import io.liveops.console.alert.ui.Toasts;
import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.ManualScheduler;
import io.liveops.console.testkit.MutableClock;
import io.liveops.console.testkit.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the Checklist tab like a user (headless Monocle) on a Friday morning in Seoul, after a week
 * of use: ticks items, watches the progress, reads the live KPI values next to the metrics review,
 * and sees the toast when the morning window closes with items open.
 */
class ChecklistViewTest extends ApplicationTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate FRIDAY = LocalDate.parse("2026-11-27");

    // Friday 09:20 KST
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T00:20:00Z"), ZoneId.of("UTC"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final SimpleObjectProperty<java.util.List<io.liveops.console.kpi.core.KpiReading>> snapshots = new SimpleObjectProperty<>();
    private StateStore store;
    private ChecklistViewModel vm;
    private Scene scene;

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("checklist-view");
        store = StateStore.openSqlite(dir.resolve("state.db"), clock);
        ChecklistService service = new ChecklistService(new ChecklistRepository(store), new TemplateReader(KpiCatalog.standard(), ChecklistFixture.TABS),
                ChecklistService.userTemplateIn(dir.resolve("config")), new RoutineSchedule(SEOUL), clock);
        seedTheWeek(service);

        AlertCenter alerts = new AlertCenter(new AlertHistoryRepository(store), clock);
        alerts.addListener(new Toasts(new ToastThrottle(Clock.systemUTC(), Duration.ofSeconds(2)), stage, a -> { }, () -> { }));
        vm = new ChecklistViewModel(service, snapshots, alerts, new CurrentThreadTaskExecutor(), scheduler, clock, "ana",
                url -> { }, new RecordingNavigator(new java.util.ArrayList<>()));
        ChecklistView view = new ChecklistView(vm);
        scene = new Scene(view, 1260, 780);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/assets/css/light.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        vm.start();
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

    @Test
    void tickItemsSeeProgressAndLiveKpisThenTheOverdueToast() throws Exception {
        assertThat(text("#checklist-title")).isEqualTo("Friday 27 November 2026");
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

        assertThat(Screenshots.save(scene, "checklist")).exists(); // docs/checklist.png is copied from it

        interact(() -> scheduler.advance(Duration.ofMinutes(41))); // 10:01: the morning window has closed
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !lookup(n -> n instanceof Label l && "Morning routine: 2 items open".equals(l.getText())).queryAll().isEmpty());
        assertThat(lookup("#routine-morning").queryAs(TitledPane.class).getStyleClass()).contains("overdue");
        assertThat(lookup("#routine-afternoon").queryAs(TitledPane.class).isExpanded()).isTrue();
        assertThat(List.of(text("#progress-morning"))).containsExactly("1/3");
    }

    @Test
    void theEditorAddsAnItemToTheTemplateForTomorrowAndAPastDayOpensReadOnly() {
        clickOn("#checklist-edit");
        clickOn(lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof Routine r
                && r.id().equals("morning")).<javafx.scene.Node>query());
        clickOn("#editor-text").write("Check the app store reviews");
        clickOn("#editor-add-item");
        assertThat(text("#checklist-message")).endsWith("the change applies from tomorrow.");
        assertThat(lookup("#editor-items").queryListView().getItems()).extracting(i -> ((ChecklistItem) i).text())
                .endsWith("Check the app store reviews");
        assertThat(text("#progress-morning")).isEqualTo("0/3"); // today keeps the routines it started with

        clickOn("#checklist-edit"); // back to the history
        clickOn(lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof DaySummary d
                && d.day().equals(FRIDAY.minusDays(1))).<javafx.scene.Node>query());
        assertThat(text("#checklist-title")).isEqualTo("Thursday 26 November 2026 (read-only)");
        assertThat(lookup("#item-thu-blog").queryAs(javafx.scene.control.CheckBox.class).isDisabled()).isTrue();
        clickOn("#checklist-today");
        assertThat(text("#checklist-title")).isEqualTo("Friday 27 November 2026");
    }
}
