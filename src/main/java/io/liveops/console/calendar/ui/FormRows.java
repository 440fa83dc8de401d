package io.liveops.console.calendar.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/** A form field as the calendar's panes show it: a caption, the control, and the refusal message right under it. */
final class FormRows {

    private FormRows() {}

    static VBox field(String caption, Node control, StringProperty error) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        VBox box = new VBox(1, label, control);
        if (error != null) {
            Label err = new Label();
            err.getStyleClass().add("field-error");
            err.setWrapText(true);
            err.textProperty().bind(error);
            err.visibleProperty().bind(error.isNotEmpty());
            err.managedProperty().bind(err.visibleProperty());
            if (control.getId() != null) {
                err.setId(control.getId() + "-error");
            }
            box.getChildren().add(err);
        }
        return box;
    }

    static <T extends TextInputControl> T bound(T control, String id, StringProperty value) {
        control.setId(id);
        control.textProperty().bindBidirectional(value);
        return control;
    }
}
