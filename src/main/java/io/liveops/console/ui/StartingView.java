package io.liveops.console.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** What the window shows for the moment the console opens its state store and builds its tabs. */
public final class StartingView extends VBox {

    public StartingView() {
        getStyleClass().add("first-run");
        setId("starting");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(40));
        Label title = new Label("LiveOps Console");
        title.getStyleClass().add("first-run-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(36, 36);
        Label step = new Label("Opening your console…");
        getChildren().addAll(title, busy, step);
    }
}
