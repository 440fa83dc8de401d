package io.liveops.console.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.experiment.core.ExperimentQueries;
import io.liveops.console.experiment.core.ExperimentService;
import io.liveops.console.experiment.ui.ExperimentFormViewModel.Source;
import io.liveops.console.testkit.ExperimentFixture;
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
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** Drives the Experiments tab like a user (headless Monocle) at 1024×700: types counts, reads the decision, exports Markdown. */
class ExperimentViewTest extends ApplicationTest {

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
        exportFile = Files.createTempDirectory("experiment-view").resolve("report.md");
        warehouse = Warehouse.open(WarehouseProfile.ofUrl(ExperimentFixture.sqlite(exportFile.getParent())), Map.of());
        service = ExperimentService.over(new ExperimentQueries(warehouse, new SqlCatalog(warehouse.dialect(), null), Duration.ofSeconds(20)));
        vm = new ExperimentViewModel(new CurrentThreadTaskExecutor(), service, clock, clipboard::add, (title, name) -> Optional.of(new io.liveops.console.shared.ExportFile(exportFile)));
        view = new ExperimentView(vm);
        scene = themed(new Scene(view, 1024, 700), "light");
        stage.setScene(scene);
        stage.sizeToScene(); // the shared test stage may keep the size an earlier test gave it
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

    /** Issue 15, item 7: at 1024×700 no text is cut ("vari…"), and the tab reflows when the window grows and shrinks again. */
    @Test
    void nothingIsClippedAt1024x700AndTheTabReflowsAfterAResize() {
        interact(() -> {
            vm.form().arms().get(0).textProperty().set("450/1000");
            vm.form().arms().get(1).textProperty().set("520/1000");
            vm.form().guardrails().get(0).countsProperty().set("20/1000; 22/1000");
            vm.analyze();
        });
        assertThat(view.isStacked()).isTrue();
        assertNothingClipped();
        double narrow = lookup("#comparisons").query().getParent().getLayoutBounds().getWidth();
        interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        double wide = lookup("#comparisons").query().getParent().getLayoutBounds().getWidth();
        assertThat(wide).isGreaterThan(narrow + 200);
        assertNothingClipped();
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        assertThat(lookup("#comparisons").query().getParent().getLayoutBounds().getWidth()).isCloseTo(narrow, org.assertj.core.data.Offset.offset(1.0));
        assertNothingClipped();
    }

    /** Every labeled control in view shows its whole text: the rendered text equals getText(). */
    private void assertNothingClipped() {
        List<String> clipped = new ArrayList<>();
        interact(() -> {
            view.applyCss();
            view.layout();
            collect(view, clipped);
        });
        assertThat(clipped).as("labels shown shortened").isEmpty();
    }

    private static void collect(Node n, List<String> clipped) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            Text shown = (Text) l.lookup(".text");
            if (shown != null && !l.getText().equals(shown.getText())) {
                clipped.add(l.getText() + " → " + shown.getText());
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, clipped));
        }
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
        screenshot(view, "experiments-1024");
    }

    /** At 1440×900 (a tab area of about 1440×790) Analyse is on screen without scrolling; the README's pictures, light and dark. */
    @Test
    void fullSizeScreenshotsAndAnalyseWithoutScrolling() throws Exception {
        for (String theme : List.of("light", "dark")) {
            ExperimentViewModel big = new ExperimentViewModel(new CurrentThreadTaskExecutor(), service, clock, clipboard::add, (n, e) -> Optional.empty());
            ExperimentView[] v = new ExperimentView[1];
            Scene[] s = new Scene[1];
            interact(() -> {
                v[0] = new ExperimentView(big, new SimpleBooleanProperty(theme.equals("dark")));
                s[0] = themed(new Scene(v[0], 1440, 790), theme);
                big.plan().dailyTrafficProperty().set("2000");
                if (theme.equals("light")) {
                    big.form().arms().get(0).textProperty().set("450/1000");
                    big.form().arms().get(1).textProperty().set("520/1000");
                    big.form().guardrails().get(0).countsProperty().set("20/1000; 22/1000");
                } else {
                    big.form().sourceProperty().set(Source.WAREHOUSE);
                    big.warehouse().selectedProperty().set(big.warehouse().experiments().stream()
                            .filter(e -> e.info().id().equals("xp-cuped")).findFirst().orElseThrow());
                    big.form().guardrails().clear();
                    big.form().sequentialProperty().set(true);
                }
                big.analyze();
                s[0].snapshot(null);
            });
            Node analyse = s[0].lookup("#analyse");
            Bounds b = analyse.localToScene(analyse.getBoundsInLocal());
            assertThat(v[0].isStacked()).isFalse();
            assertThat(b.getMaxY()).as("Analyse without scrolling").isLessThan(790);
            screenshot(v[0], theme.equals("light") ? "experiments" : "experiments-dark");
        }
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
