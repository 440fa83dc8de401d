package io.liveops.console.alert.ui;
import io.liveops.console.alert.core.AlertHistoryRepository;

import io.liveops.console.alert.core.AlertCenter;
import io.liveops.console.alert.core.AlertLevel;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.background.CurrentThreadTaskExecutor;
import io.liveops.console.state.StateStore;
import io.liveops.console.testkit.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drawer without a screen: lists the history, counts what waits, acknowledges and snoozes through the center. */
class AlertDrawerViewModelTest {

    @TempDir
    Path temp;

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00Z");
    private StateStore state;
    private AlertCenter center;
    private AlertDrawerViewModel drawer;

    @BeforeEach
    void setUp() {
        state = StateStore.openSqlite(temp.resolve("state.db"), clock);
        center = new AlertCenter(new AlertHistoryRepository(state), clock);
        drawer = new AlertDrawerViewModel(center, new CurrentThreadTaskExecutor(), clock, ZoneOffset.UTC, () -> "ana");
    }

    @AfterEach
    void tearDown() {
        state.close();
    }

    @Test
    void recordedAlertsAppearNewestFirstAndAcknowledgingClearsTheCount() {
        center.observe("KPI", "dau", AlertLevel.CRITICAL, "DAU: ok → critical", "Value 450");
        clock.advance(Duration.ofMinutes(5));
        center.observe("KPI", "nps_30d", AlertLevel.WARNING, "NPS 30d: ok → warning", "Value 38.0");

        assertThat(drawer.rows()).extracting(r -> r.alert().key()).containsExactly("nps_30d", "dau");
        assertThat(drawer.rows().get(1).timeText()).isEqualTo("09:00");
        assertThat(drawer.rows().get(1).levelText()).isEqualTo("critical");
        assertThat(drawer.rows().get(1).stateText()).isEqualTo("new");
        assertThat(drawer.unacknowledgedProperty().get()).isEqualTo(2);

        drawer.acknowledge(drawer.rows().get(1));
        assertThat(drawer.unacknowledgedProperty().get()).isEqualTo(1);
        assertThat(drawer.rows().get(1).stateText()).isEqualTo("acknowledged by ana");

        drawer.acknowledgeAll();
        assertThat(drawer.unacknowledgedProperty().get()).isZero();
        assertThat(drawer.messageProperty().get()).isEqualTo("1 alert acknowledged.");

        center.observe("KPI", "dau", AlertLevel.OK, "DAU: critical → ok", null);
        assertThat(drawer.rows().get(0).levelText()).isEqualTo("recovered");
        assertThat(drawer.unacknowledgedProperty().get()).isZero();
    }

    @Test
    void snoozingSilencesTheKeyForOneHourFourHoursOrUntilTomorrow() {
        center.observe("KPI", "retention_d30", AlertLevel.CRITICAL, "Retention D30: ok → critical", null);
        AlertDrawerViewModel.Row row = drawer.rows().get(0);
        drawer.snoozeOneHour(row);
        assertThat(center.snoozedUntil("retention_d30")).contains(Instant.parse("2026-11-23T10:00:00Z"));
        // people read the KPI's title, never its internal key; the time in the console's one date-time format
        assertThat(drawer.messageProperty().get()).startsWith("Retention D30 is snoozed for 1 h (until 2026-11-23 10:00)")
                .doesNotContain("retention_d30");
        drawer.snoozeFourHours(row);
        assertThat(center.snoozedUntil("retention_d30")).contains(Instant.parse("2026-11-23T13:00:00Z"));
        drawer.snoozeUntilTomorrow(row);
        assertThat(center.snoozedUntil("retention_d30")).contains(Instant.parse("2026-11-24T00:00:00Z"));

        center.observe("KPI", "retention_d30", AlertLevel.OK, "Retention D30: critical → ok", null);
        center.observe("KPI", "retention_d30", AlertLevel.CRITICAL, "Retention D30: ok → critical", null);
        assertThat(drawer.rows().get(0)).satisfies(r -> {
            assertThat(r.alert().toastWorthy()).isFalse();
            assertThat(r.stateText()).isEqualTo("snoozed");
        });
    }
}
