package io.liveops.console.kpi.core;

import io.liveops.console.background.Cancellation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Runs one piece of work per KPI on the service's query threads and waits for all, in the items' order. */
final class KpiParallel {

    private final ExecutorService executor;
    private final Cancellation cancellation;

    KpiParallel(ExecutorService executor, Cancellation cancellation) {
        this.executor = executor;
        this.cancellation = cancellation;
    }

    /**
     * The results in the order of {@code items}; {@code onDone} hears each item as it finishes (finished count from 1).
     *
     * @throws Cancellation.CancelledException when cancelled meanwhile (the running queries are cancelled too)
     */
    <T, R> List<R> map(List<T> items, Function<T, R> work, BiConsumer<Integer, T> onDone) {
        CompletionService<Integer> done = new ExecutorCompletionService<>(executor);
        List<R> results = new ArrayList<>(items.size());
        List<Future<Integer>> futures = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            results.add(null);
        }
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            futures.add(done.submit(() -> {
                R r = work.apply(items.get(index));
                synchronized (results) {
                    results.set(index, r);
                }
                return index;
            }));
        }
        try {
            for (int finished = 1; finished <= futures.size(); ) {
                Future<Integer> f = done.poll(100, TimeUnit.MILLISECONDS);
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
