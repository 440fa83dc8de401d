package io.liveops.console.kpi.ui;
import io.liveops.console.kpi.core.ThresholdStore;

import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.FxScheduler;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.DemoFixture;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tiles view spreads card updates over a few frames: whatever the timing, once it has settled
 * every card shows exactly its view-model tile, and a newer board state replaces one still queued.
 */
@Tag("ui")
class KpiTilesViewTest extends FxRobot {

    private static final Thresholds DEFAULTS = DemoBoardBackend.DEFAULTS;
    private static final LocalDate D = DemoFixture.LAST_DAY;

    @TempDir
    Path temp;

    private DemoBoardBackend backend;
    private KpiTilesViewModel vm;
    private KpiTilesView view;

    @BeforeEach
    void setUp() throws Exception {
        backend = DemoBoardBackend.open(temp);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            KpiBoardParts parts = backend.parts();
            KpiBoardViewModel board = parts.board();
            vm = parts.tiles();
            ThresholdEditorViewModel editor = new ThresholdEditorViewModel(ThresholdStore.fixed(DEFAULTS), backend.executor(), () -> { });
            view = new KpiTilesView(parts.detail(), editor, new SimpleBooleanProperty(false), new StackPane(), new SimpleBooleanProperty(false),
                    new SimpleIntegerProperty(0));
            stage.setScene(new Scene(view, 1280, 800));
            stage.show();
            board.useService(backend.service(), "Demo", D);
            board.refresh();
        });
        awaitIdleOn(D);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        interact(() -> vm.board().stop());
        backend.close();
    }

    private void awaitIdleOn(LocalDate day) throws Exception {
        // read on the FX thread: one FX event changes several of these in a row
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            KpiSnapshot snap = vm.board().snapshotProperty().get();
            return snap != null && snap.asOf().equals(day) && !vm.board().refreshingProperty().get()
                    && !vm.historyLoadingProperty().get() && view.settledProperty().get();
        }).get());
    }

    private void assertEveryCardShowsItsTile() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            assertThat(vm.tiles()).hasSizeGreaterThan(20);
            for (KpiTilesViewModel.KpiTile t : vm.tiles()) {
                Region card = view.card(t.id());
                assertThat(card).as(t.id()).isNotNull();
                assertThat(((Label) card.lookup("#tile-value")).getText()).as(t.id()).isEqualTo(t.reading().valueText());
                assertThat(((Label) card.lookup(".tile-status")).getText()).as(t.id()).startsWith(t.reading().statusText());
                assertThat(((KpiTileCard) card).shown()).as(t.id()).isEqualTo(t);
            }
            return null;
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theBoardsNoticeIsHiddenWhenThereIsNothingToSayAndAProblemIsNotDrawnAsProgress() throws Exception {
        PseudoClass progress = PseudoClass.getPseudoClass("progress");
        WaitForAsyncUtils.asyncFx(() -> {
            Label hint = (Label) view.lookup("#board-hint");
            assertThat(hint.isVisible()).isFalse();
            return null;
        }).get(10, TimeUnit.SECONDS);

        interact(() -> vm.board().asOfProperty().set(D.plusDays(400))); // no session that day: the board says so
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> vm.board().lastErrorProperty().get() != null && !vm.board().refreshingProperty().get()).get());
        WaitForAsyncUtils.asyncFx(() -> {
            Label hint = (Label) view.lookup("#board-hint");
            assertThat(hint.getText()).startsWith("No session on " + D.plusDays(400));
            assertThat(hint.isVisible()).isTrue();
            assertThat(hint.getPseudoClassStates()).doesNotContain(progress);
            return null;
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void afterAnAsOfSwitchEveryCardShowsTheNewDay() throws Exception {
        assertEveryCardShowsItsTile();
        interact(() -> vm.board().asOfProperty().set(D.minusDays(3)));
        awaitIdleOn(D.minusDays(3));
        assertEveryCardShowsItsTile();
        assertThat(vm.tiles()).allMatch(t -> t.reading().day().equals(D.minusDays(3)));
    }

    @Test
    void aNewerDayReplacesUpdatesStillQueuedForAnOlderOne() throws Exception {
        // two switches in one FX event: the second snapshot supersedes whatever of the first was still queued
        interact(() -> {
            vm.board().asOfProperty().set(D.minusDays(4));
            vm.board().asOfProperty().set(D.minusDays(6));
        });
        awaitIdleOn(D.minusDays(6));
        assertEveryCardShowsItsTile();
        assertThat(vm.tiles()).allMatch(t -> t.reading().day().equals(D.minusDays(6)));
    }
}
