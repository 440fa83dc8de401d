package io.liveops.console.economy.ui;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The sortable tables of the Economy tab: each column sorts by the row's number and shows the row's own text. */
final class EconomyTables {

    private EconomyTables() {}

    static <R> TableView<R> table(String id, ObservableList<R> rows, ObservableStringValue emptyText) {
        TableView<R> table = new TableView<>(rows);
        table.setId(id);
        table.getStyleClass().add("economy-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label placeholder = new Label();
        placeholder.textProperty().bind(emptyText);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("economy-note");
        table.setPlaceholder(placeholder);
        return table;
    }

    /** A column sorted by {@code value} (nulls first) and showing {@code text}; numbers are right-aligned. */
    static <R, V extends Comparable<? super V>> TableColumn<R, V> column(String title, double width, Function<R, V> value,
                                                                        Function<R, String> text, boolean number) {
        TableColumn<R, V> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.8);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                R row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : text.apply(row));
                setAlignment(number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            }
        });
        return c;
    }

    /** A text column (sorted alphabetically). */
    static <R> TableColumn<R, String> text(String title, double width, Function<R, String> text) {
        return column(title, width, text, text, false);
    }
}
