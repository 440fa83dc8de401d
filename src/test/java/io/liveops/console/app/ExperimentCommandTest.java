package io.liveops.console.app;

import io.liveops.console.testkit.ExperimentFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExperimentCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        CommandLine cl = new CommandLine(new ExperimentCommand(o, e, Map.of(), null));
        cl.setOut(o);
        cl.setErr(e);
        return cl.execute(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void proportionsJsonHasSnakeCaseKeysUnroundedNumbersAndAMethod() throws Exception {
        int code = run("proportions", "--control", "450/1000", "--variant", "520/1000", "--format", "json", "--id", "abx-xp-curve-s1");
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode j = json();
        assertThat(j.get("experiment_id").asText()).isEqualTo("abx-xp-curve-s1");
        JsonNode c = j.get("comparisons").get(0);
        // unrounded: the full double of the worked example (see ProportionTestTest for the hand computation)
        assertThat(c.get("p_value").asDouble()).isCloseTo(0.0017367615559406655, within(1e-12));
        assertThat(c.get("z").asDouble()).isCloseTo(3.1319048429271663, within(1e-9));
        assertThat(c.get("absolute_lift").asDouble()).isCloseTo(0.07, within(1e-12));
        assertThat(c.get("cohens_h").asDouble()).isCloseTo(0.14017809551554894, within(1e-12));
        assertThat(c.has("chance_to_beat_control")).isTrue();
        assertThat(c.has("p_value_holm")).isTrue();
        assertThat(j.get("method").get("test").asText()).contains("pooled standard error");
        assertThat(j.get("method").get("difference_ci").asText()).startsWith("unpooled");
        assertThat(j.get("method").get("sample_size_formula").asText()).contains("sqrt(2*pbar*qbar)");
        assertThat(j.get("recommendation").get("decision").asText()).isEqualTo("ROLLOUT");
        assertThat(j.get("arms").get(0).get("wilson_lower").asDouble()).isCloseTo(0.4194153840742968, within(1e-9));
        assertSnakeCase(j);
    }

    @Test
    void severalVariantsAreHolmCorrected() throws Exception {
        int code = run("proportions", "--control", "450/1000", "--variant", "520/1000", "--variant", "460/1000", "--format", "json");
        assertThat(code).isZero();
        JsonNode comps = json().get("comparisons");
        assertThat(comps).hasSize(2);
        assertThat(comps.get(0).get("variant").asText()).isEqualTo("variant_1");
        // the smaller raw p doubles under Holm with two comparisons
        assertThat(comps.get(0).get("p_value_holm").asDouble()).isCloseTo(2 * 0.0017367615559406655, within(1e-12));
    }

    @Test
    void meansMarkdown() {
        int code = run("means", "--control", "10,2,50", "--variant", "11,3,60");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("# Experiment manual").contains("Welch").contains("| variant |").contains("0.0395");
    }

    @Test
    void sampleSize() throws Exception {
        assertThat(run("sample-size", "--baseline", "0.45", "--mde", "0.02", "--format", "json", "--daily-traffic", "1000")).isZero();
        JsonNode j = json();
        assertThat(j.get("per_arm").asLong()).isEqualTo(9748);
        assertThat(j.get("days").asLong()).isEqualTo(20); // 19496 / 1000 → 19.5 → 20
        assertThat(j.get("method").asText()).contains("rounded up");
    }

    @Test
    void srm() throws Exception {
        assertThat(run("srm", "--counts", "5000,5210", "--format", "json")).isZero();
        assertThat(json().get("p_value").asDouble()).isCloseTo(0.037682535473058755, within(1e-10));
        assertThat(json().get("mismatch").asBoolean()).isFalse();
    }

    @Test
    void analyzeTheWarehouse() throws Exception {
        String url = ExperimentFixture.sqlite(dir);
        assertThat(run("analyze", "--warehouse", url, "--id", "xp-srm-bad", "--format", "json")).isZero();
        JsonNode j = json();
        assertThat(j.get("checks").get("srm").get("mismatch").asBoolean()).isTrue();
        assertThat(j.get("recommendation").get("decision").asText()).isEqualTo("CONTINUE_MONITORING");
        assertThat(j.get("checks").get("guardrails").get(0).get("metric").asText()).isEqualTo("session_crash");
    }

    @Test
    void badInputExitsTwoWithOneSentence() throws Exception {
        expectRefusal(new String[] {"proportions", "--control", "450/1000", "--variant", "520/500"},
                "The successes of variant (520) cannot exceed its trials (500).");
        expectRefusal(new String[] {"proportions", "--control", "-4/1000", "--variant", "520/1000"}, "Counts of control cannot be negative, got '-4/1000'.");
        expectRefusal(new String[] {"proportions", "--control", "450/1000", "--variant", "520/1000", "--alpha", "1.5"},
                "Alpha must be between 0 and 1 (exclusive), got 1.5.");
        expectRefusal(new String[] {"sample-size", "--baseline", "1.2", "--mde", "0.02"}, "The baseline rate must be between 0 and 1 (exclusive), got 1.2.");
        expectRefusal(new String[] {"sample-size", "--baseline", "0.45", "--mde", "0"},
                "The minimum detectable effect cannot be 0: no sample size detects a zero effect.");
        expectRefusal(new String[] {"sample-size", "--baseline", "0.45", "--mde", "0.02", "--power", "0"}, "Power must be between 0 and 1 (exclusive), got 0.");
        expectRefusal(new String[] {"srm", "--counts", "5000,-1"}, "Arm sizes cannot be negative, got -1.");
        String url = ExperimentFixture.sqlite(dir);
        expectRefusal(new String[] {"analyze", "--warehouse", url, "--id", "nope"}, "There is no experiment 'nope' in the warehouse.");
        expectRefusal(new String[] {"analyze", "--warehouse", url, "--id", "xp-one"},
                "Experiment 'xp-one' has only one arm ('control'): an analysis needs a control and at least one variant.");
    }

    @Test
    void warehouseFailureExitsThree() {
        int code = run("analyze", "--warehouse", "jdbc:sqlite:" + dir.resolve("missing.db"), "--id", "x");
        assertThat(code).isEqualTo(3);
        // the wording is the warehouse core's; here: one line that names the file
        assertThat(err.toString().strip()).contains("missing.db").doesNotContain("\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void everySubcommandPrintsItsHelpAndExitsZero() {
        for (String sub : new String[] {"proportions", "means", "sample-size", "srm", "analyze", "list"}) {
            for (String flag : new String[] {"--help", "-h"}) {
                out.getBuffer().setLength(0);
                assertThat(run(sub, flag)).as(sub + " " + flag).isZero();
                assertThat(out.toString()).as(sub + " " + flag).startsWith("Usage: experiment " + sub);
            }
        }
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void sequentialAndCorrectionOptions() throws Exception {
        // GrowthBook's published case (see SequentialCorrectionsAndUndefinedTest): relative CI 0.40098 to 0.60675 at N* = 5000
        assertThat(run("proportions", "--control", "1396/3000", "--variant", "2422/3461", "--sequential", "--format", "json")).isZero();
        JsonNode c = json().get("comparisons").get(0);
        assertThat(c.get("relative_ci_lower").asDouble()).isCloseTo(0.40098, within(5e-6));
        assertThat(c.get("relative_ci_upper").asDouble()).isCloseTo(0.60675, within(5e-6));
        assertThat(c.get("sequential").get("n_star").asDouble()).isEqualTo(5000.0);
        assertThat(json().get("method").get("sequential").asText()).contains("Waudby-Smith");
        out.getBuffer().setLength(0);
        assertThat(run("proportions", "--control", "450/1000", "--variant", "520/1000", "--variant", "470/1000", "--correction", "bh",
                "--sequential", "--n-star", "2000", "--format", "md")).isZero();
        assertThat(out.toString()).contains("p (Benjamini-Hochberg)").contains("always valid").contains("N* = 2000");
        expectRefusal(new String[] {"proportions", "--control", "1/10", "--variant", "2/10", "--correction", "sidak"},
                "The correction must be holm, bh or none, got 'sidak'.");
        expectRefusal(new String[] {"proportions", "--control", "1/10", "--variant", "2/10", "--n-star", "100"},
                "--n-star tunes the sequential results: add --sequential.");
    }

    @Test
    void degenerateDataHasNoNumberAndNoVerdict() throws Exception {
        assertThat(run("means", "--control", "4,0,10", "--variant", "5,0,10", "--format", "json")).isZero();
        JsonNode c = json().get("comparisons").get(0);
        assertThat(c.get("p_value").isNull()).isTrue();
        assertThat(c.get("ci_lower").isNull()).isTrue();
        assertThat(c.get("undefined_reason").asText()).isEqualTo("no variation in either arm");
        assertThat(json().get("recommendation").get("decision").asText()).isEqualTo("CONTINUE_MONITORING");
        out.getBuffer().setLength(0);
        assertThat(run("proportions", "--control", "0/500", "--variant", "0/400")).isZero();
        assertThat(out.toString()).contains("undefined: no conversions in either arm").contains("**Recommendation: CONTINUE_MONITORING**");
    }

    @Test
    void sampleSizePastTenToTheTwelveIsNotReachable() throws Exception {
        assertThat(run("sample-size", "--baseline", "0.45", "--mde", "1e-10")).isZero();
        assertThat(out.toString()).contains("not reachable: over 10^12 users per arm").doesNotContain("9223372036854775807");
        out.getBuffer().setLength(0);
        assertThat(run("sample-size", "--baseline", "0.45", "--mde", "1e-9", "--arms", "3", "--format", "json")).isZero();
        assertThat(json().get("per_arm").isNull()).isTrue();
        assertThat(json().get("reachable").asBoolean()).isFalse();
        out.getBuffer().setLength(0);
        assertThat(run("sample-size", "--baseline", "0.45", "--mde", "0.0001", "--daily-traffic", "1000")).isZero();
        assertThat(out.toString()).contains("not reachable with this traffic");
    }

    @Test
    void listAndAnalyzeTheWarehouseWithConnectionOptions() throws Exception {
        String url = ExperimentFixture.sqlite(dir);
        assertThat(run("list", "--warehouse", url, "--format", "json")).as(err.toString()).isZero();
        JsonNode list = json();
        assertThat(list).hasSize(7);
        JsonNode bad = null;
        for (JsonNode n : list) {
            if (n.get("experiment_id").asText().equals("xp-srm-bad")) {
                bad = n;
            }
        }
        assertThat(bad.get("name").asText()).isEqualTo("Broken split");
        assertThat(bad.get("status").asText()).isEqualTo("running");
        assertThat(bad.get("started_on").asText()).isEqualTo("2026-10-23");
        assertThat(bad.get("users_per_arm").get("control").asLong()).isEqualTo(500);
        assertThat(bad.get("users_per_arm").get("variant").asLong()).isEqualTo(700);
        assertThat(bad.get("srm_mismatch").asBoolean()).isTrue();
        out.getBuffer().setLength(0);
        assertThat(run("list", "--warehouse", url)).isZero();
        assertThat(out.toString()).startsWith("id ").contains("xp-srm-bad").contains("MISMATCH").contains("control 500, variant 700");
        // a typo in a guardrail is refused, naming the experiment's metrics
        expectRefusal(new String[] {"analyze", "--warehouse", url, "--id", "xp-crash", "--guardrail", "session_crashh:lower:0"},
                "Guardrail session_crashh is not a metric of experiment 'xp-crash'; its metrics are converted, session_crash.");
        expectRefusal(new String[] {"list", "--warehouse", "jdbc:postgresql://localhost/db?user=a&password=secret"},
                "A warehouse URL must not contain a password: use --password-env VAR or ~/.pgpass.");
        out.getBuffer().setLength(0);
        assertThat(run("analyze", "--warehouse", url, "--user", "nobody", "--id", "xp-cuped", "--format", "json", "--timeout", "20")).isZero();
        JsonNode cuped = json().get("metrics").get(0).get("cuped");
        assertThat(cuped.get("applied").asBoolean()).isTrue();
        assertThat(cuped.get("theta").asDouble()).isCloseTo(0.9523809523809524, within(1e-12));
    }

    private void expectRefusal(String[] args, String message) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(message);
        assertThat(out.toString()).isEmpty();
    }

    private static void assertSnakeCase(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                assertThat(e.getKey()).matches("[a-z][a-z0-9_]*");
                assertSnakeCase(e.getValue());
            }
        } else if (node.isArray()) {
            node.forEach(ExperimentCommandTest::assertSnakeCase);
        } else if (node.isNumber()) {
            assertThat(Double.isFinite(node.asDouble())).isTrue();
        }
    }
}
