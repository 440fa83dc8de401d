package io.liveops.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.liveops.console.background.FxScheduler;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.testkit.Screenshots;
import io.liveops.console.ui.kit.DesktopPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: every tab is reached through the command palette, in both themes, with no error logged;
 * Ctrl+1..9 switch tabs; F1 lists the shortcuts; the window opens where it was left.
 */
@Tag("ui")
class PaletteSmokeUiTest extends FxRobot {

    @TempDir
    Path home;

    private LiveOpsApp app;
    private final ListAppender<ILoggingEvent> errors = new ListAppender<>();
    private final List<String> opened = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(errors);
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private AppContext start(AppPaths paths) throws Exception {
        Clock clock = Clock.fixed(DemoFixture.LAST_DAY.plusDays(1).atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        FxToolkit.registerPrimaryStage();
        app = (LiveOpsApp) FxToolkit.setupApplication(() -> new LiveOpsApp(() -> new AppContext(paths, clock, ZoneOffset.UTC, Map.of(),
                new FxTaskExecutor(4), new FxScheduler(), DesktopPorts.standard(opened::add), DemoFixture.options())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#main-tabs").tryQuery().isPresent());
        return app.context();
    }

    private String selectedTab() {
        TabPane tabs = lookup("#main-tabs").query();
        return tabs.getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void everyTabThroughThePaletteInBothThemesWithNoErrorLogged() throws Exception {
        errors.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(errors);
        AppPaths paths = AppPaths.under(home);
        Files.createDirectories(paths.dataDir());
        Files.copy(DemoFixture.smallDemoFile(), paths.demoWarehouse());
        AppContext context = start(paths);

        for (boolean dark : new boolean[] {false, true}) {
            for (var tab : context.tabs()) {
                push(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#palette-query").tryQuery().isPresent());
                interact(() -> lookup("#palette-query").queryTextInputControl().setText("go to " + tab.title()));
                push(KeyCode.ENTER);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(selectedTab()).isEqualTo("tab-" + tab.id());
            }
            if (!dark) {
                push(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
                interact(() -> lookup("#palette-query").queryTextInputControl().setText("dark theme"));
                push(KeyCode.ENTER);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(context.shell().darkThemeProperty().get()).isTrue();
            }
        }
        // Ctrl+1 is the first tab, Ctrl+2 the second
        push(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        assertThat(selectedTab()).isEqualTo("tab-" + context.tabs().get(0).id());
        push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        assertThat(selectedTab()).isEqualTo("tab-" + context.tabs().get(1).id());

        // F1 lists the shortcuts, the palette's among them
        push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#shortcuts-overlay").tryQuery().isPresent());
        assertThat(lookup(".shortcut-keys").queryAllAs(javafx.scene.control.Label.class)).extracting(l -> l.getText())
                .contains("F1 or ?", MainWindowKeys.palette());
        Screenshots.saveWithPopups(lookup("#main-tabs").query().getScene(), "shortcuts");
        push(KeyCode.ESCAPE);

        assertThat(ConsoleShell.aboutFacts(context)).containsKeys("Version", "Java", "JavaFX", "Data folder", "Config folder", "Log file")
                .containsEntry("Data folder", paths.dataDir().toAbsolutePath().toString());
        assertThat(errors.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).isEmpty();
    }

    /** The palette's key as the shortcuts list writes it. */
    private static final class MainWindowKeys {
        static String palette() {
            return io.liveops.console.ui.MainWindow.PALETTE.getDisplayText() + " or "
                    + new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN).getDisplayText();
        }
    }
}
