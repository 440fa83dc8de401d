package io.liveops.console.experiment.ui;

import io.liveops.console.testkit.ExperimentFixture;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** Drives the Experiments tab like a user (headless Monocle): types counts, reads the decision, exports Markdown. */
class ExperimentViewTest extends ApplicationTest {

    private ExperimentViewModel vm;
    private ExperimentView view;
    private Scene scene;
    private Path exportFile;
    private final List<String> clipboard = new ArrayList<>();
    private Warehouse warehouse;

    @Override
    public void stop() {
        warehouse.close();
    }

    @Override
    public void start(Stage stage) throws Exception {
        exportFile = Files.createTempDirectory("experiment-view").resolve("report.md");
        Path dir = exportFile.getParent();
        warehouse = Warehouse.open(WarehouseProfile.ofUrl(ExperimentFixture.sqlite(dir)), Map.of());
        vm = new ExperimentViewModel(new CurrentThreadTaskExecutor(), () -> Optional.of(warehouse), null, clipboard::add,
                (name, ext) -> Optional.of(exportFile));
        view = new ExperimentView(vm);
        // Monocle's headless screen is 1280×800 and refuses larger windows; the screenshot renders the whole content instead
        scene = new Scene(view, 1260, 780);
        // the theme the console applies to every scene: the tab's colours are its looked-up colours
        scene.getStylesheets().add(java.util.Objects.requireNonNull(getClass().getResource("/assets/css/light.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Scrolls the tab so the node of {@code query} is in the viewport (the tab is taller than the headless screen). */
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
        assertThat(vm.arms().get(1).errorProperty().get()).isEqualTo("The successes of variant (520) cannot exceed its trials (500).");
        assertThat(view.validation().getHighestMessage(variant)).hasValueSatisfying(m ->
                assertThat(m.getText()).isEqualTo("The successes of variant (520) cannot exceed its trials (500)."));
        clickOn(reveal("#analyse"));
        assertThat(lookup("#recommendation").queryAs(Label.class).getText()).isEqualTo("No analysis yet");

        interact(() -> variant.setText(""));
        clickOn(reveal("#arm-1")).write("520/1000");
        assertThat(view.validation().getHighestMessage(variant)).isEmpty();
        interact(() -> vm.guardrails().get(0).countsProperty().set("20/1000; 22/1000"));
        clickOn(reveal("#analyse"));

        assertThat(lookup("#recommendation").queryAs(Label.class).getText()).isEqualTo("ROLLOUT · variant");
        assertThat(lookup("#rule").queryAs(Label.class).getText()).startsWith("Variant \"variant\" beats control (lift +7.00 pp");
        assertThat(lookup("#srm").queryAs(Label.class).getText()).startsWith("Sample ratio OK");
        assertThat(vm.comparisonLines()).singleElement().extracting(ExperimentRows.ComparisonLine::pHolm).isEqualTo("0.0017");

        clickOn(reveal("#export-md"));
        assertThat(Files.readString(exportFile)).startsWith("# Experiment manual").contains("**Recommendation: ROLLOUT** (variant)");

        screenshot("experiments.png");
    }

    @Test
    void warehouseExperimentWithBrokenSplitIsFlagged() throws Exception {
        clickOn(reveal("#source-warehouse"));
        assertThat(vm.experiments()).hasSize(6);
        clickOn(reveal("#experiment-choice"));
        clickOn("xp-srm-bad (converted)");
        clickOn(reveal("#analyse"));
        assertThat(lookup("#srm").queryAs(Label.class).getText()).startsWith("Sample-ratio mismatch").contains("do not trust this result");
        assertThat(lookup("#srm").queryAs(Label.class).getStyleClass()).contains("experiment-alarm");
        assertThat(lookup("#recommendation").queryAs(Label.class).getText()).isEqualTo("CONTINUE_MONITORING");
        screenshot("experiments-srm.png");
    }

    private void screenshot(String name) throws Exception {
        WritableImage[] shot = new WritableImage[1];
        interact(() -> shot[0] = view.getContent().snapshot(null, null));
        BufferedImage image = SwingFXUtils.fromFXImage(shot[0], null);
        Path png = Path.of("target", "screenshots", name);
        Files.createDirectories(png.getParent());
        assertThat(ImageIO.write(image, "png", png.toFile())).isTrue();
        assertThat(image.getHeight()).isGreaterThan(700);
    }
}
