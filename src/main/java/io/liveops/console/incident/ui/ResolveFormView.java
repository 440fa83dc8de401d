package io.liveops.console.incident.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The resolution note asked before an incident is resolved, bound to {@link ResolveFormViewModel}. */
final class ResolveFormView extends VBox {

    private final TextArea note = new TextArea();

    ResolveFormView(ResolveFormViewModel vm) {
        super(6);
        getStyleClass().add("incident-form");
        setId("resolve-form");
        Label heading = new Label();
        heading.getStyleClass().add("incident-form-title");
        heading.setWrapText(true);
        heading.textProperty().bind(vm.headingProperty());
        Label ask = new Label("Resolution note: what fixed it. It goes into the timeline and the post-mortem.");
        ask.setWrapText(true);
        note.setId("resolve-note");
        note.setPromptText("e.g. Rolled back to 2.2 and restarted the chat workers");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());
        Button resolve = new Button("Resolve");
        resolve.setId("confirm-resolve");
        resolve.setOnAction(e -> vm.confirm());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> vm.cancel());
        Label error = new Label();
        error.setId("resolve-error");
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        FlowPane buttons = new FlowPane(8, 4, resolve, cancel, error);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, ask, note, buttons);
        visibleProperty().bind(vm.openProperty());
        managedProperty().bind(vm.openProperty());
        vm.openProperty().addListener((o, was, open) -> {
            if (open) {
                note.requestFocus();
            }
        });
    }
}
