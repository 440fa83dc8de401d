package io.liveops.console.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Writes what a scene shows to target/screenshots/NAME.png (the README's pictures come from these). */
public final class Screenshots {

    private Screenshots() {}

    /**
     * Like {@link #save}, with the scene's showing popups (toasts, tooltips) drawn on top where they sit on
     * screen: a toast lives in its own popup window, which a scene snapshot does not include.
     */
    public static Path saveWithPopups(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            java.awt.image.BufferedImage composite = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
                java.awt.image.BufferedImage base = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
                java.awt.Graphics2D g = base.createGraphics();
                javafx.stage.Window owner = scene.getWindow();
                for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                    if (w != owner && w.isShowing() && w instanceof javafx.stage.PopupWindow && w.getScene() != null) {
                        java.awt.image.BufferedImage popup = SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null);
                        int x = (int) Math.round(w.getX() + w.getScene().getX() - owner.getX() - scene.getX());
                        int y = (int) Math.round(w.getY() + w.getScene().getY() - owner.getY() - scene.getY());
                        g.drawImage(popup, x, y, null);
                    }
                }
                g.dispose();
                return base;
            }));
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(composite, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Snapshot of " + name + " failed", e);
        }
    }

    public static Path save(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Snapshot of " + name + " failed", e);
        }
    }
}
