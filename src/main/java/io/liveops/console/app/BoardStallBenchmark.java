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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 *   <li>what the FX thread was doing while a pulse was overdue ({@link StallWatch}).</li>
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

    /**
     * Says what the FX thread was doing while a pulse was overdue: every 2 ms, when more than 17 ms
     * have passed since the last pulse, it samples the FX thread's stack and files the sample under
     * the first frame of ours (or what the toolkit was doing). Each sample stands for about 2 ms of
     * stall, so the figures printed are approximate milliseconds.
     */
    private static final class StallWatch {
        private static final long OVERDUE = TimeUnit.MILLISECONDS.toNanos(17);
        private static final long STALLED = TimeUnit.MILLISECONDS.toNanos(10);
        private final Thread fx;
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fx-stall-watch");
            t.setDaemon(true);
            return t;
        });
        private final Map<String, Integer> samples = new HashMap<>();
        private volatile long lastPulse;

        StallWatch(Thread fx) {
            this.fx = fx;
            sampler.scheduleAtFixedRate(this::sample, 2, 2, TimeUnit.MILLISECONDS);
        }

        void pulse(long now) {
            lastPulse = now;
        }

        /** The oldest probe event posted and not yet run (0: none). */
        private final AtomicLong waitingSince = new AtomicLong();
        private final Map<String, Integer> blocked = new HashMap<>();

        void posted(long at) {
            waitingSince.compareAndSet(0, at);
        }

        void ran(long postedAt) {
            waitingSince.compareAndSet(postedAt, 0);
        }

        private void sample() {
            long now = System.nanoTime();
            long last = lastPulse;
            long waiting = waitingSince.get();
            boolean overdue = last != 0 && now - last > OVERDUE;
            boolean stalled = waiting != 0 && now - waiting > STALLED;
            if (!overdue && !stalled) {
                return;
            }
            String culprit = culprit(fx.getStackTrace());
            synchronized (samples) {
                if (overdue) {
                    samples.merge(culprit, 1, Integer::sum);
                }
                if (stalled) {
                    blocked.merge(culprit, 1, Integer::sum);
                }
            }
        }

        /** What the FX thread was doing while a probe event had waited more than 10 ms. */
        List<String> topBlocked(int n) {
            synchronized (samples) {
                return blocked.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                        .map(e -> String.format(Locale.ROOT, "    ~%3d ms  %s", e.getValue() * 2, e.getKey())).toList();
            }
        }

        static String culprit(StackTraceElement[] stack) {
            if (stack.length == 0) {
                return "(no stack)";
            }
            for (StackTraceElement e : stack) {
                if (e.getMethodName().equals("waitForRenderingToComplete")) {
                    return "waiting for the renderer to finish the previous frame";
                }
            }
            if (stack[0].getMethodName().equals("_runLoop")) {
                return "in the native event loop: no Java work (waiting for a pulse or the CPU, or handling window-system events)";
            }
            for (StackTraceElement e : stack) {
                if (e.getClassName().startsWith("io.liveops.") && !e.getClassName().contains("BoardStallBenchmark")) {
                    return e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName()
                            + " (in " + stack[0].getClassName().substring(stack[0].getClassName().lastIndexOf('.') + 1) + "."
                            + stack[0].getMethodName() + ")";
                }
            }
            for (StackTraceElement e : stack) {
                String m = e.getClassName() + "." + e.getMethodName();
                if (m.endsWith("doCSSPass") || m.endsWith("doLayoutPass") || m.endsWith("synchronizeSceneNodes")
                        || m.endsWith("firePulse") || m.endsWith("Task.setState")) {
                    return m.substring(m.lastIndexOf('.', m.lastIndexOf('.') - 1) + 1) + " (in "
                            + stack[0].getClassName().substring(stack[0].getClassName().lastIndexOf('.') + 1) + "." + stack[0].getMethodName() + ")";
                }
            }
            return stack[0].getClassName() + "." + stack[0].getMethodName();
        }

        /** The biggest causes since the last reset, as "~N ms  cause" lines. */
        List<String> top(int n) {
            synchronized (samples) {
                return samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                        .map(e -> String.format(Locale.ROOT, "    ~%3d ms  %s", e.getValue() * 2, e.getKey())).toList();
            }
        }

        void reset() {
            synchronized (samples) {
                samples.clear();
                blocked.clear();
            }
        }

        void close() {
            sampler.shutdownNow();
        }
    }

    private record AsOfTiming(long engineMillis, double repaintMillis, long totalMillis) {}

    /**
     * Pulse-to-pulse gaps (include the renderer's time per frame), and FX-thread latency: how long a
     * runnable posted every 5 ms waited before the FX thread ran it (the stall a click would feel).
     */
    private static final class Gaps {
        private static final long LATE = TimeUnit.MILLISECONDS.toNanos(20);
        private long last;
        private long worst;
        private long count;
        private long worstLatency;
        private final ArrayList<Long> all = new ArrayList<>();

        private long windowLatency;

        synchronized void latency(long nanos) {
            worstLatency = Math.max(worstLatency, nanos);
            windowLatency = Math.max(windowLatency, nanos);
        }

        /** The worst FX-thread latency since the last call (the phase's worst is kept apart). */
        synchronized double takeWindowLatencyMillis() {
            double w = windowLatency / 1_000_000.0;
            windowLatency = 0;
            return w;
        }

        synchronized double worstLatencyMillis() {
            return worstLatency / 1_000_000.0;
        }

        synchronized void pulse(long now) {
            if (last != 0) {
                worst = Math.max(worst, now - last);
                all.add(now - last);
                count++;
            }
            last = now;
        }

        /**
         * One line: the FX-thread stall (the longest an event posted every 5 ms waited for the FX
         * thread, i.e. how long a click would wait) and the pulse-to-pulse gaps.
         */
        synchronized String summary() {
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            long late = all.stream().filter(g -> g > LATE).count();
            double p50 = sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6;
            double p99 = sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
            return String.format(Locale.ROOT, "FX-thread stall at most %.1f ms; pulse gaps median %.1f ms, p99 %.1f ms, worst %.1f ms, "
                    + "%d of %d over 20 ms", worstLatency / 1e6, p50, p99, worst / 1e6, late, sorted.length);
        }

        synchronized void reset() {
            all.clear();
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
        StallWatch stalls;
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
            board.stalls = new StallWatch(Thread.currentThread());
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
