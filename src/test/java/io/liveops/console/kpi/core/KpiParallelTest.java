package io.liveops.console.kpi.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.Cancellation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service's query threads: shorter spans of days first, so that history never holds back a refresh. */
class KpiParallelTest {

    private final ExecutorService threads = KpiParallel.newQueryThreads(1, r -> {
        Thread t = new Thread(r, "kpi-query-test");
        t.setDaemon(true);
        return t;
    });
    /** Where the callers wait for their results (each map() blocks its caller). */
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
        callers.shutdownNow();
    }

    private CompletableFuture<List<String>> queue(long days, List<String> items) {
        return CompletableFuture.supplyAsync(() -> new KpiParallel(threads, Cancellation.none()).map(days, items, item -> {
            ran.add(item);
            return item.toUpperCase(java.util.Locale.ROOT);
        }, (n, item) -> { }), callers);
    }

    private void awaitQueued(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (((ThreadPoolExecutor) threads).getQueue().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(((ThreadPoolExecutor) threads).getQueue()).hasSize(count);
    }

    @Test
    void aRefreshQueuedBehindTheSparklinesAndAChartRunsFirstAndEqualSpansKeepTheirOrder() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<List<String>> running = CompletableFuture.supplyAsync(() -> new KpiParallel(threads, Cancellation.none())
                .map(1, List.of("running"), item -> {
                    busy.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ran.add(item);
                    return item;
                }, (n, item) -> { }), callers);
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue(); // the only query thread is taken

        CompletableFuture<List<String>> chart = queue(90, List.of("chart a", "chart b"));
        awaitQueued(2);
        CompletableFuture<List<String>> sparklines = queue(13, List.of("sparklines"));
        awaitQueued(3);
        CompletableFuture<List<String>> refresh = queue(1, List.of("refresh a", "refresh b"));
        awaitQueued(5);
        release.countDown();

        assertThat(refresh.get(10, TimeUnit.SECONDS)).containsExactly("REFRESH A", "REFRESH B"); // results in the items' order
        assertThat(chart.get(10, TimeUnit.SECONDS)).containsExactly("CHART A", "CHART B");
        sparklines.get(10, TimeUnit.SECONDS);
        running.get(10, TimeUnit.SECONDS);
        assertThat(ran).containsExactly("running", "refresh a", "refresh b", "sparklines", "chart a", "chart b");
    }
}
