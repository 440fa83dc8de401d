package io.liveops.console.app;

import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Pulse-to-pulse gaps (include the renderer's time per frame), and FX-thread latency: how long a
 * runnable posted every 5 ms waited before the FX thread ran it (the stall a click would feel).
 */
final class PulseGaps {
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
