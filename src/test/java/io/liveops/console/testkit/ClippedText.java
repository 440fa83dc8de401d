package io.liveops.console.testkit;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds labeled controls (labels, buttons, check boxes, cells, titled panes, tab headers) whose text
 * is shown cut: the text the skin draws differs from the control's text (an ellipsis replaced its end),
 * a wrapping text has to break a word in two, or the control sticks out sideways past what clips it
 * (a scroll pane's viewport, the window). Vertical overflow is not a cut: that is what scrolling is
 * for. Call on the FX thread.
 */
public final class ClippedText {

    private ClippedText() {}

    /** "Label 'Acknowledge' shows 'Ackno…'" for every visible clipped control under {@code root}. */
    public static List<String> in(Node root) {
        if (root instanceof Parent p) {
            p.applyCss();
            p.layout();
        }
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** A wrapping text breaks a word that is wider than its line ("Acknowledgem / ent"). */
    private static void brokenWord(Labeled l, Text shown, String name, List<String> out) {
        for (String word : l.getText().split("\\s+")) {
            Text measure = new Text(word);
            measure.setFont(shown.getFont());
            double width = measure.getLayoutBounds().getWidth();
            if (width > shown.getWrappingWidth() + 0.5) {
                out.add(name + " breaks the word '" + word + "' (" + Math.round(width) + " px in a line of "
                        + Math.round(shown.getWrappingWidth()) + ")");
                return;
            }
        }
    }

    private static void sideways(Node node, String name, List<String> out) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double sceneWidth = node.getScene().getWidth();
        if (b.getMinX() < -0.5 || b.getMaxX() > sceneWidth + 0.5) {
            out.add(name + " runs past the window's side (" + Math.round(b.getMinX()) + " to " + Math.round(b.getMaxX()) + ")");
            return;
        }
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() != null) {
                Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
                if (b.getMinX() < clip.getMinX() - 0.5 || b.getMaxX() > clip.getMaxX() + 0.5) {
                    out.add(name + " is cut at the side of " + p.getClass().getSimpleName() + " (" + Math.round(b.getMinX()) + " to "
                            + Math.round(b.getMaxX()) + ", shown " + Math.round(clip.getMinX()) + " to " + Math.round(clip.getMaxX()) + ")");
                    return;
                }
            }
        }
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            String name = l.getClass().getSimpleName() + (l.getId() == null ? "" : " #" + l.getId()) + " '" + l.getText() + "'";
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && child.getStyleClass().contains("text")) {
                    if (!l.getText().equals(t.getText())) {
                        out.add(name + " shows '" + t.getText() + "' in " + Math.round(l.getWidth()) + "x" + Math.round(l.getHeight()));
                    } else if (t.getWrappingWidth() > 0) {
                        brokenWord(l, t, name, out);
                    }
                }
            }
            sideways(l, name, out);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }
}
