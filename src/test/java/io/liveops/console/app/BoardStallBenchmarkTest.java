package io.liveops.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.testkit.DemoFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * {@code bench --board} runs end to end on the headless platform and prints every figure it promises;
 * the figures themselves are not asserted (a shared machine's timings are the benchmark's business).
 */
@Tag("ui")
@Tag("slow")
class BoardStallBenchmarkTest {

    @Test
    void printsTheStallPulseGapAndRepaintFigures() throws Exception {
        FxToolkit.registerPrimaryStage(); // starts the toolkit the way the other UI tests do
        StringWriter text = new StringWriter();
        BoardStallBenchmark.run(new PrintWriter(text), DemoFixture.smallDemoFile(), DemoFixture.LAST_DAY, 2);
        String out = text.toString();
        System.err.print(out);
        assertThat(out)
                .containsPattern("idle board .*FX-thread stall at most \\d+\\.\\d ms; pulse gaps median")
                .containsPattern("board refresh x2: median \\d+ ms")
                .containsPattern("during the refreshes: FX-thread stall at most \\d+\\.\\d ms")
                .containsPattern("as-of switch to " + DemoFixture.LAST_DAY.minusDays(1) + ": engine refresh")
                .containsPattern("as-of switch x6: .*board repainted after the snapshot: median \\d+\\.\\d ms")
                .containsPattern("worst FX-thread stall while refreshing: \\d+\\.\\d ms");
    }
}
