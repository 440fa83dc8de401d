package io.liveops.console.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Says what the FX thread was doing while a pulse was overdue: every 2 ms, when more than 17 ms
 * have passed since the last pulse, it samples the FX thread's stack and files the sample under
 * the first frame of ours (or what the toolkit was doing). Each sample stands for about 2 ms of
 * stall, so the figures printed are approximate milliseconds.
 */
final class FxStallWatch {
    private static final long OVERDUE = TimeUnit.MILLISECONDS.toNanos(17);
    private static final long STALLED = TimeUnit.MILLISECONDS.toNanos(10);
    /** The benchmark's own frames on the FX thread (its probe and pulse listener): never the culprit. */
    private static final java.util.Set<String> BENCHMARK_CLASSES = java.util.Set.of("BoardStallBenchmark", "FxStallWatch", "PulseGaps");
    private final Thread fx;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-stall-watch");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Integer> samples = new HashMap<>();
    private volatile long lastPulse;

    FxStallWatch(Thread fx) {
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
            if (e.getClassName().startsWith("io.liveops.") && !BENCHMARK_CLASSES.contains(e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1).split("\\$")[0])) {
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
