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
        drawer.snoozeOneHour("dau");
        assertThat(center.snoozedUntil("dau")).contains(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(drawer.messageProperty().get()).startsWith("dau is snoozed for 1 h");
        drawer.snoozeFourHours("dau");
        assertThat(center.snoozedUntil("dau")).contains(Instant.parse("2026-11-23T13:00:00Z"));
        drawer.snoozeUntilTomorrow("dau");
        assertThat(center.snoozedUntil("dau")).contains(Instant.parse("2026-11-24T00:00:00Z"));

        center.observe("KPI", "dau", AlertLevel.CRITICAL, "DAU: ok → critical", null);
        assertThat(drawer.rows()).singleElement().satisfies(r -> {
            assertThat(r.alert().toastWorthy()).isFalse();
            assertThat(r.stateText()).isEqualTo("snoozed");
        });
    }
}
