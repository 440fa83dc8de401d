package io.liveops.console.economy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.Cancellation;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.economy.core.EconomyService;
import io.liveops.console.economy.core.ExploitIncidentService;
import io.liveops.console.economy.core.Gauge;
import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.incident.core.IncidentService;
import io.liveops.console.incident.core.SeverityPolicy;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.KpiValue;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.TestFolders;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.testkit.RecordingNavigator;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Economy tab on the demo warehouse (headless Monocle): the gauges show the KPI engine's values, the demo's story
 * gives recommendations and the charts draw; Open incident declares once and then shows the open incident; nothing is
 * clipped at 1024x700 in either theme. Writes the README's screenshots.
 */
@Tag("ui")
class EconomyViewTest extends ApplicationTest {

    private static final Thresholds DEFAULTS = new ThresholdConfig(Path.of("no-config")).defaults();

    private final List<String> opened = new ArrayList<>();
    private final SimpleBooleanProperty dark = new SimpleBooleanProperty(false);
    private Warehouse warehouse;
    private KpiService kpis;
    private StateStore store;
    private IncidentService incidents;
    private EconomyViewModel vm;
    private EconomyView view;
    private StackPane root;
    private Stage stage;
    private FxTaskExecutor executor;

    @BeforeAll
    static void demo() {
        DemoFixture.fullDemoUrl(); // built once, off the FX thread
    }

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        Clock clock = Clock.fixed(DemoFixture.LAST_DAY.plusDays(1).atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        warehouse = Warehouse.open(WarehouseProfile.ofUrl(DemoFixture.fullDemoUrl()), Map.of());
        SqlCatalog sql = new SqlCatalog(warehouse.dialect(), null);
        kpis = new KpiService(warehouse, sql, () -> DEFAULTS, Duration.ofSeconds(60), clock);
        store = StateStore.openSqlite(TestFolders.create("economy-view").resolve("state.db"), clock);
        incidents = new IncidentService(new IncidentRepository(store), clock, SeverityPolicy.load(SeverityPolicy.Preset.GAME, null).value(), null);
        executor = new FxTaskExecutor(2);
        EconomyService economy = new EconomyService(warehouse, sql, Duration.ofSeconds(60), kpis, () -> DEFAULTS, "gold", clock);
        vm = new EconomyViewModel(economy::load, new ExploitIncidentViewModel(new ExploitIncidentService(incidents), new RecordingNavigator(opened),
                executor), executor, () -> DEFAULTS, clock, ZoneOffset.UTC, new KpiFormat(Locale.US),
                new SimpleObjectProperty<>(DemoFixture.LAST_DAY), new SimpleObjectProperty<KpiSnapshot>());
        view = new EconomyTab(vm, dark).content();
        root = new StackPane(view);
        Scene scene = new Scene(root, 1260, 780);
        theme(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void loaded() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void stop() throws Exception {
        // TestFX hands the same primary stage to the next test class: give it back at the size it had (on the FX thread here)
        stage.setWidth(1260);
        stage.setHeight(780);
        executor.close();
        kpis.close();
        warehouse.close();
        store.close();
    }

    private static void theme(Scene scene, boolean dark) {
        scene.getStylesheets().setAll(Objects.requireNonNull(EconomyViewTest.class.getResource("/assets/css/light.css")).toExternalForm());
        if (dark) {
            scene.getStylesheets().add(Objects.requireNonNull(EconomyViewTest.class.getResource("/assets/css/dark.css")).toExternalForm());
        }
    }

    @Test
    void theGaugesShowTheKpiEnginesValuesWithRecommendationsAndCharts() throws Exception {
        for (Gauge g : Gauge.values()) {
            KpiValue kpi = kpis.compute(g.kpiId(), DemoFixture.LAST_DAY, Cancellation.none());
            GaugeCard card = view.gaugeCards().get(g);
            assertThat(card.shown().value()).as(g.kpiId()).isEqualTo(kpi.value());
            assertThat(card.tile().getSkinType()).isEqualTo(eu.hansolo.tilesfx.Tile.SkinType.GAUGE);
            assertThat(card.tile().getSections()).isNotEmpty();
            assertThat(card.tile().getValue()).isEqualTo(kpi.value());
        }
        assertThat(view.gaugeCards().get(Gauge.RATIO).tile().getSections()).hasSize(5);
        assertThat(lookup("#economy-season").queryLabeled().getText()).startsWith("Season 2: Frostfall (S2)");
        // the demo's story: fraud burst on the last day (critical), inflation and the ratio at warning
        assertThat(lookup("#recommendation-fraud_flags_24h").tryQuery()).isPresent();
        assertThat(lookup("#recommendation-inflation_index").tryQuery()).isPresent();
        assertThat(lookup("#economy-open-incident").tryQuery()).isPresent();
        XYPlot ledger = view.drillDown().chart("ledger").getXYPlot();
        assertThat(ledger.getDataset(0).getSeriesCount()).as("a series per reason").isEqualTo(8);
        assertThat(ledger.getDataset(1).getItemCount(0)).as("the ratio line").isEqualTo(60);
        assertThat(view.drillDown().chart("index").getXYPlot().getDataset().getItemCount(0)).isGreaterThan(20);
        assertThat(view.drillDown().chart("fraud").getXYPlot().getDataset().getSeriesCount()).isGreaterThan(1);
        assertThat(vm.reasonRows()).hasSize(8);
        assertThat(vm.itemRows()).isNotEmpty();

        screenshot("economy", 1440, 900, false, 0);
        screenshot("economy-dark", 1440, 900, true, 0);
        screenshot("economy-prices", 1440, 900, false, 1);
        screenshot("economy-fraud-dark", 1440, 900, true, 2);
    }

    @Test
    void openIncidentDeclaresOnceThenShowsTheOpenIncident() throws Exception {
        // the critical fraud card comes first
        assertThat(vm.recommendations().get(0).gauge()).isEqualTo(Gauge.FRAUD);
        clickOn("#economy-open-incident");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened.size() == 1);
        assertThat(incidents.all()).hasSize(1);
        long id = incidents.all().get(0).id();
        assertThat(incidents.all().get(0).title()).isEqualTo("Economy exploit suspected");
        assertThat(incidents.all().get(0).severity()).isEqualTo(io.liveops.console.incident.core.Severity.P0);
        assertThat(opened).containsExactly("incidents " + id);
        clickOn("#economy-open-incident");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened.size() == 2);
        assertThat(incidents.all()).hasSize(1);
        assertThat(opened).containsExactly("incidents " + id, "incidents " + id);
    }

