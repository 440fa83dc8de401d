package io.liveops.console.app;
import io.liveops.console.kpi.core.ThresholdStore;

import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiReadModel;
import io.liveops.console.kpi.ui.KpiDetailViewModel;
import io.liveops.console.kpi.ui.KpiLayoutViewModel;
import io.liveops.console.kpi.ui.KpiReadingsViewModel;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.kpi.ui.KpiBoardViewModel;
import io.liveops.console.kpi.ui.KpiTilesView;
import io.liveops.console.kpi.ui.KpiTilesViewModel;
import io.liveops.console.kpi.ui.ThresholdEditorViewModel;

import io.liveops.console.background.FxScheduler;
import io.liveops.console.background.FxTaskExecutor;
import io.liveops.console.state.StateStore;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Measures how smooth the KPI board stays, as the director sees it: the tiles view with the console's
 * theme on a 1280x800 stage, an animation keeping the toolkit pulsing every frame. It refreshes the
 * board several times, then switches the as-of day back and forth (every tile changes), and prints:
 * <ul>
 *   <li>the FX-thread stall: a probe posts an event every 5 ms and records how long the longest one
 *       waited for the FX thread (how long a click or a key would wait); the target is 16 ms;</li>
 *   <li>the pulse-to-pulse gaps from a post-layout pulse listener (60 Hz is 16.7 ms; median, p99,
 *       worst, and how many exceeded 20 ms), beside the same figures for the idle board, which are the
 *       floor of the machine's renderer and timer;</li>
 *   <li>how long after the engine's snapshot arrived every tile was updated and laid out (the view
 *       spreads tile updates over a few frames);</li>
 *   <li>what the FX thread was doing while a pulse was overdue ({@link FxStallWatch}).</li>
 * </ul>
 * A benchmark, not a test: the {@code bench --board} command calls it.
 */
final class BoardStallBenchmark {

    private static final long TIMEOUT_SECONDS = 600;

    private BoardStallBenchmark() {}

    /** Runs with 5 refreshes; needs a screen, or Monocle's headless platform. */
    public static void run(PrintWriter out, Path sqliteFile, LocalDate day) {
        run(out, sqliteFile, day, 5);
    }

