package io.liveops.console.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * An empty JavaFX window of the console's size: the floor {@code bench --startup} compares the
 * console's start with. Writes "window epoch-millis" to the file given as its argument, then exits.
 */
public final class EmptyStageProbe extends Application {

    /** The launcher's main class: a class extending Application cannot be started from the class path directly. */
    public static final class Start {
        private Start() {}

        public static void main(String[] args) {
            Application.launch(EmptyStageProbe.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Path report = Path.of(getParameters().getRaw().get(0));
        stage.setScene(new Scene(new Pane(), 1360, 860));
        stage.setOnShown(e -> {
            try {
                Files.writeString(report, "window " + System.currentTimeMillis() + "\n", StandardCharsets.UTF_8);
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            settle.setOnFinished(x -> Platform.exit());
            settle.play();
        });
        stage.show();
    }
}
