package io.liveops.console.checklist.ui;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The dialogs an item's buttons open, in the window's theme: Skip… (a reason is required) and Note…. */
final class ItemDialogs {

    private static final double WIDTH = 440;

    private ItemDialogs() {}

    /** Asks for the reason; a blank one is refused inside the dialog, which stays open until a reason is given or it is cancelled. */
    static void skip(SkipForm form, Node owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Skip an item");
        Label item = new Label(form.item().text());
        item.getStyleClass().add("dialog-item");
        item.setWrapText(true);
        item.setMinHeight(Region.USE_PREF_SIZE);
        Label prompt = new Label("Why is it skipped?");
        TextField reason = new TextField();
        reason.setId("skip-reason");
        reason.textProperty().bindBidirectional(form.reasonProperty());
        Label problem = new Label();
        problem.setId("skip-problem");
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(form.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty()); // its line is kept: a shown dialog does not grow
        VBox content = new VBox(8, item, prompt, reason, problem);
        content.setPrefWidth(WIDTH);
        dialog.getDialogPane().setContent(content);
        ButtonType skip = new ButtonType("Skip", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(skip, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(skip);
        ok.setId("skip-confirm");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!form.confirm()) {
                e.consume(); // stays open: the reason is what the skip is for
                reason.requestFocus();
            }
        });
        themed(dialog, owner);
        reason.requestFocus();
        dialog.showAndWait();
    }

    /** Asks for the item's note (prefilled with the current one); empty when cancelled. */
    static Optional<String> note(ItemRow item, Node owner) {
        TextInputDialog dialog = new TextInputDialog(item.noteProperty().get());
        dialog.setTitle("Note on an item");
        dialog.setHeaderText(item.text());
        dialog.setContentText("Note:");
        dialog.getDialogPane().setPrefWidth(WIDTH);
        themed(dialog, owner);
        return dialog.showAndWait();
    }

    /** The owner's window and theme: a dialog is a scene of its own and would otherwise come up light. */
    private static void themed(Dialog<?> dialog, Node owner) {
        if (owner.getScene() == null) {
            return;
        }
        dialog.initOwner(owner.getScene().getWindow());
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n instanceof ChecklistView view) {
                dialog.getDialogPane().getStylesheets().addAll(view.getStylesheets());
            }
        }
    }
}
