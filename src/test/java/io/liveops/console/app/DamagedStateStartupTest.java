package io.liveops.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.background.FxScheduler;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.state.StateFileRecovery;
import io.liveops.console.state.StateStore;
import io.liveops.console.state.StateStoreException;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.ui.kit.DesktopPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18, item 6: a state file that is not a database, or a file where the data folder must be,
 * is said in the console's window with the file's name, and the file can be kept aside for a fresh
 * store; nothing is blamed on the display.
 */
@Tag("ui")
class DamagedStateStartupTest extends FxRobot {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-21T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private LiveOpsApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private static void randomBytes(Path file, int size) throws Exception {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    @Test
    void aStateFileOfRandomBytesIsNamedAndCanBeKeptAsideForAFreshStore() throws Exception {
        Path file = home.resolve("state.db");
        randomBytes(file, 40 * 1024);
        assertThatThrownBy(() -> StateStore.openSqlite(file, CLOCK))
                .isInstanceOfSatisfying(StateStoreException.class, e -> {
                    assertThat(e.getMessage()).contains(file.toAbsolutePath().toString()).contains("not a SQLite database");
                    assertThat(e.unusableFile()).contains(file.toAbsolutePath());
                });
        Path aside = StateFileRecovery.moveAside(file, CLOCK);
        assertThat(aside.getFileName().toString()).isEqualTo("state.db.damaged-20251121-093000");
        assertThat(Files.size(aside)).isEqualTo(40 * 1024);
        try (StateStore fresh = StateStore.openSqlite(file, CLOCK)) {
            assertThat(fresh.journalSettings()).isEqualTo("journal_mode=wal synchronous=2");
        }
    }

    @Test
    void aFileWhereTheDataFolderMustBeIsNamed() throws Exception {
        AppPaths paths = AppPaths.under(home);
        Files.createDirectories(paths.dataDir().getParent());
        Files.writeString(paths.dataDir(), "not a folder");
        assertThatThrownBy(() -> new AppContext(paths, CLOCK, ZoneOffset.UTC, Map.of(), new FxTaskExecutor(1), new FxScheduler(),
                DesktopPorts.standard(url -> { }), DemoFixture.options()))
                .isInstanceOfSatisfying(StateStoreException.class, e -> {
                    assertThat(e.getMessage()).contains(paths.dataDir().toString()).contains("is a file, not a folder");
                    assertThat(e.unusableFile()).contains(paths.dataDir());
                });
    }

    @Test
    void theWindowSaysWhatIsWrongAndStartsFreshOnRequest() throws Exception {
        AppPaths paths = AppPaths.under(home);
        randomBytes(paths.stateStore(), 40 * 1024);
        Files.copy(DemoFixture.smallDemoFile(), paths.demoWarehouse());
        FxToolkit.registerPrimaryStage();
        app = (LiveOpsApp) FxToolkit.setupApplication(() -> new LiveOpsApp(() -> new AppContext(paths, CLOCK, ZoneOffset.UTC, Map.of(),
                new FxTaskExecutor(2), new FxScheduler(), DesktopPorts.standard(url -> { }), DemoFixture.options())));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#startup-problem").tryQuery().isPresent());
        assertThat(((Label) lookup("#startup-problem").query()).getText())
                .contains(paths.stateStore().toAbsolutePath().toString()).contains("not a SQLite database")
                .doesNotContain("display");

        interact(() -> lookup("#startup-recover").queryButton().fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#main-tabs").tryQuery().isPresent());
        try (Stream<Path> files = Files.list(paths.dataDir())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("state.db.damaged-"));
        }
    }
}