    @Test
    void noLabelIsClippedAt1024x700InEitherTheme() throws Exception {
        for (boolean d : List.of(false, true)) {
            for (int tab = 0; tab < 3; tab++) {
                int which = tab;
                // from full size down to 1024x700: the layout after a resize
                interact(() -> {
                    dark.set(d);
                    theme(stage.getScene(), d);
                    ((TabPane) view.drillDown()).getSelectionModel().select(which);
                    stage.setWidth(1260);
                    stage.setHeight(780);
                });
                WaitForAsyncUtils.waitForFxEvents();
                interact(() -> {
                    stage.setWidth(1024);
                    stage.setHeight(700);
                });
                WaitForAsyncUtils.waitForFxEvents();
                List<String> clipped = new ArrayList<>();
                interact(() -> {
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    clippedLabels(stage.getScene().getRoot(), clipped);
                });
                assertThat(stage.getScene().getWidth()).isEqualTo(1024);
                assertThat(clipped).as("clipped at 1024x700, dark=%s, drill-down tab %s", d, which).isEmpty();
                save(stage.getScene(), "economy-1024" + (d ? "-dark" : "") + "-" + which);
            }
        }
    }

    /**
     * Writes a screenshot at a size bigger than Monocle's screen: the theme is switched while the tab is on screen (TilesFX
     * redraws only showing tiles), then the tab is laid out in a window-less scene of that size.
     */
    private void screenshot(String name, int width, int height, boolean darkTheme, int drillTab) throws Exception {
        interact(() -> {
            dark.set(darkTheme);
            theme(stage.getScene(), darkTheme);
            ((TabPane) view.drillDown()).getSelectionModel().select(drillTab);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Scene[] scene = new Scene[1];
        interact(() -> {
            root.getChildren().clear();
            scene[0] = new Scene(new StackPane(view), width, height);
            theme(scene[0], darkTheme);
            scene[0].getRoot().applyCss();
            scene[0].getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(scene[0], name);
        interact(() -> {
            ((StackPane) scene[0].getRoot()).getChildren().clear();
            root.getChildren().setAll(view);
            dark.set(false);
            theme(stage.getScene(), false);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(Scene scene, String name) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = scene.snapshot(null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot[0], null);
        Path png = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(png.getParent());
        assertThat(ImageIO.write(image, "png", png.toFile())).isTrue();
    }

    /** Every visible Labeled whose shown text is not its whole text (ellipsis) inside the visible area. */
    private static void clippedLabels(Parent parent, List<String> clipped) {
        for (Node n : parent.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                Node shown = l.lookup(".text");
                if (shown instanceof Text t && !t.getText().equals(l.getText())) {
                    clipped.add((l.getId() == null ? l.getClass().getSimpleName() : "#" + l.getId()) + " '" + l.getText() + "' shown as '"
                            + t.getText() + "'");
                }
            }
            if (n instanceof Parent p) {
                clippedLabels(p, clipped);
            }
        }
    }
}
