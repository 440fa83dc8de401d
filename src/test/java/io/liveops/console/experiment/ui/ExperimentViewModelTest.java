package io.liveops.console.experiment.ui;

import io.liveops.console.testkit.ExperimentFixture;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.experiment.ui.ExperimentPlanViewModel.Field;
import io.liveops.console.experiment.ui.ExperimentViewModel.Source;
import io.liveops.console.experiment.core.stats.Decision.Recommendation;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private ExperimentViewModel vm(Optional<Warehouse> warehouse, Path saveTo) {
        return new ExperimentViewModel(new CurrentThreadTaskExecutor(), () -> warehouse, null, clipboard::add,
                (name, ext) -> Optional.ofNullable(saveTo));
    }

    @Test
    void planRecomputesOnEveryEdit() {
        ExperimentPlanViewModel plan = vm(Optional.empty(), null).plan();
        assertThat(plan.perArmProperty().get()).isEqualTo("9,748");
        assertThat(plan.durationProperty().get()).isEqualTo("enter daily traffic");
        plan.dailyTrafficProperty().set("1000");
        assertThat(plan.durationProperty().get()).isEqualTo("20 days");
        assertThat(plan.powerCurve()).hasSize(40);
        assertThat(plan.powerCurve().get(19).power()).isGreaterThanOrEqualTo(0.8);
        plan.mdeProperty().set("0");
        assertThat(plan.error(Field.MDE)).isEqualTo("The MDE cannot be 0: no sample size detects a zero effect.");
        assertThat(plan.perArmProperty().get()).isEqualTo("—");
        assertThat(plan.powerCurve()).isEmpty();
        plan.mdeProperty().set("0.02");
        plan.baselineProperty().set("1.2");
        assertThat(plan.error(Field.BASELINE)).isEqualTo("The baseline rate must be between 0 and 1 (exclusive), got 1.2.");
        plan.baselineProperty().set("0.45");
        plan.powerProperty().set("1");
        assertThat(plan.error(Field.POWER)).startsWith("Power must be between 0 and 1");
        plan.powerProperty().set("0.9");
        assertThat(plan.perArmProperty().get()).isEqualTo("13,049");
        plan.kindProperty().set(MetricKind.CONTINUOUS);
        assertThat(plan.error(Field.SD)).isEqualTo("The standard deviation is missing.");
        plan.baselineProperty().set("5");
        plan.sdProperty().set("10");
        plan.mdeProperty().set("1");
        plan.powerProperty().set("0.8");
        assertThat(plan.perArmProperty().get()).isEqualTo("1,570");
    }

    @Test
    void typedCountsGiveAResultAndARecommendation() throws Exception {
        Path file = dir.resolve("report.md");
        ExperimentViewModel vm = vm(Optional.empty(), file);
        vm.arms().get(0).textProperty().set("450/1000");
        vm.arms().get(1).textProperty().set("520/1000");
        assertThat(vm.isValid()).isTrue();
        vm.analyze();
        assertThat(vm.recommendationProperty().get()).isEqualTo("ROLLOUT · variant");
        assertThat(vm.ruleProperty().get()).startsWith("Variant \"variant\" beats control");
        assertThat(vm.comparisonLines()).singleElement().satisfies(l -> {
            assertThat(l.lift()).isEqualTo("+7.00 pp");
            assertThat(l.p()).isEqualTo("0.0017");
            assertThat(l.significant()).isTrue();
        });
        assertThat(vm.srmAlarmProperty().get()).isFalse();
        assertThat(vm.forest()).singleElement().satisfies(p -> assertThat(p.estimate()).isCloseTo(7.0, org.assertj.core.api.Assertions.within(1e-9)));

        vm.exportMarkdown();
        assertThat(Files.readString(file)).startsWith("# Experiment manual").contains("**Recommendation: ROLLOUT**");
        vm.copyJson();
        assertThat(clipboard).singleElement().asString().contains("\"recommendation\"");
    }

    @Test
    void badInputIsRefusedInlineWithASpecificMessage() {
        ExperimentViewModel vm = vm(Optional.empty(), null);
        vm.arms().get(0).textProperty().set("450/1000");
        vm.arms().get(1).textProperty().set("520/500");
        assertThat(vm.arms().get(1).errorProperty().get()).isEqualTo("The successes of variant (520) cannot exceed its trials (500).");
        vm.arms().get(1).textProperty().set("-5/500");
        assertThat(vm.arms().get(1).errorProperty().get()).isEqualTo("Counts of variant cannot be negative, got '-5/500'.");
        vm.analyze();
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).isEqualTo("Fix the highlighted inputs first.");
        vm.alphaProperty().set("0");
        assertThat(vm.error(ExperimentViewModel.Field.ALPHA)).isEqualTo("Alpha must be between 0 and 1 (exclusive), got 0.");
        vm.alphaProperty().set("0.05");
        vm.removeVariant();
        assertThat(vm.error(ExperimentViewModel.Field.ARMS)).startsWith("An experiment needs a control and at least one variant");
        vm.addVariant();
        vm.addVariant();
        assertThat(vm.arms()).extracting(r -> r.nameProperty().get()).containsExactly("control", "variant_1", "variant_2");
        vm.kindProperty().set(MetricKind.CONTINUOUS);
        vm.arms().get(0).textProperty().set("10,2,50");
        vm.arms().get(1).textProperty().set("11,3,60");
        vm.arms().get(2).textProperty().set("10,0,1");
        assertThat(vm.arms().get(2).errorProperty().get()).isEqualTo("The number of users of variant_2 must be at least 2, got 1.");
        vm.arms().get(2).textProperty().set("10.1,2,55");
        vm.plannedSplitProperty().set("");
        vm.analyze();
        assertThat(vm.comparisonLines()).hasSize(2);
        assertThat(vm.srmTextProperty().get()).contains("not checked");
    }

    @Test
    void guardrailsTypedByHandBlockRollout() {
        ExperimentViewModel vm = vm(Optional.empty(), null);
        vm.arms().get(0).textProperty().set("450/1000");
        vm.arms().get(1).textProperty().set("520/1000");
        vm.guardrails().get(0).countsProperty().set("20/1000; 80/1000");
        vm.analyze();
        assertThat(vm.guardrailLines()).singleElement().satisfies(g -> assertThat(g.status()).isEqualTo("DEGRADED"));
        assertThat(vm.resultProperty().get().decision().recommendation()).isEqualTo(Recommendation.ROLLBACK);
        vm.guardrails().get(0).countsProperty().set("20/1000");
        assertThat(vm.guardrails().get(0).errorProperty().get()).contains("one value per arm");
        vm.plannedPerArmProperty().set("5000");
        vm.guardrails().get(0).countsProperty().set("");
        vm.analyze();
        assertThat(vm.peekingAlarmProperty().get()).isTrue();
        assertThat(vm.resultProperty().get().decision().recommendation()).isEqualTo(Recommendation.CONTINUE_MONITORING);
    }

    @Test
    void warehouseExperiments() throws Exception {
        String url = ExperimentFixture.sqlite(dir);
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(url), Map.of())) {
            ExperimentViewModel vm = vm(Optional.of(w), null);
            vm.sourceProperty().set(Source.WAREHOUSE);
            vm.refreshExperiments();
            assertThat(vm.experiments()).hasSize(6);
            vm.selectedExperimentProperty().set(vm.experiments().stream().filter(e -> e.id().equals("xp-srm-bad")).findFirst().orElseThrow());
            vm.analyze();
            assertThat(vm.srmAlarmProperty().get()).isTrue();
            assertThat(vm.srmTextProperty().get()).contains("do not trust this result");
            assertThat(vm.recommendationProperty().get()).isEqualTo("CONTINUE_MONITORING");
            vm.selectedExperimentProperty().set(vm.experiments().stream().filter(e -> e.id().equals("xp-flat")).findFirst().orElseThrow());
            vm.analyze();
            assertThat(vm.comparisonLines().get(0).statistic()).startsWith("0 (");
            vm.selectedExperimentProperty().set(vm.experiments().stream().filter(e -> e.id().equals("xp-one")).findFirst().orElseThrow());
            vm.analyze();
            assertThat(vm.error(ExperimentViewModel.Field.EXPERIMENT)).contains("only one arm");
            vm.plan().loadTrafficFromWarehouse();
            assertThat(vm.plan().dailyTrafficProperty().get()).isEqualTo("130");
        }
    }
}
