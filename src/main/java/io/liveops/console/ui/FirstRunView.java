package io.liveops.console.ui;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** Shown on first run while the embedded demo warehouse is generated into the data folder. */
public final class FirstRunView extends VBox {

    public FirstRunView(ReadOnlyDoubleProperty progress, ReadOnlyStringProperty message, String where) {
        getStyleClass().add("first-run");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(40));
        Label title = new Label("Preparing the demo warehouse");
        title.getStyleClass().add("first-run-title");
        Label explain = new Label("First run: LiveOps Console generates a realistic demo warehouse (75 days, ~20,000 players) so you can try "
                + "everything without a database server.\nIt is written to " + where + ". Connect your own warehouse later with File → Warehouse connections… (Ctrl+,).");
        explain.setWrapText(true);
        explain.setMaxWidth(620);
        ProgressBar bar = new ProgressBar();
        bar.setId("first-run-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(progress);
        Label step = new Label();
        step.setId("first-run-message");
        step.textProperty().bind(message);
        getChildren().addAll(title, explain, bar, step);
    }
}
