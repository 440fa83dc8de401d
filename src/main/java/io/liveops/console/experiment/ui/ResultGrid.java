package io.liveops.console.experiment.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * A read-only result table drawn as a grid of labels that never shorten their text: every header and value
 * is shown whole at any window size (the tab scrolls sideways rather than print "vari…"). Rebuilt when its
 * rows change.
 *
 * @param <T> the row type
 */
final class ResultGrid<T> extends GridPane {

    /** A column: its header (fixed or bound) and how a row shows in it. */
    record Column<T>(ObservableStringValue header, String fixedHeader, Function<T, String> value, boolean numeric) {
        static <T> Column<T> of(String header, Function<T, String> value, boolean numeric) {
            return new Column<>(null, header, value, numeric);
        }

        static <T> Column<T> bound(ObservableStringValue header, Function<T, String> value, boolean numeric) {
            return new Column<>(header, null, value, numeric);
        }
    }

    private final List<Column<T>> columns;
    private final ObservableList<T> rows;
    private final ObservableStringValue placeholder;

    /**
     * @param placeholder what the grid says while it has no rows; a header may hold a line break ("P(beats\ncontrol)")
     *                    so a column is as wide as its values, not its title
     */
    ResultGrid(String id, ObservableList<T> rows, List<Column<T>> columns, ObservableStringValue placeholder) {
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.placeholder = placeholder;
        setId(id);
        getStyleClass().add("experiment-grid");
        setHgap(12);
        setVgap(4);
        rows.addListener((ListChangeListener<T>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        for (int c = 0; c < columns.size(); c++) {
            Column<T> col = columns.get(c);
            Label h = cell(col.fixedHeader() == null ? "" : col.fixedHeader(), col.numeric());
            if (col.header() != null) {
                h.textProperty().bind(col.header());
            }
            h.getStyleClass().add("experiment-grid-header");
            GridPane.setValignment(h, VPos.BOTTOM);
            add(h, c, 0);
        }
        if (rows.isEmpty()) {
            Label empty = cell("", false);
            empty.textProperty().bind(placeholder);
            empty.getStyleClass().add("experiment-note");
            add(empty, 0, 1, columns.size(), 1);
            return;
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Label v = cell(columns.get(c).value().apply(rows.get(r)), columns.get(c).numeric());
                add(v, c, r + 1);
            }
        }
    }

    private static Label cell(String text, boolean numeric) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add("experiment-grid-cell");
        if (numeric) {
            GridPane.setHalignment(l, HPos.RIGHT);
        }
        return l;
    }
}
