package io.liveops.console.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.experiment.core.ExperimentQueries;
import io.liveops.console.experiment.core.ExperimentService;
import io.liveops.console.experiment.core.stats.Correction;
import io.liveops.console.experiment.core.stats.Decision.Recommendation;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.ui.ExperimentFormViewModel.Field;
import io.liveops.console.experiment.ui.ExperimentFormViewModel.Source;
import io.liveops.console.testkit.ExperimentFixture;
import io.liveops.console.testkit.HeldTaskExecutor;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Experiments tab without a screen: CurrentThreadTaskExecutor, fake clipboard and save dialog. */
class ExperimentViewModelTest {

    @TempDir
    Path dir;

    private final List<String> clipboard = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    private ExperimentViewModel vm(Optional<Warehouse> warehouse, Path saveTo) {
        ExperimentService service = new ExperimentService(() -> warehouse.map(w -> new ExperimentQueries(w, new SqlCatalog(w.dialect(), null),
                Duration.ofSeconds(20))));
        return new ExperimentViewModel(new CurrentThreadTaskExecutor(), service, clock, clipboard::add, (title, name) -> Optional.ofNullable(saveTo).map(io.liveops.console.shared.ExportFile::new));
    }

    private static void type(ExperimentViewModel vm, String control, String variant) {
        vm.form().arms().get(0).textProperty().set(control);
        vm.form().arms().get(1).textProperty().set(variant);
    }

    @Test
    void planRecomputesOnEveryEditAndSaysWhenItIsNotReachable() {
        ExperimentPlanViewModel plan = vm(Optional.empty(), null).plan();
        assertThat(plan.perArmProperty().get()).isEqualTo("9,748");
        assertThat(plan.durationProperty().get()).isEqualTo("enter daily traffic");
        plan.dailyTrafficProperty().set("1000");
        assertThat(plan.durationProperty().get()).isEqualTo("20 days");
        assertThat(plan.powerCurve()).hasSize(40);
        assertThat(plan.powerCurve().get(19).power()).isGreaterThanOrEqualTo(0.8);
        plan.mdeProperty().set("0");
        assertThat(plan.error(ExperimentPlanViewModel.Field.MDE)).isEqualTo("The MDE cannot be 0: no sample size detects a zero effect.");
        assertThat(plan.perArmProperty().get()).isEqualTo("—");
        assertThat(plan.powerCurve()).isEmpty();
        // 0.01 pp: 388,527,391 users per arm would take over a year at 1,000 a day (it used to read "388519554677 d")
        plan.mdeProperty().set("0.0001");
        assertThat(plan.durationProperty().get()).isEqualTo("not reachable with this traffic");
        // past 10^12 users per arm there is no number at all
        plan.mdeProperty().set("1e-10");
        assertThat(plan.perArmProperty().get()).isEqualTo("not reachable");
        assertThat(plan.error(ExperimentPlanViewModel.Field.MDE)).contains("not reachable: over 10^12 users per arm");
        plan.mdeProperty().set("0.02");
        plan.baselineProperty().set("1.2");
        assertThat(plan.error(ExperimentPlanViewModel.Field.BASELINE)).isEqualTo("The baseline rate must be between 0 and 1 (exclusive), got 1.2.");
        plan.baselineProperty().set("0.45");
        plan.powerProperty().set("0.9");
        assertThat(plan.perArmProperty().get()).isEqualTo("13,049");
        plan.kindProperty().set(MetricKind.CONTINUOUS);
        assertThat(plan.error(ExperimentPlanViewModel.Field.SD)).isEqualTo("The standard deviation is missing.");
        plan.baselineProperty().set("5");
        plan.sdProperty().set("10");
        plan.mdeProperty().set("1");
        plan.powerProperty().set("0.8");
        assertThat(plan.perArmProperty().get()).isEqualTo("1,570");
    }

    @Test
    void typedCountsGiveAResultInWordsAndAReport() throws Exception {
        Path file = dir.resolve("report.md");
        ExperimentViewModel vm = vm(Optional.empty(), file);
        type(vm, "450/1000", "520/1000");
        assertThat(vm.form().isValid()).isTrue();
        vm.analyze();
        ExperimentResultViewModel r = vm.result();
        assertThat(r.recommendationProperty().get()).isEqualTo("Roll out · variant");
        assertThat(r.ruleProperty().get()).startsWith("Variant \"variant\" beats control");
        assertThat(r.comparisonLines()).singleElement().satisfies(l -> {
            assertThat(l.lift()).isEqualTo("+7.00 pp");
            assertThat(l.interval()).isEqualTo("+2.63 to +11.37 pp");
            assertThat(l.p()).isEqualTo("0.0017");
            assertThat(l.significant()).isTrue();
        });
        assertThat(r.forest()).singleElement().satisfies(p -> assertThat(p.estimate()).isCloseTo(7.0, within(1e-9)));
        r.exportMarkdown();
        assertThat(Files.readString(file)).startsWith("# Experiment manual").contains("**Recommendation: ROLLOUT**");
        r.copyJson();
        assertThat(clipboard).singleElement().asString().contains("\"recommendation\"");
    }

