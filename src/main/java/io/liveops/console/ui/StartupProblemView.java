package io.liveops.console.ui;

import io.liveops.console.ui.kit.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The window's content when the console cannot start: what is wrong, with which file, and what to do. */
public final class StartupProblemView extends VBox {

    public StartupProblemView(StartupProblemViewModel vm, String logFile, Runnable quit) {
        getStyleClass().add("first-run");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(40));
        Label title = new Label("LiveOps Console cannot start");
        title.getStyleClass().add("first-run-title");
        title.setGraphic(Icons.ERROR.create());
        Label problem = new Label();
        problem.setId("startup-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.setWrapText(true);
        problem.setMaxWidth(680);
        Label offer = new Label(vm.canRecover()
                ? "The console can keep " + vm.unusableFileProperty().get() + " aside (renamed to …damaged-<time>, nothing is deleted) "
                        + "and start with a fresh state store: settings, checklist history and incidents in that file will not be shown."
                : "Fix the problem and start the console again.");
        offer.setWrapText(true);
        offer.setMaxWidth(680);
        Button recover = new Button("Keep it aside and start fresh");
        recover.setId("startup-recover");
        recover.setDefaultButton(true);
        recover.setVisible(vm.canRecover());
        recover.setManaged(vm.canRecover());
        recover.disableProperty().bind(vm.busyProperty());
        recover.setOnAction(e -> vm.moveAsideAndStart());
        Button close = new Button("Quit");
        close.setId("startup-quit");
        close.setOnAction(e -> quit.run());
        Label message = new Label();
        message.setId("startup-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(680);
        Label log = new Label("Details are in the log: " + logFile);
        log.setWrapText(true);
        log.setMaxWidth(680);
        HBox buttons = new HBox(10, recover, close);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(title, problem, offer, buttons, message, log);
    }
}
