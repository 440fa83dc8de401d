package io.liveops.console.kpi;

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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Measures how smooth the KPI board stays: shows the tiles view on a warehouse, keeps the FX thread
 * pulsing (an animation timer, as a spinning progress indicator would), refreshes the board several
 * times and prints the worst pulse-to-pulse gap (60 Hz means 16.7 ms between pulses; anything above is
 * a stall the director sees), then switches the as-of day and prints how long the engine took and how
 * long after its snapshot arrived the whole board was repainted. A benchmark, not a test: the
 * {@code bench} command calls it.
 */
public final class BoardStallBenchmark {

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
            board.tiles.board().useService(service, "bench", day);

            // the first load includes the 14-day history phase
            long t0 = System.nanoTime();
            board.refreshAndSettle(() -> board.tiles.board().refresh());
            out.printf(Locale.ROOT, "board first load (today + 13 past days): %,d ms%n", millisSince(t0));

            board.gaps.reset();
            board.idle(Duration.ofSeconds(2));
            out.printf(Locale.ROOT, "idle board: worst pulse-to-pulse gap %.1f ms, worst FX-thread latency %.1f ms, pulses %,d "
                    + "(the floor of this machine's renderer)%n", board.gaps.worstMillis(), board.gaps.worstLatencyMillis(), board.gaps.count());

            board.gaps.reset();
            board.updateNanos.set(0);
            long[] totals = new long[refreshes];
            for (int i = 0; i < refreshes; i++) {
                long start = System.nanoTime();
                board.refreshAndSettle(() -> board.tiles.board().refresh());
                totals[i] = millisSince(start);
            }
            Arrays.sort(totals);
            out.printf(Locale.ROOT, "board refresh x%d: median %,d ms; FX thread's work per snapshot (tiles rebuilt and updated) "
                            + "at most %.1f ms; worst pulse-to-pulse gap %.1f ms (60 Hz = 16.7 ms), worst FX-thread latency %.1f ms, pulses %,d%n",
                    refreshes, totals[refreshes / 2], board.updateNanos.getAndSet(0) / 1e6, board.gaps.worstMillis(),
                    board.gaps.worstLatencyMillis(), board.gaps.count());

            for (LocalDate switchTo : new LocalDate[] {day.minusDays(1), day}) {
                board.gaps.reset();
                AsOfTiming timing = board.switchDay(switchTo);
                out.printf(Locale.ROOT, "as-of switch to %s: engine refresh %,d ms, board repainted %.1f ms after the snapshot arrived "
                                + "(%,d ms in all); worst pulse gap %.1f ms, worst FX-thread latency %.1f ms%n",
                        switchTo, timing.engineMillis(), timing.repaintMillis(), timing.totalMillis(), board.gaps.worstMillis(),
                        board.gaps.worstLatencyMillis());
            }
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

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
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

    /**
     * Pulse-to-pulse gaps (include the renderer's time per frame), and FX-thread latency: how long a
     * runnable posted every 5 ms waited before the FX thread ran it (the stall a click would feel).
     */
    private static final class Gaps {
        private long last;
        private long worst;
        private long count;
        private long worstLatency;

        synchronized void latency(long nanos) {
            worstLatency = Math.max(worstLatency, nanos);
        }

        synchronized double worstLatencyMillis() {
            return worstLatency / 1_000_000.0;
        }

        synchronized void pulse(long now) {
            if (last != 0) {
                worst = Math.max(worst, now - last);
                count++;
            }
            last = now;
        }

        synchronized void reset() {
            worstLatency = 0;
            last = 0;
            worst = 0;
            count = 0;
        }

        synchronized double worstMillis() {
            return worst / 1_000_000.0;
        }

        synchronized long count() {
            return count;
        }
    }

    /** The tiles view on a stage, with a pulse listener and an animation that keeps pulses coming. */
    private static final class Board {
        final KpiTilesViewModel tiles;
        final Stage stage;
        final Gaps gaps = new Gaps();
        final AnimationTimer keepPulsing;
        final java.util.concurrent.ScheduledExecutorService probe = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fx-latency-probe");
            t.setDaemon(true);
            return t;
        });
        /** When the last snapshot arrived, until the first pulse after it; then 0. FX thread only. */
        final long[] snapshotAt;
        final AtomicLong repaintNanos = new AtomicLong();
        /** The longest time the FX thread spent taking one snapshot into the tiles (max since the last read). */
        final AtomicLong updateNanos;

        private Board(KpiTilesViewModel tiles, Stage stage, AnimationTimer keepPulsing, long[] snapshotAt, AtomicLong updateNanos) {
            this.updateNanos = updateNanos;
            this.snapshotAt = snapshotAt;
            this.tiles = tiles;
            this.stage = stage;
            this.keepPulsing = keepPulsing;
        }

        static Board show(FxTaskExecutor executor, FxScheduler scheduler, Clock clock, Thresholds thresholds, StateStore state) {
            KpiFormat format = new KpiFormat(Locale.US);
            KpiBoardViewModel boardVm = new KpiBoardViewModel(executor, scheduler, clock, format);
            boardVm.refreshIntervalProperty().set(Duration.ofHours(24)); // only the benchmark's own refreshes
            // registered before the tiles' own listener, so the time includes rebuilding them
            long[] snapshotAt = new long[1];
            boardVm.snapshotProperty().addListener((o, was, snap) -> snapshotAt[0] = System.nanoTime());
            KpiTilesViewModel tilesVm = new KpiTilesViewModel(boardVm, executor, scheduler, clock, format, () -> thresholds, state.settings());
            ThresholdEditorViewModel editor = new ThresholdEditorViewModel(new ThresholdEditorViewModel.ThresholdStore() {
                @Override
                public Thresholds current() {
                    return thresholds;
                }

                @Override
                public Thresholds defaults() {
                    return thresholds;
                }

                @Override
                public void save(Thresholds edited) {
                    throw new UnsupportedOperationException("The benchmark edits no thresholds");
                }
            }, executor, () -> { });
            AtomicLong updateNanos = new AtomicLong();
            KpiTilesView view = new KpiTilesView(tilesVm, editor, boardVm, new SimpleBooleanProperty(false), new StackPane(),
                    new SimpleBooleanProperty(false), new SimpleIntegerProperty(0));
            // after the view's own listeners: the FX thread's work for one snapshot (rebuild the tiles, update the cards)
            boardVm.snapshotProperty().addListener((o, was, snap) -> {
                if (snapshotAt[0] != 0) {
                    updateNanos.accumulateAndGet(System.nanoTime() - snapshotAt[0], Math::max);
                }
            });
            Stage stage = new Stage();
            Scene scene = new Scene(view, 1280, 800);
            stage.setScene(scene);
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    // an animation on screen makes the toolkit pulse every frame, so a gap is a stall
                }
            };
            Board board = new Board(tilesVm, stage, timer, snapshotAt, updateNanos);
            scene.addPostLayoutPulseListener(() -> {
                long now = System.nanoTime();
                board.gaps.pulse(now);
                if (snapshotAt[0] != 0) {
                    board.repaintNanos.set(now - snapshotAt[0]);
                    snapshotAt[0] = 0;
                }
            });
            stage.show();
            timer.start();
            board.probe.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> board.gaps.latency(System.nanoTime() - posted));
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
                            && tiles.board().snapshotProperty().get() != null) {
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
                javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(javafx.util.Duration.millis(howLong.toMillis()));
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
            keepPulsing.stop();
            tiles.board().stop();
            stage.close();
        }
    }
}
