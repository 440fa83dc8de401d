package io.liveops.console.experiment.ui;

import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** The small building blocks the Experiments panes share: bound fields with ControlsFX messages, cards, labels, grids. */
final class ExperimentControls {

    /** A number field's width: room for a dozen digits, never the whole card. */
    static final double NUMBER = 120;
    /** A field for counts or a short list ("450/1000", "50,50"). */
    static final double TEXT = 150;

    private final ValidationSupport validation = new ValidationSupport();

    ValidationSupport validation() {
        return validation;
    }

    TextField field(String id, StringProperty value, ReadOnlyStringProperty error) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        sized(f, NUMBER);
        decorate(f, error);
        return f;
    }

    /** Gives {@code region} its width and keeps a grid or box from stretching it across the card. */
    static <R extends Region> R sized(R region, double width) {
        region.setPrefWidth(width);
        region.setMinWidth(Region.USE_PREF_SIZE);
        region.setMaxWidth(Region.USE_PREF_SIZE);
        return region;
    }

    /** Draws {@code error} (the ViewModel's message, empty when valid) on {@code control}. */
    void decorate(Control control, ReadOnlyStringProperty error) {
        validation.registerValidator(control, false, (Control c, Object v) -> ValidationResult.fromErrorIf(c, error.get(), !error.get().isEmpty()));
        error.addListener((o, a, b) -> validation.revalidate(control));
    }

    static ChoiceBox<MetricKind> kindChoice() {
        return choice(MetricKind.values(), k -> k == MetricKind.BINARY ? "conversion (binary)" : "continuous (mean)");
    }

    static <T> ChoiceBox<T> choice(T[] values, Function<T, String> label) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setMinWidth(Control.USE_PREF_SIZE);
        return box;
    }

    /** A form's grid: labels in a column as wide as the longest, the cells beside them. */
    static GridPane grid() {
        return grid(10, 8);
    }

    private static GridPane grid(double hgap, double vgap) {
        GridPane g = new GridPane();
        g.setHgap(hgap);
        g.setVgap(vgap);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().setAll(c0, c1);
        return g;
    }

    /**
     * Puts a grid's label level with its cell: on the text's baseline for a one-line cell, level with the first line
     * of a cell of several lines (a box's baseline is not its first line's).
     */
    static void alignLabel(Label label, Node cell) {
        boolean lines = cell instanceof VBox;
        // a row of controls (radio buttons, field and button) is one line: the label sits at its middle
        javafx.geometry.VPos at = lines ? javafx.geometry.VPos.TOP : cell instanceof HBox ? javafx.geometry.VPos.CENTER : javafx.geometry.VPos.BASELINE;
        GridPane.setValignment(label, at);
        GridPane.setValignment(cell, at);
        label.setPadding(lines ? new Insets(FIRST_LINE_TOP, 0, 0, 0) : Insets.EMPTY);
    }

    /** How far a field's text sits below the field's top edge (Modena's border and padding). */
    private static final double FIRST_LINE_TOP = 4;

    /** A label that never shortens its text to "…". */
    static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Label label(String text, String tip) {
        Label l = label(text);
        l.setTooltip(new Tooltip(tip));
        return l;
    }

    /** A small wrapping note bound to {@code text}; it takes the width it is given and takes no room while empty. */
    static Label small(javafx.beans.value.ObservableValue<String> text) {
        return collapsing(note(text));
    }

    /** A small wrapping note bound to {@code text} that keeps its line while empty, so what is below it does not jump. */
    static Label note(javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add("experiment-note");
        return filling(l);
    }

    /**
     * Lets a wrapping label fill the width its box gives it and wrap there, instead of asking for the width of its
     * whole sentence (which would widen the card).
     */
    static Label filling(Label l) {
        l.setWrapText(true);
        l.setPrefWidth(120);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** Takes no room while {@code l} has no text. */
    static Label collapsing(Label l) {
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    static Label big(ReadOnlyStringProperty text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add("experiment-figure");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** Figures as lines of "caption  value", the value wrapping when the column is narrow ("not reachable with this traffic"). */
    static GridPane figures(String[] captions, Label[] values) {
        GridPane g = grid(12, 2);
        for (int i = 0; i < captions.length; i++) {
            Label c = label(captions[i]);
            c.getStyleClass().add("experiment-figure-caption");
            GridPane.setValignment(c, javafx.geometry.VPos.BASELINE);
            GridPane.setValignment(values[i], javafx.geometry.VPos.BASELINE);
            g.addRow(i, c, values[i]);
        }
        return g;
    }

    static VBox card(String title, Node body) {
        return card(title, null, body);
    }

    /** A titled card; {@code action} (e.g. the Analyse button) sits at the right of the title, so it is seen without scrolling. */
    static VBox card(String title, Node action, Node body) {
        Label t = label(title);
        t.getStyleClass().add("experiment-card-title");
        HBox head = new HBox(10, t);
        head.setAlignment(Pos.CENTER_LEFT);
        if (action != null) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            head.getChildren().addAll(gap, action);
        }
        VBox card = new VBox(10, head, body);
        card.getStyleClass().add("experiment-card");
        card.setPadding(new Insets(12));
        card.setAlignment(Pos.TOP_LEFT);
        return card;
    }

    static void toggle(Node n, String styleClass, boolean on) {
        n.getStyleClass().remove(styleClass);
        if (on) {
            n.getStyleClass().add(styleClass);
        }
    }

    /** A wrapping sentence bound to {@code text}, with an id for tests. */
    static Label sentence(String id, ReadOnlyStringProperty text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return collapsing(filling(l));
    }
}