    /** Issue 15, item 1: a verdict always belongs to the inputs on screen. */
    @Test
    void anyInputChangeClearsTheVerdictAndDisablesExport() {
        ExperimentViewModel vm = vm(Optional.empty(), dir.resolve("r.md"));
        type(vm, "450/1000", "520/1000");
        vm.analyze();
        assertThat(vm.result().hasResultProperty().get()).isTrue();
        for (Runnable change : List.<Runnable>of(
                () -> vm.form().arms().get(1).textProperty().set("abc"),
                () -> vm.form().arms().get(1).textProperty().set("600/500"),
                () -> vm.form().alphaProperty().set("1.5"),
                () -> vm.form().correctionProperty().set(Correction.BH),
                () -> vm.form().sequentialProperty().set(true),
                () -> vm.form().sourceProperty().set(Source.WAREHOUSE),
                () -> vm.form().guardrails().get(0).countsProperty().set("20/1000; 21/1000"))) {
            vm.form().sourceProperty().set(Source.MANUAL);
            vm.form().alphaProperty().set("0.05");
            vm.form().sequentialProperty().set(false);
            vm.form().correctionProperty().set(Correction.HOLM);
            vm.form().guardrails().get(0).countsProperty().set("");
            type(vm, "450/1000", "520/1000");
            vm.analyze();
            assertThat(vm.result().recommendationKindProperty().get()).isEqualTo(Recommendation.ROLLOUT);
            change.run();
            assertThat(vm.result().resultProperty().get()).isNull();
            assertThat(vm.result().hasResultProperty().get()).isFalse();
            assertThat(vm.result().recommendationKindProperty().get()).isNull();
            assertThat(vm.result().comparisonLines()).isEmpty();
            assertThat(vm.result().ruleProperty().get()).isEqualTo(ExperimentViewModel.INPUTS_CHANGED);
        }
        // export and copy do nothing without a result
        vm.result().copyMarkdown();
        assertThat(clipboard).isEmpty();
    }

