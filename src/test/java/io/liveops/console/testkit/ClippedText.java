package io.liveops.console.testkit;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds labeled controls whose text is shown shortened ("Edit rout…"): the text their skin draws differs from getText(). */
public final class ClippedText {

    private ClippedText() {}

    /**
     * Every visible labeled control under {@code root} (itself included) shown shortened, as
     * "full text → shown text". Call on the FX thread after a layout pass.
     */
    public static List<String> in(Node root) {
        List<String> clipped = new ArrayList<>();
        collect(root, clipped);
        return clipped;
    }

    private static void collect(Node n, List<String> clipped) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            // the skin's own text node is a direct child; a graphic may hold other labels, visited below
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && child.getStyleClass().contains("text") && !l.getText().equals(shown.getText())) {
                    clipped.add(l.getText() + " → " + shown.getText());
                }
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, clipped));
        }
    }
}
