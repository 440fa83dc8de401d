package io.liveops.console.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.experiment.core.ExperimentQueries;
import io.liveops.console.experiment.core.ExperimentService;
import io.liveops.console.experiment.ui.ExperimentFormViewModel.Source;
import io.liveops.console.testkit.TestFolders;
import io.liveops.console.testkit.ClippedText;
import io.liveops.console.testkit.ExperimentFixture;
import io.liveops.console.testkit.Screenshots;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the Experiments tab like a user (headless Monocle) in the tab area of a 1024×700 window: types counts,
 * reads the decision, exports Markdown; checks the arrangement at 1440×900 and after resizes.
 */
@Tag("ui")
class ExperimentViewTest extends ApplicationTest {

    /** The tab area of a 1440×900 window on a desktop: the window frame, menu, tab headers and status bar taken off. */
    private static final double[] FULL_TAB = {1390, 780};
    /** The same for a 1024×700 window. */
    private static final double[] SMALL_TAB = {974, 580};

    private ExperimentViewModel vm;
    private ExperimentView view;
    private Scene scene;
    private Stage stage;
    private Path exportFile;
    private final List<String> clipboard = new ArrayList<>();
    private Warehouse warehouse;
    private ExperimentService service;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @Override
    public void stop() {
        warehouse.close();
    }

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        exportFile = TestFolders.create("experiment-view").resolve("report.md");
        warehouse = Warehouse.open(WarehouseProfile.ofUrl(ExperimentFixture.sqlite(exportFile.getParent())), Map.of());
        service = ExperimentService.over(new ExperimentQueries(warehouse, new SqlCatalog(warehouse.dialect(), null), Duration.ofSeconds(20)));
        vm = new ExperimentViewModel(new CurrentThreadTaskExecutor(), service, clock, clipboard::add, (title, name) -> Optional.of(new io.liveops.console.shared.ExportFile(exportFile)));
        view = new ExperimentView(vm);
        scene = themed(new Scene(view, SMALL_TAB[0], SMALL_TAB[1]), "light");
        stage.setScene(scene);
        stage.sizeToScene(); // the shared test stage may keep the size an earlier test gave it
        stage.setMinWidth(0); // and the console's minimum size, when an earlier UI test ran the console on it
        stage.setMinHeight(0);
        stage.show();
    }

    /** The theme the console applies to every scene: the tab's colours are its looked-up colours. */
    private static Scene themed(Scene s, String theme) {
        s.getStylesheets().add(Objects.requireNonNull(ExperimentViewTest.class.getResource("/assets/css/" + theme + ".css")).toExternalForm());
        return s;
    }

    /** Scrolls the tab so the node of {@code query} is in the viewport. */
    private String reveal(String query) {
        Node n = lookup(query).query();
        interact(() -> {
            Bounds b = view.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double range = view.getContent().getBoundsInLocal().getHeight() - view.getViewportBounds().getHeight();
            view.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 60) / range)));
        });
        return query;
    }

    @Test
    void typeCountsSeeTheDecisionAndExportMarkdown() throws Exception {
        clickOn(reveal("#plan-traffic")).write("2000");
        assertThat(lookup("#plan-duration").queryAs(Label.class).getText()).isEqualTo("10 days");

        clickOn(reveal("#arm-0")).write("450/1000");
        clickOn(reveal("#arm-1")).write("520/500");
        TextField variant = lookup("#arm-1").queryAs(TextField.class);
        assertThat(view.validation().getHighestMessage(variant)).hasValueSatisfying(m ->
                assertThat(m.getText()).isEqualTo("The successes of variant (520) cannot exceed its trials (500)."));
        clickOn(reveal("#analyse"));
        assertThat(lookup("#recommendation").queryAs(Label.class).getText()).isEqualTo("No analysis yet");

        interact(() -> variant.setText(""));
        clickOn(reveal("#arm-1")).write("520/1000");
        assertThat(view.validation().getHighestMessage(variant)).isEmpty();
        interact(() -> vm.form().guardrails().get(0).countsProperty().set("20/1000; 22/1000"));
        clickOn(reveal("#analyse"));

        assertThat(lookup("#recommendation").queryAs(Label.class).getText()).isEqualTo("Roll out · variant");
        assertThat(lookup("#rule").queryAs(Label.class).getText()).startsWith("Variant \"variant\" beats control (lift +7.00 pp");
        assertThat(lookup("#srm").queryAs(Label.class).getText()).startsWith("Sample ratio OK");
        assertThat(lookup("#export-md").queryButton().isDisabled()).isFalse();
        clickOn(reveal("#export-md"));
        assertThat(Files.readString(exportFile)).startsWith("# Experiment manual").contains("**Recommendation: ROLLOUT** (variant)");

        // changing an input takes the verdict off the screen and disables export at once
        clickOn(reveal("#alpha")).write("1");
        assertThat(lookup("#recommendation").queryAs(Label.class).getText()).isEqualTo("No analysis yet");
        assertThat(lookup("#export-md").queryButton().isDisabled()).isTrue();
        assertThat(lookup("#copy-json").queryButton().isDisabled()).isTrue();
    }

    /** Issue 15, item 7: in the tab area of a 1024×700 window no text is cut ("vari…"), Analyse and the verdict lead, and the tab reflows when the window grows and shrinks again. */
    @Test
    void nothingIsClippedAt1024x700AndTheTabReflowsAfterAResize() {
        interact(() -> {
            vm.form().arms().get(0).textProperty().set("450/1000");
            vm.form().arms().get(1).textProperty().set("520/1000");
            vm.form().guardrails().get(0).countsProperty().set("20/1000; 22/1000");
            vm.analyze();
        });
        resize(SMALL_TAB);
        assertThat(view.arrangement()).isEqualTo(ExperimentView.Arrangement.STACKED);
        assertNothingClipped(scene, "1024x700's tab area");
        assertOnFirstScreen(scene, view, "#analyse-card", "#analyse", "#recommendation");
        assertThat(below("#decide-card", "#analyse-card")).as("the form and the verdict side by side").isFalse();
        assertThat(below("#plan-card", "#results-card")).as("the plan after the results").isTrue();
        double narrow = lookup("#comparisons").query().getParent().getLayoutBounds().getWidth();

        resize(1280, 800); // the headless screen's full size
        assertThat(view.arrangement()).isEqualTo(ExperimentView.Arrangement.SIDE_BY_SIDE);
        assertThat(rightOf("#plan-card", "#results-card")).as("the plan beside the analysis").isTrue();
        assertNothingClipped(scene, "1280x800");
        assertOnFirstScreen(scene, view, "#analyse-card", "#recommendation", "#comparisons");

        resize(SMALL_TAB);
        assertThat(view.arrangement()).isEqualTo(ExperimentView.Arrangement.STACKED);
        assertThat(lookup("#comparisons").query().getParent().getLayoutBounds().getWidth()).isCloseTo(narrow, org.assertj.core.data.Offset.offset(1.0));
        assertNothingClipped(scene, "1024x700's tab area again");
        resize(1024, 700);
        assertNothingClipped(scene, "1024x700");
        resize(800, 600); // narrower than the console allows: one column, the form first
        assertThat(view.arrangement()).isEqualTo(ExperimentView.Arrangement.ONE_COLUMN);
        assertThat(below("#decide-card", "#analyse-card")).isTrue();
        resize(SMALL_TAB);
        assertThat(view.arrangement()).isEqualTo(ExperimentView.Arrangement.STACKED);
    }

    /**
     * Issue 15, items 7 and 13: in the tab area of a 1440×900 window the analysis form, Analyse, the verdict and the
     * comparison are on screen without scrolling, the plan beside them, nothing cut, in both themes (by hand in the
     * light one; from the warehouse with CUPED and sequential results, the widest tables, in the dark one).
     */
    @Test
    void analysisVerdictAndComparisonOnTheFirstScreenAt1440x900() {
        for (String theme : List.of("light", "dark")) {
            ExperimentViewModel full = new ExperimentViewModel(new CurrentThreadTaskExecutor(), service, clock, clipboard::add, (n, e) -> Optional.empty());
            ExperimentView[] v = new ExperimentView[1];
            Scene[] s = new Scene[1];
            interact(() -> {
                v[0] = new ExperimentView(full, new SimpleBooleanProperty(theme.equals("dark")));
                s[0] = themed(new Scene(v[0], FULL_TAB[0], FULL_TAB[1]), theme);
                full.plan().dailyTrafficProperty().set("2000");
                if (theme.equals("light")) {
                    full.form().arms().get(0).textProperty().set("450/1000");
                    full.form().arms().get(1).textProperty().set("520/1000");
                    full.form().guardrails().get(0).countsProperty().set("20/1000; 22/1000");
                } else {
                    full.form().sourceProperty().set(Source.WAREHOUSE);
                    full.warehouse().selectedProperty().set(full.warehouse().experiments().stream()
                            .filter(e -> e.info().id().equals("xp-cuped")).findFirst().orElseThrow());
                    full.form().guardrails().clear();
                    full.form().sequentialProperty().set(true);
                }
                full.analyze();
            });
            assertThat(full.result().hasResultProperty().get()).isTrue();
            assertThat(v[0].arrangement()).isEqualTo(ExperimentView.Arrangement.SIDE_BY_SIDE);
            assertNothingClipped(s[0], theme);
            assertOnFirstScreen(s[0], v[0], "#analyse-card", "#analyse", "#recommendation", "#comparisons");
            Node plan = s[0].lookup("#plan-card");
            Node results = s[0].lookup("#results-card");
            assertThat(inScene(plan).getMinX()).as("the plan is a column beside the results").isGreaterThan(inScene(results).getMaxX());
            assertThat(inScene(s[0].lookup("#alpha")).getWidth()).as("a number field is not stretched across the card").isLessThanOrEqualTo(200);
            // the README's picture: the same tab in a 1440x900 scene, scrolled to its top
            interact(() -> {
                s[0].setRoot(new Pane());
                s[0] = themed(new Scene(v[0], 1440, 900), theme);
                settle(s[0]);
                v[0].setVvalue(0);
            });
            assertNothingClipped(s[0], theme + " at 1440x900");
            Screenshots.save(s[0], theme.equals("light") ? "experiments" : "experiments-dark");
        }
    }

    /** Until the plan has a duration the power chart is a one-line hint, not an empty frame. */
    @Test
    void thePowerChartIsAHintUntilThePlanHasADuration() {
        assertThat(lookup("#power-chart").query().isVisible()).isFalse();
        assertThat(lookup("#power-hint").queryAs(Label.class).isVisible()).isTrue();
        interact(() -> vm.plan().dailyTrafficProperty().set("2000"));
        assertThat(lookup("#power-chart").query().isVisible()).isTrue();
        assertThat(lookup("#power-hint").query().isVisible()).isFalse();
        interact(() -> vm.plan().dailyTrafficProperty().set("0.000001"));
        assertThat(lookup("#plan-duration").queryAs(Label.class).getText()).isEqualTo("not reachable with this traffic");
        assertThat(lookup("#power-chart").query().isVisible()).isFalse();
        assertThat(lookup("#power-hint").query().isVisible()).isTrue();
        assertNothingClipped(scene, "an unreachable plan");
    }

    private void resize(double... size) {
        interact(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> settle(scene));
    }

    /** Lays the scene out until the view has re-arranged for its new width (the arrangement follows the viewport). */
    private static void settle(Scene s) {
        for (int i = 0; i < 3; i++) {
            s.getRoot().applyCss();
            s.getRoot().layout();
        }
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private boolean below(String lower, String upper) {
        return inScene(lookup(lower).query()).getMinY() >= inScene(lookup(upper).query()).getMaxY();
    }

    private boolean rightOf(String right, String left) {
        return inScene(lookup(right).query()).getMinX() >= inScene(lookup(left).query()).getMaxX();
    }

    /** Each node is wholly inside the tab's viewport with the tab scrolled to its top. */
    private void assertOnFirstScreen(Scene s, ExperimentView v, String... queries) {
        interact(() -> {
            v.setVvalue(0);
            settle(s);
        });
        Bounds viewport = v.localToScene(v.getLayoutBounds());
        for (String q : queries) {
            Bounds b = inScene(s.lookup(q));
            assertThat(b.getMinY()).as(q + " top").isGreaterThanOrEqualTo(viewport.getMinY());
            assertThat(b.getMaxY()).as(q + " bottom, in a viewport " + Math.round(viewport.getHeight()) + " high").isLessThanOrEqualTo(viewport.getMaxY());
            assertThat(b.getMaxX()).as(q + " right edge").isLessThanOrEqualTo(viewport.getMaxX());
        }
    }

    /** Every labeled control in view shows its whole text (testkit/ClippedText). */
    private void assertNothingClipped(Scene s, String where) {
        List<String> clipped = new ArrayList<>();
        interact(() -> {
            settle(s);
            clipped.addAll(ClippedText.in(s.getRoot()));
        });
        assertThat(clipped).as("labels shown shortened at " + where).isEmpty();
    }

    @Test
    void warehouseExperimentWithBrokenSplitIsFlagged() throws Exception {
        clickOn(reveal("#source-warehouse"));
        assertThat(vm.warehouse().experiments()).hasSize(7);
        interact(() -> vm.warehouse().selectedProperty().set(vm.warehouse().experiments().stream()
                .filter(e -> e.info().id().equals("xp-srm-bad")).findFirst().orElseThrow()));
        assertThat(lookup("#experiment-summary").queryAs(Label.class).getText()).contains("control 500 · variant 700").contains("running");
        clickOn(reveal("#analyse"));
        assertThat(lookup("#srm").queryAs(Label.class).getText()).startsWith("Sample-ratio mismatch").contains("do not trust this result");
        assertThat(lookup("#srm").queryAs(Label.class).getStyleClass()).contains("experiment-alarm");
        assertThat(lookup("#recommendation").queryAs(Label.class).getText()).isEqualTo("Keep running");
        resize(SMALL_TAB);
        interact(() -> view.setVvalue(0));
        Screenshots.save(scene, "experiments-1024");
        screenshot(view, "experiments-1024-whole");
    }

    private void screenshot(ExperimentView v, String name) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = v.getContent().snapshot(null, null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot[0], null);
        Path png = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(png.getParent());
        assertThat(ImageIO.write(image, "png", png.toFile())).isTrue();
    }
}
