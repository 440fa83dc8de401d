package io.liveops.console.alert.ui;

import io.liveops.console.alert.core.Alert;
import io.liveops.console.alert.core.AlertLevel;
import io.liveops.console.alert.core.AlertListener;
import io.liveops.console.alert.core.ToastThrottle;
import io.liveops.console.shared.Status;
import io.liveops.console.ui.kit.Icons;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows alerts as toasts in the bottom-right corner: the only caller of ControlsFX
 * {@link Notifications}. Register it with {@link AlertCenter#addListener}, which tells it on the FX thread. Storms are collapsed by a {@link ToastThrottle}.
 * A click on a single alert's toast calls {@code onOpenAlert} (jump to the tile); a click on a
 * summary calls {@code onOpenHistory}.
 */
public final class Toasts implements AlertListener {

    private final ToastThrottle throttle;
    private final Window owner;
    private final Consumer<Alert> onOpenAlert;
    private final Runnable onOpenHistory;
    private PauseTransition pendingFlush; // FX thread only

    /**
     * @param owner the main window the toasts belong to, or null for the primary screen
     */
    public Toasts(ToastThrottle throttle, Window owner, Consumer<Alert> onOpenAlert, Runnable onOpenHistory) {
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.owner = owner;
        this.onOpenAlert = Objects.requireNonNull(onOpenAlert, "onOpenAlert");
        this.onOpenHistory = Objects.requireNonNull(onOpenHistory, "onOpenHistory");
    }

    @Override
    public void alertRecorded(Alert alert) {
        if (!alert.toastWorthy()) {
            return;
        }
        offer(alert);
    }

    private void offer(Alert alert) {
        throttle.offer(alert).ifPresent(this::show);
        scheduleFlush();
    }

    /** Wakes up when the throttle's window ends, to show the summary of what it held. */
    private void scheduleFlush() {
        if (pendingFlush != null) {
            return;
        }
        Optional<java.time.Duration> wait = throttle.timeToNextFlush();
        if (wait.isEmpty()) {
            return;
        }
        pendingFlush = new PauseTransition(Duration.millis(Math.max(1, wait.get().toMillis())));
        pendingFlush.setOnFinished(e -> {
            pendingFlush = null;
            throttle.flushDue().ifPresent(this::show);
            scheduleFlush();
        });
        pendingFlush.play();
    }

    private void show(ToastThrottle.Toast toast) {
        boolean critical = toast.level() == AlertLevel.CRITICAL;
        // the console's status icon and colour (the popup inherits the window's theme stylesheets)
        FontIcon icon = Icons.forStatus(critical ? Status.CRITICAL : Status.WARNING).create();
        icon.getStyleClass().add("toast-icon");
        Notifications notification = Notifications.create()
                .title(toast.title())
                .text(toast.text())
                .graphic(icon)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(critical ? 20 : 8))
                .styleClass("liveops-toast", critical ? "liveops-toast-critical" : "liveops-toast-warning")
                .onAction(e -> toast.single().ifPresentOrElse(onOpenAlert, onOpenHistory));
        if (owner != null) {
            notification.owner(owner);
        }
        notification.show();
    }
}
