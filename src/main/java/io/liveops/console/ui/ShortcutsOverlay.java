package io.liveops.console.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/** The keyboard shortcuts (F1 or ?): every shortcut of the shell and the tabs, built from the same lists that bind them. */
public final class ShortcutsOverlay {

    /** One line: the keys as a person reads them, and what they do. */
    public record Shortcut(String keys, String what) {}

    private final Popup popup = new Popup();

    public void show(Window owner, List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut s : shortcuts) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(s.what()));
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("section-title");
        Label close = new Label("Esc closes this list.");
        close.getStyleClass().add("palette-shortcut");
        VBox box = new VBox(12, title, grid, close);
        box.setId("shortcuts-overlay");
        box.getStyleClass().add("shortcuts-overlay");
        box.setPadding(new Insets(16));
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                popup.hide();
            }
        });
        popup.getContent().setAll(box);
        popup.setAutoHide(true);
        popup.show(owner, owner.getX() + Math.max(0, (owner.getWidth() - 520) / 2), owner.getY() + 90);
        box.requestFocus();
    }
}
