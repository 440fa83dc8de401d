package io.liveops.console.experiment.core;

import io.liveops.console.testkit.ExperimentFixture;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.experiment.core.stats.Decision;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs and prints its figures; the timing itself is not asserted (shared machine). */
@Tag("slow")
class ExperimentBenchmarkTest {

    @Test
    void printsFigures(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        ExperimentBenchmark.run(ps);
        String url = ExperimentFixture.sqlite(dir);
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(url), Map.of())) {
            ExperimentBenchmark.runWarehouse(ps, w, new SqlCatalog(Dialect.SQLITE, null), "xp-win");
        }
        String text = buf.toString(StandardCharsets.UTF_8);
        System.err.print(text);
        assertThat(text).contains("10 variants").containsPattern("median \\d+\\.\\d{3} ms").contains("-> ROLLOUT");
        ExperimentAnalysis.Result r = new ExperimentAnalysis().analyze(ExperimentBenchmark.tenVariants());
        assertThat(r.comparisons()).hasSize(10);
        assertThat(r.decision().recommendation()).isIn((Object[]) Decision.Recommendation.values());
    }
}
