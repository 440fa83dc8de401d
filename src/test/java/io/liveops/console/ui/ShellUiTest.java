package io.liveops.console.ui;

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
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real shell on an empty data folder: first-run generation with progress, then a fresh board. */
@Tag("ui")
class ShellUiTest extends FxRobot {

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
    void firstRunGeneratesTheDemoWarehouseThenTheStatusBarTurnsFresh() throws Exception {
        AppPaths paths = AppPaths.under(home);
        Clock clock = Clock.fixed(DemoFixture.LAST_DAY.plusDays(1).atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        FxToolkit.registerPrimaryStage();
        app = (LiveOpsApp) FxToolkit.setupApplication(() -> new LiveOpsApp(() -> new AppContext(paths, clock, ZoneOffset.UTC, Map.of(),
                new FxTaskExecutor(4), new FxScheduler(), io.liveops.console.ui.kit.DesktopPorts.standard(url -> { }), DemoFixture.options())));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#status-state").tryQuery().isPresent()
                && ((Label) lookup("#status-state").query()).getText().startsWith("Fresh"));

        assertThat(Files.exists(paths.demoWarehouse())).isTrue();
        assertThat(((Label) lookup("#status-warehouse").query()).getText()).isEqualTo("Warehouse: Demo warehouse");
        assertThat(((Label) lookup("#status-asof").query()).getText()).isEqualTo("As of: " + DemoFixture.LAST_DAY);
        assertThat(((Label) lookup("#status-last-refresh").query()).getText()).isEqualTo("Last refresh: 09:30:00");
        clickOn("#table-toggle"); // the KPIs tab opens on tiles; the table is one click away
        TableView<?> table = lookup("#kpi-table").queryTableView();
        assertThat(table.getItems()).hasSizeGreaterThan(20);

        Node root = lookup("#main-tabs").query();
        // the README's picture: a 1440x900 window (the headless screen's size); the shared primary stage gets its size back after
        javafx.stage.Window window = root.getScene().getWindow();
        double[] given = {window.getWidth(), window.getHeight()};
        interact(() -> {
            window.setWidth(1440);
            window.setHeight(900);
        });
        Screenshots.save(root.getScene(), "shell");
        interact(() -> {
            window.setWidth(given[0]);
            window.setHeight(given[1]);
        });

        // Ctrl+N declares an incident from any tab: the Incidents tab opens on its form
        push(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((javafx.scene.control.TabPane) root).getSelectionModel().getSelectedItem()
                .getText().equals("Incidents") && lookup("#incident-title").tryQuery().map(n -> n.getParent().isVisible()).orElse(false)
                && lookup("#incident-title").query().isFocused());
    }
}
