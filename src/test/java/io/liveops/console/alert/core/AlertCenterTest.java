package io.liveops.console.alert.core;

import io.liveops.console.testkit.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.state.StateStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertCenterTest {

    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock(T0, ZoneOffset.UTC);
    private StateStore store;
    private AlertCenter center;
    private final List<Alert> heard = new ArrayList<>();
    private final List<Alert> acknowledgedHeard = new ArrayList<>();

    @BeforeEach
    void open() {
        store = StateStore.openSqlite(tmp.resolve("state.db"), clock);
        center = newCenter();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AlertCenter newCenter() {
        AlertCenter c = new AlertCenter(new AlertHistoryRepository(store), clock, Duration.ofMinutes(30));
        c.addListener(new AlertListener() {
            @Override
            public void alertRecorded(Alert alert) {
                heard.add(alert);
            }

            @Override
            public void alertAcknowledged(Alert alert) {
                acknowledgedHeard.add(alert);
            }
        });
        return c;
    }

    private List<Alert> observe(String key, AlertLevel level) {
        clock.advance(Duration.ofMinutes(1));
        return center.observe("KPI", key, level, key + " is " + level, "detail");
    }

    @Test
    void okToWarningRaises() {
        assertThat(observe("dau", AlertLevel.OK)).isEmpty();
        List<Alert> raised = observe("dau", AlertLevel.WARNING);
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.RAISED);
            assertThat(a.level()).isEqualTo(AlertLevel.WARNING);
            assertThat(a.toastWorthy()).isTrue();
            assertThat(a.at()).isEqualTo(clock.instant());
        });
        assertThat(heard).isEqualTo(raised);
    }

    @Test
    void warningToWarningRaisesNothing() {
        observe("dau", AlertLevel.WARNING);
        assertThat(observe("dau", AlertLevel.WARNING)).isEmpty();
        assertThat(observe("dau", AlertLevel.WARNING)).isEmpty();
        assertThat(center.history(10)).hasSize(1);
        assertThat(heard).hasSize(1);
    }

    @Test
    void warningToCriticalRaises() {
        observe("dau", AlertLevel.WARNING);
        assertThat(observe("dau", AlertLevel.CRITICAL)).singleElement()
                .satisfies(a -> assertThat(a.level()).isEqualTo(AlertLevel.CRITICAL));
        assertThat(center.history(10)).extracting(Alert::level).containsExactly(AlertLevel.CRITICAL, AlertLevel.WARNING);
    }

    @Test
    void criticalToOkRecordsAQuietRecoveredEntry() {
        observe("dau", AlertLevel.CRITICAL);
        List<Alert> recovered = observe("dau", AlertLevel.OK);
        assertThat(recovered).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Alert.Kind.RECOVERED);
            assertThat(a.level()).isEqualTo(AlertLevel.OK);
            assertThat(a.toastWorthy()).isFalse();
        });
        assertThat(center.unacknowledged()).extracting(Alert::kind).containsOnly(Alert.Kind.RAISED);
        assertThat(observe("dau", AlertLevel.OK)).isEmpty();
    }

    @Test
    void okToCriticalRaisesExactlyOne() {
        observe("dau", AlertLevel.OK);
        assertThat(observe("dau", AlertLevel.CRITICAL)).hasSize(1);
        assertThat(center.history(10)).hasSize(1);
    }

    @Test
    void firstSightingAtCriticalRaisesAndFirstSightingAtOkRecordsNothing() {
        assertThat(observe("arpu", AlertLevel.OK)).isEmpty();
        assertThat(observe("dau", AlertLevel.CRITICAL)).hasSize(1);
    }

    @Test
    void easingToWarningIsSilentButARelapseRaisesAgain() {
        observe("dau", AlertLevel.CRITICAL);
        assertThat(observe("dau", AlertLevel.WARNING)).isEmpty();
        assertThat(center.level("KPI", "dau")).isEqualTo(AlertLevel.WARNING);
        assertThat(observe("dau", AlertLevel.CRITICAL)).hasSize(1);
    }

    @Test
    void unknownNeitherRaisesNorRecoversAndKeepsTheLastLevel() {
        observe("dau", AlertLevel.WARNING);
        assertThat(observe("dau", AlertLevel.UNKNOWN)).isEmpty();
        assertThat(center.level("KPI", "dau")).isEqualTo(AlertLevel.WARNING);
        assertThat(observe("dau", AlertLevel.WARNING)).isEmpty();
        assertThat(observe("dau", AlertLevel.UNKNOWN)).isEmpty();
        assertThat(observe("dau", AlertLevel.OK)).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(Alert.Kind.RECOVERED));
    }

    @Test
    void keysAreIndependentPerSource() {
        observe("dau", AlertLevel.CRITICAL);
        assertThat(center.observe("Watchlist", "dau", AlertLevel.CRITICAL, "DAU moved", null)).hasSize(1);
    }

    @Test
    void oneOffEventsAreDeduplicatedWithinTheWindow() {
        assertThat(center.raise("Checklist", "morning", AlertLevel.WARNING, "Morning routine: 2 items open", null)).isPresent();
        clock.advance(Duration.ofMinutes(10));
        assertThat(center.raise("Checklist", "morning", AlertLevel.WARNING, "Morning routine: 2 items open", null)).isEmpty();
        assertThat(center.raise("Checklist", "evening", AlertLevel.WARNING, "Evening routine: 1 item open", null)).isPresent();
        // worse than what was raised: not a duplicate
        assertThat(center.raise("Checklist", "morning", AlertLevel.CRITICAL, "Morning routine overdue", null)).isPresent();
        clock.advance(Duration.ofMinutes(29));
        assertThat(center.raise("Checklist", "morning", AlertLevel.CRITICAL, "Morning routine overdue", null)).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(center.raise("Checklist", "morning", AlertLevel.CRITICAL, "Morning routine overdue", null)).isPresent();
        assertThat(center.history(20)).hasSize(4);
        assertThatThrownBy(() -> center.raise("Checklist", "x", AlertLevel.OK, "fine", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snoozedKeysRecordHistoryWithoutToastUntilTheSnoozeEnds() {
        Instant until = center.snoozeOneHour("dau");
        assertThat(until).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(center.snoozedUntil("dau")).contains(until);

        List<Alert> quiet = observe("dau", AlertLevel.WARNING);
        assertThat(quiet).singleElement().satisfies(a -> {
            assertThat(a.silenced()).isTrue();
            assertThat(a.toastWorthy()).isFalse();
        });
        assertThat(observe("arpu", AlertLevel.WARNING)).singleElement()
                .satisfies(a -> assertThat(a.toastWorthy()).isTrue());

        clock.set(until.minusSeconds(1));
        assertThat(center.observe("KPI", "dau", AlertLevel.CRITICAL, "DAU critical", null))
                .singleElement().satisfies(a -> assertThat(a.silenced()).isTrue());
        assertThat(center.observe("KPI", "dau", AlertLevel.OK, "DAU ok", null)).hasSize(1);

        clock.set(until);
        assertThat(center.snoozedUntil("dau")).isEmpty();
        assertThat(center.observe("KPI", "dau", AlertLevel.CRITICAL, "DAU critical", null))
                .singleElement().satisfies(a -> assertThat(a.toastWorthy()).isTrue());
        assertThat(center.history(10)).hasSize(5);
    }

    @Test
    void snoozeHelpersAndUntilTomorrowInTheUsersZone() {
        assertThat(center.snoozeFourHours("a")).isEqualTo(T0.plus(Duration.ofHours(4)));
        // 09:00Z is 22:00 in Auckland (UTC+13 in March): tomorrow starts two hours later
        assertThat(center.snoozeUntilTomorrow("b", ZoneId.of("Pacific/Auckland"))).isEqualTo(Instant.parse("2025-03-10T11:00:00Z"));
        assertThat(center.snoozeUntilTomorrow("c", ZoneId.of("America/Los_Angeles"))).isEqualTo(Instant.parse("2025-03-11T07:00:00Z"));
        center.unsnooze("a");
        assertThat(center.snoozedUntil("a")).isEmpty();
        assertThat(center.raise("KPI", "a", AlertLevel.WARNING, "a", null)).get().satisfies(x -> assertThat(x.silenced()).isFalse());
        assertThat(center.raise("KPI", "b", AlertLevel.WARNING, "b", null)).get().satisfies(x -> assertThat(x.silenced()).isTrue());
    }

    @Test
    void acknowledgeStampsWhoAndWhenOnce() {
        Alert raised = observe("dau", AlertLevel.CRITICAL).get(0);
        clock.advance(Duration.ofMinutes(5));
        assertThat(center.acknowledge(raised.id(), "ana")).isTrue();
        assertThat(center.acknowledge(raised.id(), "bob")).isFalse();
        assertThat(center.acknowledge(424242L, "bob")).isFalse();
        Alert stored = center.history(1).get(0);
        assertThat(stored.acknowledgedBy()).isEqualTo("ana");
        assertThat(stored.acknowledgedAt()).isEqualTo(clock.instant());
        assertThat(center.unacknowledged()).isEmpty();
        assertThat(acknowledgedHeard).singleElement().satisfies(a -> assertThat(a.acknowledgedBy()).isEqualTo("ana"));
    }

    @Test
    void historyLevelsAndSnoozesSurviveReopenSoARestartDoesNotReRaise() {
        observe("dau", AlertLevel.CRITICAL);
        observe("arpu", AlertLevel.WARNING);
        Alert toAck = center.history(1).get(0);
        center.acknowledge(toAck.id(), "ana");
        center.snooze("retention", T0.plus(Duration.ofHours(2)));
        store.close();

        store = StateStore.openSqlite(tmp.resolve("state.db"), clock);
        heard.clear();
        center = newCenter();
        assertThat(center.history(10)).hasSize(2);
        assertThat(center.history(10).get(0).acknowledgedBy()).isEqualTo("ana");
        assertThat(center.level("KPI", "dau")).isEqualTo(AlertLevel.CRITICAL);
        assertThat(observe("dau", AlertLevel.CRITICAL)).isEmpty();          // still critical: no new alert
        assertThat(observe("arpu", AlertLevel.CRITICAL)).hasSize(1);        // got worse meanwhile: one alert
        assertThat(observe("retention", AlertLevel.WARNING)).singleElement() // snooze outlived the restart
                .satisfies(a -> assertThat(a.silenced()).isTrue());
        assertThat(heard).hasSize(2);
    }
}
