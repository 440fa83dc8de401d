package io.liveops.console.alert.ui;

import io.liveops.console.alert.core.Alert;
import io.liveops.console.alert.core.AlertLevel;
import io.liveops.console.alert.core.ToastThrottle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ToastsTest {

    private Stage stage;
    private final List<Alert> opened = new CopyOnWriteArrayList<>();
    private final AtomicInteger historyOpened = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("console")), 800, 600));
        stage.show();
    }

    private static Alert alert(long id, String key) {
        return new Alert(id, "KPI", key, AlertLevel.CRITICAL, Alert.Kind.RAISED, key + " critical", key + " below its floor",
                Instant.EPOCH, false, null, null);
    }

    private Set<Node> toastLabels(FxRobot robot, String text) {
        return robot.lookup(n -> n instanceof Label l && text.equals(l.getText())).queryAll();
    }

    @Test
    void aToastShowsAndItsClickJumpsToTheAlertThenAStormCollapsesIntoOneSummary(FxRobot robot) throws Exception {
        Toasts toasts = new Toasts(new ToastThrottle(Clock.systemUTC(), Duration.ofSeconds(2)), stage, opened::add,
                historyOpened::incrementAndGet);

        robot.interact(() -> {   // on the FX thread, where the alert center delivers
            toasts.alertRecorded(alert(1, "dau"));
            for (int i = 2; i <= 6; i++) {
                toasts.alertRecorded(alert(i, "kpi" + i));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(toastLabels(robot, "dau critical")).hasSize(1);
        assertThat(toastLabels(robot, "kpi2 critical")).isEmpty();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !toastLabels(robot, "5 KPIs turned critical").isEmpty());

        click(robot, toastLabels(robot, "dau critical").iterator().next());
        assertThat(opened).extracting(Alert::key).containsExactly("dau");
        assertThat(historyOpened).hasValue(0);
        click(robot, toastLabels(robot, "5 KPIs turned critical").iterator().next());
        assertThat(historyOpened).hasValue(1);
        assertThat(opened).hasSize(1);
    }

    /** Clicks the toast the label sits in (the robot's mouse does not reach Monocle's popup windows). */
    private static void click(FxRobot robot, Node label) {
        robot.interact(() -> label.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
