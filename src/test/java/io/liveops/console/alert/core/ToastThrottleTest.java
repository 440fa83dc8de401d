package io.liveops.console.alert.core;

import io.liveops.console.testkit.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToastThrottleTest {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");
    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    private final ToastThrottle throttle = new ToastThrottle(clock, Duration.ofSeconds(10));
    private long nextId = 1;

    private Alert alert(String source, String key, AlertLevel level) {
        return new Alert(nextId++, source, key, level, Alert.Kind.RAISED, key + " " + level.name().toLowerCase(), null,
                clock.instant(), false, null, null);
    }

    @Test
    void aStormOfTwentyBecomesTheFirstToastPlusOneSummary() {
        List<ToastThrottle.Toast> shown = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            throttle.offer(alert("KPI", "kpi" + i, AlertLevel.CRITICAL)).ifPresent(shown::add);
            clock.advance(Duration.ofMillis(200));
        }
        assertThat(shown).singleElement().satisfies(t -> {
            assertThat(t.summary()).isFalse();
            assertThat(t.single()).map(Alert::key).contains("kpi0");
        });
        assertThat(throttle.flushDue()).isEmpty(); // window still open
        assertThat(throttle.timeToNextFlush()).contains(Duration.ofSeconds(6));

        clock.advance(Duration.ofSeconds(6));
        ToastThrottle.Toast summary = throttle.flushDue().orElseThrow();
        assertThat(summary.summary()).isTrue();
        assertThat(summary.title()).isEqualTo("19 KPIs turned critical");
        assertThat(summary.text()).isEqualTo("kpi1 critical, kpi2 critical, kpi3 critical and 16 more");
        assertThat(summary.level()).isEqualTo(AlertLevel.CRITICAL);
        assertThat(summary.alerts()).hasSize(19);
        assertThat(summary.single()).isEmpty();
        assertThat(throttle.flushDue()).isEmpty();
        assertThat(throttle.timeToNextFlush()).isEmpty();
    }

    @Test
    void alertsAfterAQuietWindowShowImmediately() {
        assertThat(throttle.offer(alert("KPI", "a", AlertLevel.WARNING))).isPresent();
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.flushDue()).isEmpty();
        assertThat(throttle.offer(alert("KPI", "b", AlertLevel.WARNING))).map(ToastThrottle.Toast::title).contains("b warning");
    }

    @Test
    void aSingleHeldAlertIsShownAsItselfNotAsASummary() {
        throttle.offer(alert("KPI", "a", AlertLevel.WARNING));
        assertThat(throttle.offer(alert("Incident", "42", AlertLevel.CRITICAL))).isEmpty();
        clock.advance(Duration.ofSeconds(10));
        ToastThrottle.Toast toast = throttle.flushDue().orElseThrow();
        assertThat(toast.summary()).isFalse();
        assertThat(toast.single()).map(Alert::key).contains("42");
    }

    @Test
    void mixedSourcesAndLevelsAreCountedInTheSummary() {
        throttle.offer(alert("KPI", "first", AlertLevel.WARNING));
        throttle.offer(alert("KPI", "dau", AlertLevel.CRITICAL));
        throttle.offer(alert("KPI", "arpu", AlertLevel.WARNING));
        throttle.offer(alert("Incident", "42", AlertLevel.CRITICAL));
        clock.advance(Duration.ofSeconds(11));
        ToastThrottle.Toast toast = throttle.flushDue().orElseThrow();
        assertThat(toast.title()).isEqualTo("3 alerts need attention");
        assertThat(toast.text()).isEqualTo("2 critical, 1 warning: dau critical, arpu warning, 42 critical");
        assertThat(toast.level()).isEqualTo(AlertLevel.CRITICAL);
    }

    @Test
    void aLateAlertAfterTheWindowFlushesTheSummaryAndIsHeldForTheNextWindow() {
        throttle.offer(alert("KPI", "a", AlertLevel.CRITICAL));
        throttle.offer(alert("KPI", "b", AlertLevel.CRITICAL));
        throttle.offer(alert("KPI", "c", AlertLevel.CRITICAL));
        clock.advance(Duration.ofSeconds(12));
        Optional<ToastThrottle.Toast> toast = throttle.offer(alert("KPI", "d", AlertLevel.CRITICAL));
        assertThat(toast).map(ToastThrottle.Toast::title).contains("2 KPIs turned critical");
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.flushDue()).flatMap(ToastThrottle.Toast::single).map(Alert::key).contains("d");
    }

    @Test
    void silencedAndRecoveredEntriesNeverToast() {
        Alert silenced = new Alert(1, "KPI", "a", AlertLevel.CRITICAL, Alert.Kind.RAISED, "a", null, T0, true, null, null);
        Alert recovered = new Alert(2, "KPI", "a", AlertLevel.OK, Alert.Kind.RECOVERED, "a", null, T0, false, null, null);
        assertThat(throttle.offer(silenced)).isEmpty();
        assertThat(throttle.offer(recovered)).isEmpty();
        assertThat(throttle.offer(alert("KPI", "b", AlertLevel.WARNING))).isPresent();
        assertThatThrownBy(() -> new ToastThrottle(clock, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStartUpBreachesBecomeOneSummaryToast() {
        ToastThrottle starting = ToastThrottle.gatheringFirst(clock, Duration.ofSeconds(10), Duration.ofSeconds(30));
        java.util.List<ToastThrottle.Toast> shown = new java.util.ArrayList<>();
        clock.advance(Duration.ofSeconds(3)); // the first refresh judges every KPI
        for (int i = 0; i < 9; i++) {
            starting.offer(alert("KPI", "kpi" + i, i < 4 ? AlertLevel.CRITICAL : AlertLevel.WARNING)).ifPresent(shown::add);
        }
        assertThat(shown).isEmpty();
        assertThat(starting.timeToNextFlush()).contains(Duration.ofSeconds(27));
        clock.advance(Duration.ofSeconds(27));
        starting.flushDue().ifPresent(shown::add);
        assertThat(shown).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("9 KPIs need attention");
            assertThat(t.level()).isEqualTo(AlertLevel.CRITICAL);
        });
    }
}
