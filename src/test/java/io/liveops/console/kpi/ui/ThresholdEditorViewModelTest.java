package io.liveops.console.kpi.ui;
import io.liveops.console.kpi.core.ThresholdStore;

import io.liveops.console.kpi.core.Threshold;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.kpi.core.Unit;
import io.liveops.console.shared.Status;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Threshold edits in place: numbers only, warning between target and critical, percent for fractions, saved then applied. */
class ThresholdEditorViewModelTest {

    private static final Thresholds DEFAULTS = new ThresholdConfig(Path.of("no-user-config")).defaults();

    private Thresholds inForce = DEFAULTS;
    private int saves;
    private final AtomicInteger applied = new AtomicInteger();
    private ThresholdEditorViewModel editor;

    @BeforeEach
    void setUp() {
        editor = new ThresholdEditorViewModel(new ThresholdStore() {
            @Override
            public Thresholds current() {
                return inForce;
            }

            @Override
            public Thresholds defaults() {
                return DEFAULTS;
            }

            @Override
            public void save(Thresholds thresholds) {
                saves++;
                inForce = thresholds;
            }
        }, new CurrentThreadTaskExecutor(), applied::incrementAndGet);
    }

    @Test
    void fractionsAreEditedAsPercentagesAndSavedAsFractions() {
        editor.edit("crash_free_rate", "Crash-free sessions", Unit.FRACTION);
        assertThat(editor.targetProperty().get()).isEqualTo("98.5");
        assertThat(editor.warningProperty().get()).isEqualTo("98");
        assertThat(editor.criticalProperty().get()).isEqualTo("97");
        assertThat(editor.canSaveProperty().get()).as("nothing changed yet").isFalse();

        editor.warningProperty().set("97.5 %");
        assertThat(editor.errorProperty().get()).isEmpty();
        assertThat(editor.canSaveProperty().get()).isTrue();
        editor.save();

        assertThat(saves).isEqualTo(1);
        assertThat(applied).hasValue(1);
        assertThat(inForce.get("crash_free_rate").orElseThrow().warning()).isEqualTo(0.975);
        assertThat(editor.messageProperty().get()).startsWith("Saved");
        assertThat(editor.canSaveProperty().get()).isFalse();
    }

    @Test
    void textThatIsNotANumberIsRefusedWithTheReasonAndTheField() {
        editor.edit("p95_latency_ms", "API p95 latency", Unit.MILLISECONDS);
        editor.warningProperty().set("fast");
        assertThat(editor.errorProperty().get()).isEqualTo("Warning above: 'fast' is not a number (digits, a '-' and a '.' only).");
        assertThat(editor.errorFieldProperty().get()).isEqualTo(ThresholdEditorViewModel.WARNING);
        assertThat(editor.canSaveProperty().get()).isFalse();
        editor.save();
        assertThat(saves).isZero();

        editor.warningProperty().set("");
        assertThat(editor.errorProperty().get()).isEqualTo("Warning above is missing: enter a number.");
        editor.warningProperty().set("NaN");
        assertThat(editor.errorProperty().get()).contains("is not a finite number");
    }

    @Test
    void warningOutsideTargetAndCriticalIsRefusedInTheDirectionOfTheKpi() {
        editor.edit("p95_latency_ms", "API p95 latency", Unit.MILLISECONDS); // lower is better: 150 ≤ warning ≤ 300
        editor.warningProperty().set("400");
        assertThat(editor.errorProperty().get())
                .isEqualTo("Warning (400) must lie between target (150) and critical (300): lower is better, so target ≤ warning ≤ critical.");
        editor.warningProperty().set("250");
        assertThat(editor.errorProperty().get()).isEmpty();

        editor.edit("dau_mau", "DAU/MAU", Unit.FRACTION); // higher is better: 20 ≤ warning ≤ 30
        editor.warningProperty().set("35");
        assertThat(editor.errorProperty().get()).contains("higher is better, so critical ≤ warning ≤ target");
    }

