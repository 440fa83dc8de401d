package io.liveops.console.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.Severity;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.report.core.IsoWeek;
import io.liveops.console.report.core.WeeklyNumbersService;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.TestFolders;
import io.liveops.console.testkit.ClippedText;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.testkit.ReportFixture;
import io.liveops.console.testkit.Screenshots;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseInspector;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The Report tab on the demo warehouse, as the README pictures it: the last complete week, generated, typed and saved. */
@Tag("ui")
class ReportDemoViewTest extends ApplicationTest {

    private static final Clock CLOCK = Clock.fixed(DemoFixture.LAST_DAY.plusDays(1).atTime(16, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private Warehouse warehouse;
    private KpiService kpis;
    private StateStore store;
    private ReportViewModel vm;
    private Scene scene;
    private Stage stage;
    /** The shared primary stage's size when this test got it: given back in stop(). */
    private double[] given;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = TestFolders.create("report-demo");
        warehouse = Warehouse.open(new WarehouseProfile("Demo", DemoFixture.smallDemoUrl(), null, null), Map.of());
        SqlCatalog sql = new SqlCatalog(warehouse.dialect(), null);
        Thresholds defaults = new ThresholdConfig(dir.resolve("config")).defaults();
        kpis = new KpiService(warehouse, sql, () -> defaults, Duration.ofSeconds(30), CLOCK);
        WarehouseInspector inspector = new WarehouseInspector(warehouse, sql);
        store = StateStore.openSqlite(dir.resolve("state.db"), CLOCK);
        IncidentRepository incidents = new IncidentRepository(store);
        incidents.create(ReportFixture.incident("Outage: API returns 5xx for every player", Severity.P0, "2025-11-11T13:40:00Z",
                "2025-11-11T16:10:00Z"), List.of());
        incidents.create(ReportFixture.incident("Shop purchases not credited", Severity.P1, "2025-11-14T09:00:00Z", null), List.of());
        vm = ReportFixture.viewModel(new WeeklyNumbersService(kpis, c -> inspector.latestDay(Duration.ofSeconds(30), c), CLOCK), store, CLOCK,
                dir, text -> { });
        scene = new Scene(new ReportTab(vm).content(), 1260, 780);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/assets/css/light.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        given = new double[] {stage.getWidth(), stage.getHeight()};
    }

    @Override
    public void stop() {
        // TestFX hands the same primary stage to the next test class: give it back at the size it had (on the FX thread here)
        stage.setWidth(given[0]);
        stage.setHeight(given[1]);
        store.close();
        kpis.close();
        warehouse.close();
    }

    @Test
    void theLastCompleteWeekOfTheDemo() throws Exception {
        assertThat(vm.weekProperty().get()).isEqualTo(IsoWeek.parse("2025-W46")); // the demo ends on Thursday 2025-11-20
        clickOn("#report-generate");
        assertThat(vm.numbersProperty().get().errors()).isEmpty();
        clickOn("#report-feedback").write("1. Players ask for a dark mode.\n2. The shop is hard to find on mobile.\n3. More weekly quests.");
        clickOn("#report-focus").write("Fix shop crediting (P1); run the season 2 launch event; answer #help within 2 h.");
        clickOn("#report-save");
        assertThat(vm.stateProperty().get()).startsWith("Saved");
        assertThat(WaitForAsyncUtils.asyncFx(() -> ClippedText.in(scene.getRoot())).get()).isEmpty();
        // the README's pictures: a 1440x900 window (the headless screen's size), light and dark
        interact(() -> {
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        Screenshots.save(scene, "report-demo");
        assertThat(WaitForAsyncUtils.asyncFx(() -> ClippedText.in(scene.getRoot())).get()).isEmpty();
        interact(() -> scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/assets/css/dark.css")).toExternalForm()));
        Screenshots.save(scene, "report-demo-dark");
        assertThat(WaitForAsyncUtils.asyncFx(() -> ClippedText.in(scene.getRoot())).get()).isEmpty();
    }
}
