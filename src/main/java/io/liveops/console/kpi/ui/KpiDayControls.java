package io.liveops.console.kpi.ui;

import io.liveops.console.shared.DisplayFormats;
import io.liveops.console.ui.kit.DayConverter;
import io.liveops.console.ui.kit.Icons;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The board's as-of controls: the day picker, which offers only the days the warehouse has and says why a day or a
 * text was refused, and the line that marks a past day as historical with a way back to the latest day. Binds to
 * {@link KpiBoardViewModel}, which decides what is allowed.
 */
final class KpiDayControls {

    private final DatePicker picker = new DatePicker();
    private final HBox notice;

    KpiDayControls(KpiBoardViewModel board) {
        picker.setId("as-of-picker");
        picker.setConverter(new DayConverter(board::refuseDayText, () -> board.asOfProperty().get()));
        picker.setPromptText("yyyy-mm-dd");
        picker.setPrefWidth(140);
        picker.setTooltip(new Tooltip("As-of day (UTC): the whole board is computed for this day"));
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                // days the warehouse has no data for are not offered at all
                setDisable(empty || !board.offers(day));
            }
        });
        picker.setValue(board.asOfProperty().get());
        board.asOfProperty().addListener((o, was, day) -> picker.setValue(day));
        picker.valueProperty().addListener((o, was, day) -> {
            if (day != null && !day.equals(board.asOfProperty().get()) && !board.chooseDay(day)) {
                picker.setValue(board.asOfProperty().get()); // refused: the reason shows below, the board keeps its day
            }
        });

        Label historical = new Label();
        historical.setId("historical-marker");
        historical.getStyleClass().add("historical-marker");
        historical.setGraphic(Icons.HISTORY.create());
        historical.textProperty().bind(Bindings.createStringBinding(() -> {
            LocalDate day = board.asOfProperty().get();
            LocalDate live = board.liveDayProperty().get();
            return day == null || live == null ? "" : "Historical: " + DisplayFormats.date(day) + ", not the latest day ("
                    + DisplayFormats.date(live) + "). No alerts are raised for a past day.";
        }, board.asOfProperty(), board.liveDayProperty()));
        historical.setWrapText(true);
        historical.setMinWidth(0);
        historical.visibleProperty().bind(board.historicalProperty());
        historical.managedProperty().bind(historical.visibleProperty());
        Button back = new Button("Back to latest");
        back.setId("back-to-latest");
        back.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        back.setOnAction(e -> board.backToLatest());
        back.visibleProperty().bind(board.historicalProperty());
        back.managedProperty().bind(back.visibleProperty());

        Label problem = new Label();
        problem.setId("as-of-problem");
        problem.getStyleClass().add("form-error");
        problem.setWrapText(true);
        problem.setMinWidth(0);
        problem.textProperty().bind(board.asOfProblemProperty());
        problem.visibleProperty().bind(board.asOfProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        HBox.setHgrow(historical, Priority.SOMETIMES);
        HBox.setHgrow(problem, Priority.ALWAYS);
        notice = new HBox(10, historical, back, problem);
        notice.setId("as-of-notice");
        notice.getStyleClass().add("as-of-notice");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.setPadding(new Insets(0, 8, 6, 8));
        notice.visibleProperty().bind(board.historicalProperty().or(board.asOfProblemProperty().isNotEmpty()));
        notice.managedProperty().bind(notice.visibleProperty());
    }

    DatePicker picker() {
        return picker;
    }

    /** The historical marker, Back to latest and the reason a day was refused; shown only when one of them applies. */
    HBox notice() {
        return notice;
    }
}
