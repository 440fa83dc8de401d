package io.liveops.console.kpi.ui;

import io.liveops.console.kpi.core.ThresholdConfig;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.app.AppContext;
import io.liveops.console.app.LiveOpsApp;
import io.liveops.console.background.FxScheduler;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.shared.AppPaths;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The director's morning on the demo warehouse: the tiles load, a click opens the 90-day chart, a
 * threshold edit is refused inline then saved, and the KPI that turns critical pops a toast.
 */
@Tag("ui")
class KpiTilesUiTest extends FxRobot {

    @TempDir
    Path home;

    private LiveOpsApp app;
    /** The shared primary stage and its size before the test resized it: given back after the test. */
    private javafx.stage.Window window;
    private double[] given;

    @AfterEach
    void stop() throws Exception {
        if (window != null) {
            interact(() -> {
                window.setWidth(given[0]);
                window.setHeight(given[1]);
            });
        }
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
                    io.liveops.console.ui.kit.DesktopPorts.standard(url -> { }), DemoFixture.options()));
            return context.get();
        }));
        // the window shows at once; the console is built behind it
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> context.get() != null
                && lookup("#main-tabs").tryQuery().isPresent());
        ctx = context.get();
        // the README's pictures are taken at 1440x900 (and one at 1024x700 at the end)
        interact(() -> {
            window = lookup("#main-tabs").query().getScene().getWindow();
            given = new double[] {window.getWidth(), window.getHeight()};
            window.setX(0);
            window.setY(0);
            window.setWidth(1440);
            window.setHeight(900);
        });

        interact(() -> {
            var handler = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
                e.printStackTrace(); // the console's own handler reports to its log file in the temporary folder
                handler.uncaughtException(t, e);
            });
        });
        // tiles with values, then the history phase fills deltas and sparklines
        await(60, () -> text("#tile-dau #tile-value").matches("[0-9,]+"));
        await(120, () -> lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("vs D-7 ") && !l.getText().endsWith("…") && !l.getText().endsWith("—")).tryQuery().isPresent());
        assertThat(lookup(".kpi-group-heading").queryAll()).extracting(n -> ((Label) n).getText())
                .containsExactly("Engagement", "Monetization", "Technical health", "Product and community", "Economy", "Watchlist");
        assertThat(text("#tile-mrr_usd #tile-value")).startsWith("$");
        assertThat(text("#tile-dau_mau #tile-value")).endsWith(" %");
        assertThat(text("#tile-p95_latency_ms #tile-value")).endsWith(" ms");
        assertThat(lookup("#tile-watch_change_24h-BTC").tryQuery()).isPresent();
        Scene scene = lookup("#main-tabs").query().getScene();
        Screenshots.save(scene, "kpi-board");
        // the breaches found by the first refresh are a storm: one toast, then one summary of the rest
        await(30, () -> { toastLabels(""); return seenInPopups.stream().anyMatch(t -> t.endsWith("need attention")); });

        // a click opens the detail with the 90-day chart
        clickOn("#tile-dau");
        await(60, () -> lookup("#kpi-chart").tryQuery().isPresent()
                && !context.get().kpiDetail().trendLoadingProperty().get() && context.get().kpiDetail().trendProperty().get().size() == 90);
        ChartViewer chart = lookup("#kpi-chart").query();
        assertThat(chart.getChart().getXYPlot().getDataset().getItemCount(0)).isEqualTo(90);
        assertThat(text("#detail-title")).isEqualTo("DAU");
        assertThat(text("#detail-sql")).contains("daily_visitors.sql");
        assertThat(text("#detail-definition")).contains("Distinct sessions.user_id");

        // a p95 latency detail draws its bands: open it for the screenshot, then back to DAU
        interact(() -> context.get().kpiDetail().select("p95_latency_ms")); // scrolled out of view by the detail pane
        await(60, () -> !context.get().kpiDetail().trendLoadingProperty().get()
                && context.get().kpiDetail().trendProperty().get().size() == 90 && text("#detail-title").equals("API p95 latency"));
        assertThat(chart.getChart().getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).isNotNull();
        Screenshots.save(scene, "kpi-detail");
        interact(() -> context.get().kpiDetail().select("dau"));
        await(30, () -> text("#detail-title").equals("DAU"));

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
        interact(() -> lookup("#threshold-save").queryButton().fire()); // a toast may sit over the button
        await(60, () -> text("#tile-dau .tile-status").startsWith("critical"));
        assertThat(Files.readString(paths.configDir().resolve(ThresholdConfig.FILE_NAME))).contains("\"dau\"");
        await(20, () -> context.get().alerts().history(50).stream()
                .anyMatch(a -> a.key().equals("dau") && a.title().equals("DAU: ok → critical") && a.toastWorthy()));
        await(40, () -> !toastLabels("DAU: ok → critical").isEmpty());
        // for the picture: wait until the earlier summary toast has gone and DAU's stands alone
        await(40, () -> !toastLabels("DAU: ok → critical").isEmpty()
                && showingPopupLabels().stream().noneMatch(t -> t.endsWith("need attention")));
        // the picture starts at the board's first heading (bringing DAU back into view scrolled it to the tile's edge)
        interact(() -> lookup("#kpi-tiles-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        Screenshots.saveWithPopups(scene, "toast");

        // a click on the toast jumps to the tile and opens its detail
        interact(() -> context.get().kpiDetail().closeDetail());
        Node toastTitle = toastLabels("DAU: ok → critical").get(0);
        interact(() -> toastTitle.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0,
                javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null)));
        await(10, () -> "dau".equals(context.get().kpiDetail().selectedIdProperty().get()) && text("#detail-title").equals("DAU"));

        // the alert drawer lists it; the dark theme recolours the tiles
        clickOn("#alerts-toggle");
        await(10, () -> lookup("#alert-list").tryQuery().isPresent());
        assertThat(lookup("#alert-list").queryListView().getItems()).isNotEmpty();
        interact(() -> context.get().shell().darkThemeProperty().set(true));
        interact(() -> context.get().kpiDetail().closeDetail());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "kpi-board-dark");

        // a small window: the detail opens beside fewer columns, nothing cut, the open tile in sight
        interact(() -> {
            context.get().shell().darkThemeProperty().set(false);
            scene.getWindow().setWidth(1024);
            scene.getWindow().setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> context.get().kpiDetail().select("retention_d30"));
        await(30, () -> !context.get().kpiDetail().trendLoadingProperty().get() && text("#detail-title").equals("Retention D30")
                && !lookup("#alert-list").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "kpi-board-1024x700");
    }

    private AppContext ctx;
    private final java.util.Set<String> seenInPopups = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Waits for a condition; on timeout saves target/screenshots/debug.png and says what the console reported. */
    private void await(long seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            Screenshots.saveWithPopups(lookup("#main-tabs").query().getScene(), "debug");
            throw new AssertionError("Timed out; state " + ctx.board().stateProperty().get() + ", problems " + ctx.shell().problems()
                    + ", seen in popups " + seenInPopups + ", alerts " + ctx.alerts().history(20).stream().map(a -> a.title()).toList() + ", windows "
                    + WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().map(w -> w.getClass().getSimpleName() + ":" + w.isShowing()
                    + ":" + (w.getScene() == null || w instanceof javafx.stage.Stage ? "" : from(w.getScene().getRoot())
                    .lookup((Node n) -> n instanceof Label).queryAll().stream().map(n -> ((Label) n).getText()).toList())).toList()).get(), e);
        }
    }

    private String text(String query) {
        return lookup(query).tryQuery().map(n -> n instanceof Label l ? l.getText() : "").orElse("");
    }

    /** Types into a field; the field's text is what the ViewModel validates (robot key events get lost on a loaded machine). */
    private void replaceText(String query, String value) {
        TextField field = lookup(query).query();
        interact(() -> {
            field.requestFocus();
            field.setText(value);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo(value);
    }

    private java.util.List<String> showingPopupLabels() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing() && w.getScene() != null)
                .flatMap(w -> from(w.getScene().getRoot()).lookup((Node n) -> n instanceof Label).queryAll().stream())
                .map(n -> ((Label) n).getText()).toList()).get();
    }

    /** Labels of the showing popups with this text; read on the FX thread, where windows come and go. */
    private java.util.List<Node> toastLabels(String text) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                java.util.List<Node> found = new java.util.ArrayList<>();
                for (Window w : java.util.List.copyOf(Window.getWindows())) {
                    if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null) {
                        for (Node n : from(w.getScene().getRoot()).lookup((Node n) -> n instanceof Label).queryAll()) {
                            seenInPopups.add(((Label) n).getText());
                            if (text.equals(((Label) n).getText())) {
                                found.add(n);
                            }
                        }
                    }
                }
                return found;
            }).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
