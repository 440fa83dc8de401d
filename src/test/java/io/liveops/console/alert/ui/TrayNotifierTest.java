package io.liveops.console.alert.ui;

import io.liveops.console.alert.core.Alert;
import io.liveops.console.alert.core.AlertLevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TrayNotifierTest {

    private static Alert alert(AlertLevel level, boolean silenced) {
        return new Alert(1, "KPI", "dau", level, Alert.Kind.RAISED, "DAU " + level, null, Instant.EPOCH, silenced, null, null);
    }

    @Test
    void headlessRunsHaveNoTrayAndSkipSilently() {
        assertThat(TrayNotifier.trayAvailable()).isFalse(); // surefire runs with -Djava.awt.headless=true
        try (TrayNotifier tray = new TrayNotifier(() -> true, "LiveOps Console")) {
            tray.alertRecorded(alert(AlertLevel.CRITICAL, false));
            assertThat(tray.notify(alert(AlertLevel.CRITICAL, false))).isFalse();
        }
    }

    @Test
    void onlyCriticalToastWorthyAlertsWhileTheWindowIsInTheBackgroundGoToTheTray() {
        AtomicBoolean background = new AtomicBoolean(false);
        TrayNotifier tray = new TrayNotifier(background::get, "LiveOps Console", true);
        assertThat(tray.notify(alert(AlertLevel.CRITICAL, false))).isFalse();
        background.set(true);
        assertThat(tray.notify(alert(AlertLevel.WARNING, false))).isFalse();
        assertThat(tray.notify(alert(AlertLevel.CRITICAL, true))).isFalse();
        assertThat(tray.notify(alert(AlertLevel.CRITICAL, false))).isTrue();
    }
}