    public static void run(PrintWriter out, Path sqliteFile, LocalDate day, int refreshes) {
        startToolkit();
        Path stateDir;
        try {
            stateDir = Files.createTempDirectory("liveops-board-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Clock clock = Clock.systemUTC();
        Thresholds thresholds = new ThresholdConfig(stateDir).defaults();
        FxTaskExecutor executor = new FxTaskExecutor(4);
        FxScheduler scheduler = new FxScheduler();
        try (Warehouse warehouse = Warehouse.open(new WarehouseProfile("bench", "jdbc:sqlite:" + sqliteFile.toAbsolutePath(), null, null), Map.of());
             KpiService service = new KpiService(warehouse, new SqlCatalog(warehouse.dialect(), null), () -> thresholds,
                     Duration.ofMinutes(5), clock);
             StateStore state = StateStore.openSqlite(stateDir.resolve("state.db"), clock)) {
            Board board = onFx(() -> Board.show(executor, scheduler, clock, thresholds, state));
            // on the FX thread: the board on screen binds labels to the day it is pointed at
            onFx(() -> {
                board.tiles.board().useService(service, "bench", day);
                return null;
            });

            // the first load includes the 14-day history phase
            long t0 = System.nanoTime();
            board.refreshAndSettle(() -> board.tiles.board().refresh());
            out.printf(Locale.ROOT, "board first load (today + 13 past days): %,d ms%n", millisSince(t0));

            board.gaps.reset();
            board.idle(Duration.ofSeconds(2));
            double idleFloor = board.gaps.worstMillis();
            out.printf(Locale.ROOT, "idle board (an animation running, nothing changing): %s%n", board.gaps.summary());

            board.gaps.reset();
            board.stalls.reset();
            board.updateNanos.set(0);
            long[] totals = new long[refreshes];
            for (int i = 0; i < refreshes; i++) {
                long start = System.nanoTime();
                board.refreshAndSettle(() -> board.tiles.board().refresh());
                totals[i] = millisSince(start);
            }
            Arrays.sort(totals);
            out.printf(Locale.ROOT, "board refresh x%d: median %,d ms; FX thread's work per snapshot (tiles rebuilt) at most %.1f ms%n",
                    refreshes, totals[refreshes / 2], board.updateNanos.getAndSet(0) / 1e6);
            out.printf(Locale.ROOT, "  during the refreshes: %s%n", board.gaps.summary());
            double refreshStall = board.gaps.worstLatencyMillis();
            printStalls(out, board);

            // alternate between the day before and the day: every tile changes each time
            int switches = 6;
            double[] repaints = new double[switches];
            long[] engines = new long[switches];
            board.gaps.reset();
            board.stalls.reset();
            for (int i = 0; i < switches; i++) {
                LocalDate switchTo = i % 2 == 0 ? day.minusDays(1) : day;
                board.gaps.takeWindowLatencyMillis();
                AsOfTiming timing = board.switchDay(switchTo);
                double stall = board.gaps.takeWindowLatencyMillis();
                repaints[i] = timing.repaintMillis();
                engines[i] = timing.engineMillis();
                out.printf(Locale.ROOT, "as-of switch to %s: engine refresh %,d ms; every tile updated and laid out %.1f ms after the "
                        + "snapshot arrived (%,d ms in all, with the sparklines' extra day); FX-thread stall at most %.1f ms%n", switchTo,
                        timing.engineMillis(), timing.repaintMillis(), timing.totalMillis(), stall);
            }
            Arrays.sort(repaints);
            Arrays.sort(engines);
            out.printf(Locale.ROOT, "as-of switch x%d: engine refresh median %,d ms; board repainted after the snapshot: median %.1f ms, "
                    + "max %.1f ms (target < 100 ms)%n", switches, engines[switches / 2], repaints[switches / 2], repaints[switches - 1]);
            out.printf(Locale.ROOT, "  during the switches: %s%n", board.gaps.summary());
            double switchStall = board.gaps.worstLatencyMillis();
            printStalls(out, board);
            out.printf(Locale.ROOT, "worst FX-thread stall while refreshing: %.1f ms (refreshes %.1f ms, as-of switches %.1f ms; target 16 ms); "
                            + "pulse gaps on this renderer start at %.1f ms with nothing changing%n",
                    Math.max(refreshStall, switchStall), refreshStall, switchStall, idleFloor);
            onFx(() -> {
                board.close();
                return null;
            });
        } finally {
            executor.close();
            scheduler.close();
            out.flush();
        }
    }

    private static void printStalls(PrintWriter out, Board board) {
        List<String> top = board.stalls.top(5);
        if (!top.isEmpty()) {
            out.println("  while a pulse was overdue (> 17 ms), the FX thread was:");
            top.forEach(out::println);
        }
        List<String> blocked = board.stalls.topBlocked(5);
        if (!blocked.isEmpty()) {
            out.println("  while an event had waited for the FX thread for more than 10 ms, it was:");
            blocked.forEach(out::println);
        }
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static void startToolkit() {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        await(started);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The board benchmark timed out after " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static <T> T onFx(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The board benchmark failed on the FX thread: " + e.getMessage(), e);
        }
    }

    private record AsOfTiming(long engineMillis, double repaintMillis, long totalMillis) {}

    /** The tiles view on a stage, with a pulse listener and an animation that keeps pulses coming. */
    private static final class Board {
        final KpiTilesViewModel tiles;
        final Stage stage;
        final PulseGaps gaps = new PulseGaps();
        FxStallWatch stalls;
        final AnimationTimer keepPulsing;
        final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fx-latency-probe");
            t.setDaemon(true);
            return t;
        });
        /** When the last snapshot arrived, until the first pulse after it; then 0. FX thread only. */
        final long[] snapshotAt;
        final AtomicLong repaintNanos = new AtomicLong();
        /** The longest time the FX thread spent taking one snapshot into the tiles (max since the last read). */
        final AtomicLong updateNanos;

        private KpiTilesView view;

        private Board(KpiTilesViewModel tiles, Stage stage, AnimationTimer keepPulsing, long[] snapshotAt, AtomicLong updateNanos) {
            this.updateNanos = updateNanos;
            this.snapshotAt = snapshotAt;
            this.tiles = tiles;
            this.stage = stage;
            this.keepPulsing = keepPulsing;
        }

