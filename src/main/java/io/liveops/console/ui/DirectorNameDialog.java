package io.liveops.console.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The "Your name" dialog: binds to its ViewModel; the refusal shows under the field and Save stays off. */
public final class DirectorNameDialog {

    private DirectorNameDialog() {}

    public static void show(Window owner, DirectorNameViewModel vm) {
        vm.edit();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Your name");
        dialog.setHeaderText("The name the console records for you: checklist ticks, skips and acknowledged alerts.");
        TextField field = new TextField();
        field.setId("director-name");
        field.textProperty().bindBidirectional(vm.draftProperty());
        Label problem = new Label();
        problem.getStyleClass().add("form-error");
        problem.textProperty().bind(vm.problemProperty());
        problem.setWrapText(true);
        VBox box = new VBox(6, new Label("Your name"), field, problem);
        box.setPadding(new Insets(8));
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.problemProperty().isNotEmpty());
        field.requestFocus();
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> vm.save());
    }
}
