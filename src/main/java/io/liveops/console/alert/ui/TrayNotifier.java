package io.liveops.console.alert.ui;

import io.liveops.console.alert.core.Alert;
import io.liveops.console.alert.core.AlertLevel;
import io.liveops.console.alert.core.AlertListener;

import java.awt.AWTException;
import java.awt.BasicStroke;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends critical alerts to the operating system's notification area while the console is minimised
 * or in the background, so a breach is seen even when another window covers the console. Where the
 * platform has no system tray (some Linux desktops, headless runs, CI) it does nothing.
 */
public final class TrayNotifier implements AlertListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrayNotifier.class);

    private final BooleanSupplier windowInBackground;
    private final String appName;
    private final boolean available;
    private TrayIcon icon; // AWT event thread only

    /**
     * @param windowInBackground true while the main window is minimised or unfocused; read from any thread
     */
    public TrayNotifier(BooleanSupplier windowInBackground, String appName) {
        this(windowInBackground, appName, trayAvailable());
    }

    TrayNotifier(BooleanSupplier windowInBackground, String appName, boolean available) {
        this.windowInBackground = Objects.requireNonNull(windowInBackground, "windowInBackground");
        this.appName = Objects.requireNonNull(appName, "appName");
        this.available = available;
    }

    /** A notifier that follows the stage's minimised and focused state (call on the FX thread). */
    public static TrayNotifier forStage(Stage stage, String appName) {
        AtomicBoolean background = new AtomicBoolean(stage.isIconified() || !stage.isFocused());
        // the FX properties may only be read on the FX thread; alerts arrive on background threads
        Runnable update = () -> background.set(stage.isIconified() || !stage.isFocused());
        stage.iconifiedProperty().addListener((obs, was, is) -> update.run());
        stage.focusedProperty().addListener((obs, was, is) -> update.run());
        return new TrayNotifier(background::get, appName);
    }

    /** True when this platform can show tray notifications (never in headless mode). */
    public static boolean trayAvailable() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            return false; // no AWT on this runtime: no tray
        }
    }

    @Override
    public void alertRecorded(Alert alert) {
        notify(alert);
    }

    /** Sends the alert to the tray when it is critical, toast-worthy and the window is in the background; true when sent. */
    boolean notify(Alert alert) {
        if (!available || !alert.toastWorthy() || alert.level() != AlertLevel.CRITICAL || !windowInBackground.getAsBoolean()) {
            return false;
        }
        String text = alert.detail() == null || alert.detail().isBlank() ? alert.source() + ": " + alert.key() : alert.detail();
        EventQueue.invokeLater(() -> {
            try {
                trayIcon().displayMessage(alert.title(), text, TrayIcon.MessageType.ERROR);
            } catch (AWTException | RuntimeException e) {
                LOG.warn("Could not show a tray notification: {}", e.getMessage());
            }
        });
        return true;
    }

    private TrayIcon trayIcon() throws AWTException {
        if (icon == null) {
            TrayIcon created = new TrayIcon(badge(), appName);
            created.setImageAutoSize(true);
            SystemTray.getSystemTray().add(created);
            icon = created;
        }
        return icon;
    }

    /** A red alert badge drawn in code, so the tray needs no image file. */
    private static BufferedImage badge() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new java.awt.Color(0xD3, 0x2F, 0x2F));
            g.fillOval(2, 2, 28, 28);
            g.setColor(java.awt.Color.WHITE);
            g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawLine(16, 8, 16, 18);
            g.drawLine(16, 24, 16, 24);
        } finally {
            g.dispose();
        }
        return image;
    }

    @Override
    public void close() {
        if (!available) {
            return;
        }
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                SystemTray.getSystemTray().remove(icon);
                icon = null;
            }
        });
    }
}