        static Board show(FxTaskExecutor executor, FxScheduler scheduler, Clock clock, Thresholds thresholds, StateStore state) {
            KpiBoardViewModel boardVm = new KpiBoardViewModel(executor, scheduler, clock);
            boardVm.refreshIntervalProperty().set(Duration.ofHours(24)); // only the benchmark's own refreshes
            // registered before the tiles' own listener, so the time includes rebuilding them
            long[] snapshotAt = new long[1];
            boardVm.snapshotProperty().addListener((o, was, snap) -> snapshotAt[0] = System.nanoTime());
            KpiReadingsViewModel readingsVm = new KpiReadingsViewModel(boardVm, new KpiReadModel(new KpiFormat(Locale.US)), () -> thresholds,
                    executor, scheduler);
            KpiTilesViewModel tilesVm = new KpiTilesViewModel(readingsVm, new KpiLayoutViewModel(boardVm, executor, state.settings()), scheduler,
                    clock);
            ThresholdEditorViewModel editor = new ThresholdEditorViewModel(ThresholdStore.fixed(thresholds), executor, () -> { });
            AtomicLong updateNanos = new AtomicLong();
            KpiTilesView view = new KpiTilesView(new KpiDetailViewModel(tilesVm, executor, () -> thresholds), editor,
                    new SimpleBooleanProperty(false), new StackPane(), new SimpleBooleanProperty(false), new SimpleIntegerProperty(0));
            // after the view's own listeners: the FX thread's work for one snapshot (build the readings and tiles, update the cards)
            readingsVm.board().addSnapshotListener(snap -> {
                if (snapshotAt[0] != 0) {
                    updateNanos.accumulateAndGet(System.nanoTime() - snapshotAt[0], Math::max);
                }
            });
            Stage stage = new Stage();
            Scene scene = new Scene(view, 1280, 800);
            // the console's own theme, so the benchmark paints what the director sees
            scene.getStylesheets().add(Objects.requireNonNull(BoardStallBenchmark.class.getResource("/assets/css/light.css")).toExternalForm());
            stage.setScene(scene);
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    // an animation on screen makes the toolkit pulse every frame, so a gap is a stall
                }
            };
            Board board = new Board(tilesVm, stage, timer, snapshotAt, updateNanos);
            board.view = view;
            scene.addPostLayoutPulseListener(() -> {
                long now = System.nanoTime();
                board.gaps.pulse(now);
                board.stalls.pulse(now);
                // the view spreads tile updates over a few frames: repainted once the last card is laid out
                if (snapshotAt[0] != 0 && board.view.settledProperty().get()) {
                    board.repaintNanos.set(now - snapshotAt[0]);
                    snapshotAt[0] = 0;
                }
            });
            board.stalls = new FxStallWatch(Thread.currentThread());
            stage.show();
            timer.start();

            board.probe.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                board.stalls.posted(posted);
                Platform.runLater(() -> {
                    board.gaps.latency(System.nanoTime() - posted);
                    board.stalls.ran(posted);
                });
            }, 5, 5, TimeUnit.MILLISECONDS);
            return board;
        }

        /** Runs the action on the FX thread and waits until the board and its history phase are idle and painted. */
        void refreshAndSettle(Runnable action) {
            CountDownLatch idle = new CountDownLatch(1);
            onFx(() -> {
                action.run();
                watchUntilIdle(idle);
                return null;
            });
            await(idle);
        }

        private void watchUntilIdle(CountDownLatch idle) {
            AnimationTimer watcher = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (!tiles.board().refreshingProperty().get() && !tiles.historyLoadingProperty().get()
                            && tiles.board().snapshotProperty().get() != null && view.settledProperty().get() && snapshotAt[0] == 0) {
                        stop();
                        idle.countDown();
                    }
                }
            };
            watcher.start();
        }

        /** Lets the board sit on screen for a while (a pause on the FX timeline, no sleeping thread). */
        void idle(Duration howLong) {
            CountDownLatch done = new CountDownLatch(1);
            onFx(() -> {
                PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(howLong.toMillis()));
                pause.setOnFinished(e -> done.countDown());
                pause.play();
                return null;
            });
            await(done);
        }

        AsOfTiming switchDay(LocalDate day) {
            long start = System.nanoTime();
            refreshAndSettle(() -> tiles.board().asOfProperty().set(day));
            KpiSnapshot snap = onFx(() -> tiles.board().snapshotProperty().get());
            return new AsOfTiming(snap.totalMillis(), repaintNanos.get() / 1_000_000.0, millisSince(start));
        }

        void close() {
            probe.shutdownNow();
            stalls.close();
            keepPulsing.stop();
            tiles.board().stop();
            stage.close();
        }
    }
}
