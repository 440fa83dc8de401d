package io.liveops.console.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.FxScheduler;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.ThresholdStore;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.ClippedText;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.testkit.Screenshots;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The KPI tab at 1024×700: no tile or detail text is cut, opening a detail keeps the clicked tile in sight and takes
 * the place of the alert drawer, the grid re-flows when the window grows and shrinks again, and the day field refuses
 * what is not a day of the warehouse with the reason.
 */
@Tag("ui")
class KpiBoardLayoutUiTest extends FxRobot {

    private static final Thresholds DEFAULTS = DemoBoardBackend.DEFAULTS;
    private static final LocalDate D = DemoFixture.LAST_DAY;

    @TempDir
    Path temp;

    private DemoBoardBackend backend;
    private KpiBoardParts parts;
    private KpiTilesView view;
    private SimpleBooleanProperty alertsOpen;
    private Stage stage;

    @BeforeEach
    void setUp() throws Exception {
        backend = DemoBoardBackend.open(temp);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            parts = backend.parts();
            ThresholdEditorViewModel editor = new ThresholdEditorViewModel(ThresholdStore.fixed(DEFAULTS), backend.executor(), () -> { });
            alertsOpen = new SimpleBooleanProperty(false);
            StackPane drawer = new StackPane(new Label("Alert drawer"));
            drawer.setId("test-drawer");
            drawer.setPrefWidth(320);
            view = new KpiTilesView(parts.detail(), editor, new SimpleBooleanProperty(false), drawer, alertsOpen,
                    new SimpleIntegerProperty(0));
            s.setScene(new Scene(view, 1024, 700));
            s.getScene().getStylesheets().add(KpiBoardLayoutUiTest.class.getResource("/assets/css/light.css").toExternalForm());
            s.show();
            parts.board().useService(backend.service(), "Demo", D, D.minusDays(60), D);
            parts.board().refresh();
        });
        awaitIdle();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        interact(() -> parts.board().stop());
        backend.close();
    }

    @Test
    void at1024x700NothingIsCutTheOpenTileStaysInSightAndTheGridReflowsBothWays() throws Exception {
        int narrow = columns();
        assertThat(narrow).isBetween(3, 4);
        assertThat(clipped(view)).isEmpty();

        // the last tile of the first group: the detail narrows the grid to fewer columns and pushes it down
        String last = firstGroup().getChildren().get(firstGroup().getChildren().size() - 1).getId().substring("tile-".length());
        interact(() -> alertsOpen.set(true));
        Node card = lookup("#tile-" + last).query();
        scrollToTheBottomOfTheView(card);
        assertThat(inSight(card)).isTrue();
        clickOn(card);
        await(() -> last.equals(parts.detail().selectedIdProperty().get()) && lookup("#detail-title").tryQuery().isPresent());
        await(() -> !parts.detail().trendLoadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(view.getScene(), "kpi-detail-1024x700-view");
        assertThat(alertsOpen.get()).as("the detail takes the drawer's place instead of squeezing between").isFalse();
        assertThat(lookup("#test-drawer").tryQuery()).isEmpty();
        assertThat(columns()).isLessThan(narrow);
        assertThat(inSight(lookup("#tile-" + last).query())).as("the clicked tile stays in sight").isTrue();
        assertThat(clipped(lookup("#kpi-detail").query())).isEmpty();
        assertThat(clipped(lookup("#kpi-tiles").query())).isEmpty();

        // the drawer opened again takes the detail's place
        interact(() -> alertsOpen.set(true));
        assertThat(parts.detail().selectedIdProperty().get()).isNull();
        interact(() -> alertsOpen.set(false));

        // the window grows: more columns; back to 1024: the same columns as before
        interact(() -> {
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        await(() -> columns() > narrow);
        assertThat(clipped(view)).isEmpty();
        // the watchlist's band thresholds are the longest tile text: they wrap inside the tile, nothing cut
        Node btc = lookup("#tile-watch_change_24h-BTC").query();
        Label note = (Label) btc.lookup("#tile-note");
        assertThat(WaitForAsyncUtils.asyncFx(() -> note.localToScene(note.getLayoutBounds()).getMaxY()
                <= btc.localToScene(btc.getLayoutBounds()).getMaxY()).get()).as("the threshold line ends inside its tile").isTrue();
        scrollToTheBottomOfTheView(btc);
        Screenshots.save(view.getScene(), "kpi-watchlist-1440x900-view");
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        await(() -> columns() == narrow);
        assertThat(clipped(view)).isEmpty();
    }

    @Test
    void aTypedDayOutsideTheWarehouseOrNotADayIsRefusedWithTheReason() throws Exception {
        DatePicker picker = lookup("#as-of-picker").query();
        assertThat(picker.getEditor().getText()).isEqualTo("2025-11-20");
        interact(() -> {
            picker.getEditor().setText("abc");
            picker.commitValue();
        });
        assertThat(((Label) lookup("#as-of-problem").query()).getText()).startsWith("'abc' is not a day");
        assertThat(lookup("#as-of-problem").query().isVisible()).isTrue();
        assertThat(parts.board().asOfProperty().get()).isEqualTo(D);

        interact(() -> {
            picker.getEditor().setText("2030-12-31");
            picker.commitValue();
        });
        assertThat(((Label) lookup("#as-of-problem").query()).getText())
                .isEqualTo("2030-12-31 is after the warehouse's latest day of data: pick a day from 2025-09-21 to 2025-11-20.");
        assertThat(parts.board().asOfProperty().get()).isEqualTo(D);
        assertThat(picker.getValue()).isEqualTo(D);

        interact(() -> {
            picker.getEditor().setText("2025-11-10");
            picker.commitValue();
        });
        await(() -> D.minusDays(10).equals(parts.board().snapshotProperty().get() == null ? null
                : parts.board().snapshotProperty().get().asOf()));
        assertThat(lookup("#as-of-problem").query().isVisible()).isFalse();
        assertThat(lookup("#historical-marker").query().isVisible()).isTrue();
        assertThat(((Label) lookup("#historical-marker").query()).getText()).startsWith("Historical: 2025-11-10");
        assertThat(clipped(view)).isEmpty();
        clickOn("#back-to-latest");
        await(() -> D.equals(parts.board().asOfProperty().get()));
        assertThat(lookup("#historical-marker").query().isVisible()).isFalse();
    }

    private FlowPane firstGroup() {
        return (FlowPane) lookup("#kpi-tiles").queryAs(javafx.scene.layout.VBox.class).getChildren().get(1);
    }

    /** Columns of the first group: the distinct x positions of its tiles. */
    private int columns() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            view.applyCss();
            view.layout();
            return (int) firstGroup().getChildren().stream().map(Node::getLayoutX).distinct().count();
        }).get(10, TimeUnit.SECONDS);
    }

    /** Scrolls the tiles so that a card sits at the bottom of the view: where a re-flow pushes it out of sight. */
    private void scrollToTheBottomOfTheView(Node card) throws Exception {
        interact(() -> {
            ScrollPane scroll = lookup("#kpi-tiles-scroll").query();
            Node content = scroll.getContent();
            double viewport = scroll.getViewportBounds().getHeight();
            double range = content.getLayoutBounds().getHeight() - viewport;
            Bounds b = content.sceneToLocal(card.localToScene(card.getLayoutBounds()));
            scroll.setVvalue(Math.max(0, Math.min(1, (b.getMaxY() + 4 - viewport) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean inSight(Node card) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ScrollPane scroll = lookup("#kpi-tiles-scroll").query();
            Node viewport = scroll.lookup(".viewport");
            Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
            Bounds b = card.localToScene(card.getLayoutBounds());
            return b.getMinY() >= shown.getMinY() - 1 && b.getMaxY() <= shown.getMaxY() + 1;
        }).get(10, TimeUnit.SECONDS);
    }

    private List<String> clipped(Node root) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ClippedText.in(root)).get(10, TimeUnit.SECONDS);
    }

    private void awaitIdle() throws Exception {
        await(() -> {
            KpiSnapshot snap = parts.board().snapshotProperty().get();
            return snap != null && !parts.board().refreshingProperty().get() && !parts.tiles().historyLoadingProperty().get()
                    && view.settledProperty().get();
        });
    }

    private void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
