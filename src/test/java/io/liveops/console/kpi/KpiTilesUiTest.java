package io.liveops.console.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.app.AppContext;
import io.liveops.console.app.LiveOpsApp;
import io.liveops.console.background.FxScheduler;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.config.AppPaths;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.testkit.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The director's morning on the demo warehouse: the tiles load, a click opens the 90-day chart, a
 * threshold edit is refused inline then saved, and the KPI that turns critical pops a toast.
 */
class KpiTilesUiTest extends FxRobot {

    @TempDir
    Path home;

    private LiveOpsApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void tilesLoadATileOpensItsChartAThresholdEditIsValidatedAndACriticalKpiToasts() throws Exception {
        AppPaths paths = AppPaths.under(home);
        Files.createDirectories(paths.demoWarehouse().getParent());
        Files.copy(DemoFixture.smallDemoFile(), paths.demoWarehouse());
        // the day after the demo's last day, ticking: toasts are paced on this clock
        Instant start = DemoFixture.LAST_DAY.plusDays(1).atTime(9, 30).toInstant(ZoneOffset.UTC);
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start));
        FxToolkit.registerPrimaryStage();
        java.util.concurrent.atomic.AtomicReference<AppContext> context = new java.util.concurrent.atomic.AtomicReference<>();
        app = (LiveOpsApp) FxToolkit.setupApplication(() -> new LiveOpsApp(() -> {
            context.set(new AppContext(paths, clock, ZoneOffset.UTC, Map.of(), new FxTaskExecutor(4), new FxScheduler(),
                    DemoFixture.options()));
            return context.get();
        }));

        // Monocle's headless screen is 1280x800: a larger window fails to render
        interact(() -> {
            Window stage = lookup("#main-tabs").query().getScene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        // tiles with values, then the history phase fills deltas and sparklines
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#tile-dau #tile-value").matches("[0-9,]+"));
        } catch (java.util.concurrent.TimeoutException e) {
            Screenshots.save(lookup("#main-tabs").query().getScene(), "debug");
            throw new AssertionError("tiles: " + context.get().tiles().tiles().size() + " state " + context.get().board().stateProperty().get()
                    + " dau '" + text("#tile-dau #tile-value") + "' " + lookup("#tile-dau").tryQuery(), e);
        }
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("vs D-7 ") && !l.getText().endsWith("…") && !l.getText().endsWith("—")).tryQuery().isPresent());
        assertThat(lookup(".kpi-group-heading").queryAll()).extracting(n -> ((Label) n).getText())
                .containsExactly("Engagement", "Monetization", "Technical health", "Product and community", "Economy", "Watchlist");
        assertThat(text("#tile-mrr_usd #tile-value")).startsWith("$");
        assertThat(text("#tile-dau_mau #tile-value")).endsWith(" %");
        assertThat(text("#tile-p95_latency_ms #tile-value")).endsWith(" ms");
        assertThat(lookup("#tile-watch_change_24h-BTC").tryQuery()).isPresent();
        Scene scene = lookup("#main-tabs").query().getScene();
        Screenshots.save(scene, "kpi-board");

        // a click opens the detail with the 90-day chart
        clickOn("#tile-dau");
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#kpi-chart").tryQuery().isPresent()
                    && !context.get().tiles().trendLoadingProperty().get() && context.get().tiles().trendProperty().get().size() == 90);
        } catch (java.util.concurrent.TimeoutException e) {
            Screenshots.save(scene, "debug");
            throw new AssertionError("sel " + context.get().tiles().selectedIdProperty().get() + " loading "
                    + context.get().tiles().trendLoadingProperty().get() + " n " + context.get().tiles().trendProperty().get().size()
                    + " err " + context.get().tiles().trendErrorProperty().get() + " problems " + context.get().shell().problems(), e);
        }
        ChartViewer chart = lookup("#kpi-chart").query();
        assertThat(chart.getChart().getXYPlot().getDataset().getItemCount(0)).isEqualTo(90);
        assertThat(text("#detail-title")).isEqualTo("DAU");
        assertThat(text("#detail-sql")).contains("dau.sql");
        assertThat(text("#detail-definition")).contains("Distinct sessions.user_id");

        // a p95 latency detail draws its bands: open it for the screenshot, then back to DAU
        interact(() -> context.get().tiles().select("p95_latency_ms")); // scrolled out of view by the detail pane
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !context.get().tiles().trendLoadingProperty().get()
                && context.get().tiles().trendProperty().get().size() == 90 && text("#detail-title").equals("API p95 latency"));
        assertThat(chart.getChart().getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).isNotNull();
        Screenshots.save(scene, "kpi-detail");
        clickOn("#tile-dau");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text("#detail-title").equals("DAU"));

        // bad input is refused inline with the reason
        replaceText("#threshold-warning", "lots");
        assertThat(text("#threshold-error")).contains("'lots' is not a number");
        assertThat(lookup("#threshold-save").queryAs(Button.class).isDisabled()).isTrue();
        replaceText("#threshold-target", "1000000");
        replaceText("#threshold-warning", "100");
        replaceText("#threshold-critical", "800000");
        assertThat(text("#threshold-error")).contains("must lie between");
        assertThat(lookup("#threshold-save").queryAs(Button.class).isDisabled()).isTrue();

        // a valid threshold that DAU misses by far: saved, the board recomputes, DAU turns critical and toasts
        replaceText("#threshold-warning", "900000");
        assertThat(text("#threshold-error")).isEmpty();
        clickOn("#threshold-save");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#tile-dau .tile-status").startsWith("critical"));
        assertThat(Files.readString(paths.configDir().resolve(ThresholdConfig.FILE_NAME))).contains("\"dau\"");
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !toastLabels("DAU: ok → critical").isEmpty());
        assertThat(context.get().alerts().history(50)).anySatisfy(a -> {
            assertThat(a.key()).isEqualTo("dau");
            assertThat(a.title()).isEqualTo("DAU: ok → critical");
        });
        Screenshots.saveWithPopups(scene, "toast");

        // the alert drawer lists it; the dark theme recolours the tiles
        clickOn("#alerts-toggle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#alert-list").tryQuery().isPresent());
        interact(() -> context.get().shell().darkThemeProperty().set(true));
        clickOn("#detail-close");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "kpi-board-dark");
    }

    private String text(String query) {
        return lookup(query).tryQuery().map(n -> n instanceof Label l ? l.getText() : "").orElse("");
    }

    private void replaceText(String query, String value) {
        TextField field = lookup(query).query();
        clickOn(field);
        interact(() -> field.selectAll());
        write(value);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo(value);
    }

    private java.util.List<Node> toastLabels(String text) {
        java.util.List<Node> found = new java.util.ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null) {
                from(w.getScene().getRoot()).lookup((Node n) -> n instanceof Label l && text.equals(l.getText())).queryAll().forEach(found::add);
            }
        }
        return found;
    }
}