    @Test
    void bandsCheckTheirLimitsAndAKpiWithoutThresholdCanGetOne() {
        editor.edit("earn_spend_ratio_7d", "Earn/spend ratio 7d", Unit.RATIO);
        assertThat(editor.directionProperty().get()).isEqualTo(Threshold.Direction.BAND);
        editor.criticalLowProperty().set("1.1");
        assertThat(editor.errorFieldProperty().get()).isEqualTo(ThresholdEditorViewModel.CRITICAL_LOW);
        assertThat(editor.errorProperty().get()).contains("must not be above the lower warning limit");
        editor.criticalLowProperty().set("0.8");
        assertThat(editor.errorProperty().get()).isEmpty();

        editor.edit("dau", "DAU", Unit.COUNT);
        assertThat(editor.messageProperty().get()).contains("no threshold yet");
        editor.targetProperty().set("1000");
        editor.warningProperty().set("800");
        editor.criticalProperty().set("500");
        editor.save();
        assertThat(inForce.get("dau")).contains(Threshold.higherIsBetter(1000, 800, 500));
        assertThat(inForce.statusOf("dau", 201.0)).isEqualTo(Status.CRITICAL);
    }

    @Test
    void resetPutsTheShippedDefaultBack() {
        inForce = DEFAULTS.with("p95_latency_ms", Threshold.lowerIsBetter(100, 120, 140));
        editor.edit("p95_latency_ms", "API p95 latency", Unit.MILLISECONDS);
        assertThat(editor.warningProperty().get()).isEqualTo("120");
        editor.resetToDefault();
        assertThat(inForce.get("p95_latency_ms")).isEqualTo(DEFAULTS.get("p95_latency_ms"));
        assertThat(editor.warningProperty().get()).isEqualTo("200");
        assertThat(applied).hasValue(1);
    }

    @Test
    void aNumberTooLargeForADoubleIsRefusedOnItsOwnFieldInWords() {
        editor.edit("p95_latency_ms", "API p95 latency", Unit.MILLISECONDS);
        editor.criticalProperty().set("1e309");
        assertThat(editor.errorFieldProperty().get()).isEqualTo(ThresholdEditorViewModel.CRITICAL);
        assertThat(editor.errorProperty().get()).startsWith("Critical above: 1e309 is not a finite number").doesNotContain("Infinite or NaN");
        editor.criticalProperty().set("300");
        editor.warningProperty().set("Infinity");
        assertThat(editor.errorFieldProperty().get()).isEqualTo(ThresholdEditorViewModel.WARNING);
        assertThat(editor.errorProperty().get()).startsWith("Warning above: Infinity is not a finite number");
        editor.warningProperty().set("NaN");
        assertThat(editor.errorProperty().get()).startsWith("Warning above: NaN is not a finite number");
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.edit("dau_mau", "DAU/MAU", Unit.FRACTION); // higher is better: the labels say "below"
        editor.targetProperty().set("-1e400");
        assertThat(editor.errorProperty().get()).startsWith("Target: -1e400 is not a finite number");
        assertThat(editor.fieldLabel(ThresholdEditorViewModel.WARNING)).isEqualTo("Warning below");
    }

    @Test
    void messagesNameTheKpiByItsTitleNeverItsId() {
        editor.edit("retention_d30", "Retention D30", Unit.FRACTION);
        editor.warningProperty().set("9");
        editor.save();
        assertThat(editor.messageProperty().get()).isEqualTo("Saved: Retention D30 now uses the new threshold.");
        editor.resetToDefault();
        assertThat(editor.messageProperty().get()).contains("Retention D30").doesNotContain("retention_d30");
        editor.edit("dau", "DAU", Unit.COUNT);
        assertThat(editor.messageProperty().get()).isEqualTo("DAU has no threshold yet: enter one to have it judged.");
    }
}
