package io.liveops.console.testkit;

import io.liveops.console.background.Cancellation;
import io.liveops.console.background.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A scheduler driven by the test: {@link #advance(Duration)} runs what falls due, in order. */
public final class ManualScheduler implements Scheduler {

    private record Entry(long dueMillis, long seq, Runnable action, Cancellation cancellation) {}

    private final List<Entry> pending = new ArrayList<>();
    private final MutableClock clock;
    private long seq;

    public ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public Cancellation schedule(Duration delay, Runnable action) {
        Cancellation c = new Cancellation();
        pending.add(new Entry(clock.millis() + delay.toMillis(), seq++, action, c));
        return c;
    }

    public void advance(Duration d) {
        long target = clock.millis() + d.toMillis();
        while (true) {
            Entry next = pending.stream()
                    .filter(e -> e.dueMillis <= target)
                    .min(Comparator.comparingLong(Entry::dueMillis).thenComparingLong(Entry::seq))
                    .orElse(null);
            if (next == null) {
                break;
            }
            pending.remove(next);
            clock.setMillis(Math.max(clock.millis(), next.dueMillis));
            if (!next.cancellation.isCancelled()) {
                next.action.run();
            }
        }
        clock.setMillis(target);
    }

    public long pendingCount() {
        return pending.stream().filter(e -> !e.cancellation.isCancelled()).count();
    }

    /** Delay until the next live entry, or null. */
    public Duration nextDelay() {
        return pending.stream().filter(e -> !e.cancellation.isCancelled())
                .map(e -> Duration.ofMillis(e.dueMillis - clock.millis()))
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