    @Test
    void aWarehouseResultThatArrivesAfterAChangeIsDropped() throws Exception {
        String url = ExperimentFixture.sqlite(dir);
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(url), Map.of())) {
            HeldTaskExecutor held = new HeldTaskExecutor();
            ExperimentService service = ExperimentService.over(new ExperimentQueries(w, new SqlCatalog(Dialect.SQLITE, null), Duration.ofSeconds(20)));
            ExperimentViewModel vm = new ExperimentViewModel(held, service, clock, clipboard::add, (n, e) -> Optional.empty());
            vm.form().sourceProperty().set(Source.WAREHOUSE);
            held.release();
            vm.warehouse().selectedProperty().set(vm.warehouse().experiments().stream().filter(e -> e.info().id().equals("xp-win")).findFirst().orElseThrow());
            vm.analyze();
            vm.form().alphaProperty().set("0.01");
            held.release();
            assertThat(vm.result().resultProperty().get()).isNull();
            assertThat(vm.busyProperty().get()).isFalse();
        }
    }

    @Test
    void badInputIsRefusedInlineWithASpecificMessage() {
        ExperimentViewModel vm = vm(Optional.empty(), null);
        ExperimentFormViewModel form = vm.form();
        type(vm, "450/1000", "520/500");
        assertThat(form.arms().get(1).errorProperty().get()).isEqualTo("The successes of variant (520) cannot exceed its trials (500).");
        form.arms().get(1).textProperty().set("-5/500");
        assertThat(form.arms().get(1).errorProperty().get()).isEqualTo("Counts of variant cannot be negative, got '-5/500'.");
        vm.analyze();
        assertThat(vm.result().resultProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).isEqualTo("Fix the highlighted inputs first.");
        form.alphaProperty().set("0");
        assertThat(form.error(Field.ALPHA)).isEqualTo("Alpha must be between 0 and 1 (exclusive), got 0.");
        form.alphaProperty().set("0.05");
        form.sequentialProperty().set(true);
        form.nStarProperty().set("-3");
        assertThat(form.error(Field.N_STAR)).contains("N*");
        form.sequentialProperty().set(false);
        form.removeVariant();
        assertThat(form.error(Field.ARMS)).startsWith("An experiment needs a control and at least one variant");
        form.addVariant();
        form.addVariant();
        assertThat(form.arms()).extracting(r -> r.nameProperty().get()).containsExactly("control", "variant_1", "variant_2");
        form.kindProperty().set(MetricKind.CONTINUOUS);
        form.arms().get(0).textProperty().set("10,2,50");
        form.arms().get(1).textProperty().set("11,3,60");
        form.arms().get(2).textProperty().set("10,0,1");
        assertThat(form.arms().get(2).errorProperty().get()).isEqualTo("The number of users of variant_2 must be at least 2, got 1.");
        form.arms().get(2).textProperty().set("10.1,2,55");
        form.plannedSplitProperty().set("");
        vm.analyze();
        assertThat(vm.result().comparisonLines()).hasSize(2);
        assertThat(vm.result().srmTextProperty().get()).contains("not checked");
    }

    @Test
    void undefinedStatisticsReadAsUndefinedWithTheirReason() {
        ExperimentViewModel vm = vm(Optional.empty(), null);
        vm.form().kindProperty().set(MetricKind.CONTINUOUS);
        type(vm, "4,0,10", "5,0,10");
        vm.analyze();
        assertThat(vm.result().recommendationProperty().get()).isEqualTo("Keep running");
        assertThat(vm.result().comparisonLines()).singleElement().satisfies(l -> {
            assertThat(l.p()).isEqualTo("undefined: no variation in either arm");
            assertThat(l.interval()).isEqualTo("undefined");
        });
        assertThat(vm.result().forest()).isEmpty();
    }

    @Test
    void guardrailsTypedByHandBlockRolloutAndReadInPercentagePoints() {
        ExperimentViewModel vm = vm(Optional.empty(), null);
        type(vm, "450/1000", "520/1000");
        vm.form().guardrails().get(0).countsProperty().set("20/1000; 80/1000");
        vm.analyze();
        assertThat(vm.result().guardrailLines()).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo("degraded");
            assertThat(g.change()).isEqualTo("+6.00 pp");
            assertThat(g.interval()).matches("\\+\\d\\.\\d\\d to \\+\\d\\.\\d\\d pp");
        });
        assertThat(vm.result().recommendationKindProperty().get()).isEqualTo(Recommendation.ROLLBACK);
        vm.form().guardrails().get(0).countsProperty().set("20/1000");
        assertThat(vm.form().guardrails().get(0).errorProperty().get()).contains("one value per arm");
        vm.form().plannedPerArmProperty().set("5000");
        vm.form().guardrails().get(0).countsProperty().set("");
        vm.analyze();
        assertThat(vm.result().peekingAlarmProperty().get()).isTrue();
        assertThat(vm.result().recommendationKindProperty().get()).isEqualTo(Recommendation.CONTINUE_MONITORING);
        // sequential results may be read at any time: no peeking warning, the always-valid result instead
        vm.form().sequentialProperty().set(true);
        vm.analyze();
        assertThat(vm.result().peekingAlarmProperty().get()).isFalse();
        assertThat(vm.result().peekingTextProperty().get()).contains("always valid");
    }

    @Test
    void warehouseExperiments() throws Exception {
        String url = ExperimentFixture.sqlite(dir);
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(url), Map.of())) {
            ExperimentViewModel vm = vm(Optional.of(w), null);
            vm.form().sourceProperty().set(Source.WAREHOUSE);
            assertThat(vm.warehouse().experiments()).hasSize(7);
            vm.warehouse().selectedProperty().set(find(vm, "xp-srm-bad"));
            assertThat(vm.warehouse().selectedDescriptionProperty().get())
                    .isEqualTo("Broken split (xp-srm-bad) · converted · 2026-10-23 onwards · running · control 500 · variant 700 · "
                            + "sample-ratio mismatch (p = 7.76e-09)");
            vm.analyze();
            assertThat(vm.result().srmAlarmProperty().get()).isTrue();
            assertThat(vm.result().srmTextProperty().get()).contains("do not trust this result");
            assertThat(vm.result().recommendationProperty().get()).isEqualTo("Keep running");
            // a typo in a guardrail is refused with the experiment's metrics (issue 18)
            vm.warehouse().selectedProperty().set(find(vm, "xp-crash"));
            vm.form().guardrails().get(0).metricProperty().set("session_crashh");
            vm.analyze();
            assertThat(vm.result().resultProperty().get()).isNull();
            assertThat(vm.form().guardrails().get(0).errorProperty().get()).contains("its metrics are converted, session_crash");
            vm.form().guardrails().get(0).metricProperty().set("session_crash");
            vm.analyze();
            assertThat(vm.result().recommendationKindProperty().get()).isEqualTo(Recommendation.ROLLBACK);
            // CUPED shown beside the unadjusted result
            vm.form().removeGuardrail(vm.form().guardrails().get(0));
            vm.warehouse().selectedProperty().set(find(vm, "xp-cuped"));
            vm.analyze();
            assertThat(vm.result().cupedLines()).singleElement().satisfies(l -> {
                assertThat(l.varianceReduction()).isEqualTo("95.24 %");
                assertThat(l.extraDays()).isEqualTo("40.0 days");
            });
            vm.warehouse().selectedProperty().set(find(vm, "xp-one"));
            vm.analyze();
            assertThat(vm.form().error(Field.EXPERIMENT)).contains("only one arm");
            vm.plan().loadTrafficFromWarehouse();
            assertThat(vm.plan().dailyTrafficProperty().get()).isEqualTo("130");
        }
    }

    private static io.liveops.console.experiment.core.ExperimentSummary find(ExperimentViewModel vm, String id) {
        return vm.warehouse().experiments().stream().filter(e -> e.info().id().equals(id)).findFirst().orElseThrow();
    }
}
