package io.liveops.console.kpi.core;

import io.liveops.console.background.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs one piece of work per KPI on the service's query threads and waits for all, in the items' order.
 *
 * <p>The query threads take the work of shorter spans of days first: a refresh's single day goes before the 13 days of
 * the sparklines or a detail chart's 90 that were queued earlier, so that loading history never holds back the values
 * on screen (the console asks for both at once when it starts). Work of equal spans runs in the order it was queued.
 */
final class KpiParallel {

    private static final AtomicLong QUEUED = new AtomicLong();

    private final ExecutorService executor;
    private final Cancellation cancellation;

    /** @param executor made by {@link #newQueryThreads}: it runs only this class's work, shortest span first */
    KpiParallel(ExecutorService executor, Cancellation cancellation) {
        this.executor = executor;
        this.cancellation = cancellation;
    }

    /** The service's query threads: a fixed number, taking the queued work of the shortest span first. */
    static ExecutorService newQueryThreads(int threads, ThreadFactory factory) {
        return new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), factory);
    }

    /** One item's work, ordered in the queue by its span of days, then by when it was queued. */
    private static final class Queued extends FutureTask<Integer> implements Comparable<Queued> {
        private final long days;
        private final long order = QUEUED.getAndIncrement();
        private final BlockingQueue<Queued> finished;

        Queued(long days, Runnable work, int index, BlockingQueue<Queued> finished) {
            super(work, index);
            this.days = days;
            this.finished = finished;
        }

        @Override
        protected void done() {
            finished.add(this);
        }

        @Override
        public int compareTo(Queued other) {
            int bySpan = Long.compare(days, other.days);
            return bySpan != 0 ? bySpan : Long.compare(order, other.order);
        }
    }

    /**
     * The results in the order of {@code items}; {@code onDone} hears each item as it finishes (finished count from 1).
     *
     * @param days the span of days the work reads (its place in the queue: fewer days first)
     * @throws Cancellation.CancelledException when cancelled meanwhile (the running queries are cancelled too)
     */
    <T, R> List<R> map(long days, List<T> items, Function<T, R> work, BiConsumer<Integer, T> onDone) {
        BlockingQueue<Queued> done = new LinkedBlockingQueue<>();
        List<R> results = new ArrayList<>(items.size());
        List<Queued> futures = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            results.add(null);
        }
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            Queued q = new Queued(days, () -> {
                R r = work.apply(items.get(index));
                synchronized (results) {
                    results.set(index, r);
                }
            }, index, done);
            futures.add(q);
            executor.execute(q);
        }
        try {
            for (int finished = 1; finished <= futures.size(); ) {
                Queued f = done.poll(100, TimeUnit.MILLISECONDS);
                if (f == null) {
                    if (cancellation.isCancelled()) {
                        futures.forEach(x -> x.cancel(true));
                        throw new Cancellation.CancelledException();
                    }
                    continue;
                }
                onDone.accept(finished++, items.get(f.get()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(x -> x.cancel(true));
            throw new Cancellation.CancelledException();
        } catch (ExecutionException e) {
            futures.forEach(x -> x.cancel(true));
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
        synchronized (results) {
            return new ArrayList<>(results);
        }
    }
}
