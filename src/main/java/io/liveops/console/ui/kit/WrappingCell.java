package io.liveops.console.ui.kit;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** List cells whose text wraps to the list's width instead of ending in "…" or widening the list. */
public final class WrappingCell {

    private WrappingCell() {}

    /** A cell showing {@code text} of its item, wrapped; empty for an empty row. */
    public static <T> ListCell<T> of(Function<T, String> text) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        cell.setWrapText(true);
        cell.setPrefWidth(0); // the list sizes cells to its width, and the text wraps inside it
        return cell;
    }
}
