package io.liveops.console.experiment.core;

import io.liveops.console.background.Cancellation;
import io.liveops.console.experiment.core.stats.Arm;
import io.liveops.console.experiment.core.stats.ArmCounts;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.Guardrail;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Speed figures of the Experiments tab, for the {@code bench} command (not a test: timings on a
 * shared machine are not pass/fail material). Target: a 10-variant analysis in under 1 ms after
 * warm-up; a warehouse analysis of a demo experiment in under 1 s.
 */
public final class ExperimentBenchmark {

    private ExperimentBenchmark() {}

    /** A 10-variant conversion experiment with a guardrail: every statistic, Holm, Bayes, SRM, decision. */
    public static ExperimentAnalysis.Input tenVariants() {
        List<Arm> arms = new ArrayList<>();
        List<Arm> crashes = new ArrayList<>();
        arms.add(new ArmCounts("control", 900, 2000));
        crashes.add(new ArmCounts("control", 40, 2000));
        for (int i = 1; i <= 10; i++) {
            arms.add(new ArmCounts("variant_" + i, 900 + 7L * i, 2000 + i));
            crashes.add(new ArmCounts("variant_" + i, 40 + i % 3, 2000 + i));
        }
        double[] weights = new double[arms.size()];
        Arrays.fill(weights, 1);
        return new ExperimentAnalysis.Input("bench-10", "converted", ExperimentAnalysis.MetricKind.BINARY, arms, weights, 0.05, 2000L,
                List.of(new Guardrail("session_crash", Guardrail.Direction.LOWER_IS_BETTER, 0.002, crashes)));
    }

    /** Prints the median and 99th percentile time of the 10-variant analysis after warm-up. */
    public static void run(PrintStream out) {
        ExperimentAnalysis analysis = new ExperimentAnalysis();
        ExperimentAnalysis.Input input = tenVariants();
        ExperimentReport report = new ExperimentReport();
        for (int i = 0; i < 3_000; i++) {
            analysis.analyze(input);
        }
        int runs = 2_000;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            analysis.analyze(input);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        ExperimentAnalysis.Result r = analysis.analyze(input);
        long t0 = System.nanoTime();
        String json = report.json(r);
        String md = report.markdown(r);
        long reportNanos = System.nanoTime() - t0;
        out.printf(Locale.ROOT, "experiment analysis, 10 variants + 1 guardrail (%d runs after %d warm-up): median %.3f ms, p99 %.3f ms, max %.3f ms%n",
                runs, 3_000, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.99)] / 1e6, nanos[runs - 1] / 1e6);
        out.printf(Locale.ROOT, "experiment report (JSON %d chars + Markdown %d chars): %.3f ms%n", json.length(), md.length(), reportNanos / 1e6);
    }

    /** Prints how long loading and analysing one warehouse experiment takes, cold and warm. */
    public static void runWarehouse(PrintStream out, Warehouse warehouse, SqlCatalog catalog, String experimentId) {
        ExperimentService service = ExperimentService.over(new ExperimentQueries(warehouse, catalog, Duration.ofSeconds(30)));
        ExperimentService.Request request = new ExperimentService.Request(experimentId, 0.05, null, null, List.of(GuardrailSpec.sessionCrash()), null);
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            ExperimentAnalysis.Result r = service.analyze(request, Cancellation.none());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            out.printf(Locale.ROOT, "experiment analyze %s on %s (run %d): %d ms -> %s%n", experimentId, warehouse.dialect().id(), round, ms,
                    r.decision().recommendation());
        }
    }
}
