package io.liveops.console.experiment.core;

import io.liveops.console.app.ExperimentCommand;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.testkit.DemoFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The demo warehouse's three experiments tell their story through `experiment analyze`. */
class DemoExperimentsTest {

    @TempDir
    Path config;

    private JsonNode analyze(String id) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new ExperimentCommand(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), config))
                .execute("analyze", "--warehouse", DemoFixture.fullDemoUrl(), "--id", id, "--format", "json");
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void xpCurveIsAClearWinner() throws Exception {
        JsonNode j = analyze("abx-xp-curve-s1");
        assertThat(j.get("recommendation").get("decision").asText()).isEqualTo("ROLLOUT");
        assertThat(j.get("checks").get("srm").get("mismatch").asBoolean()).isFalse();
    }

    @Test
    void shopLayoutIsFlat() throws Exception {
        JsonNode j = analyze("abx-shop-layout");
        assertThat(j.get("recommendation").get("decision").asText()).isEqualTo("CONTINUE_MONITORING");
        assertThat(j.get("checks").get("srm").get("mismatch").asBoolean()).isFalse();
    }

    @Test
    void onboardingHasASampleRatioMismatch() throws Exception {
        JsonNode j = analyze("abx-onboarding-v2");
        assertThat(j.get("checks").get("srm").get("mismatch").asBoolean()).isTrue();
        assertThat(j.get("recommendation").get("decision").asText()).isEqualTo("CONTINUE_MONITORING");
    }
}
