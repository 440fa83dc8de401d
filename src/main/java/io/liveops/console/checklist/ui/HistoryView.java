package io.liveops.console.checklist.ui;

import io.liveops.console.checklist.core.DaySummary;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** The history panel: one line per opened day with a square per routine (the greener, the more was done); a click opens the day. */
final class HistoryView extends VBox {

    HistoryView(HistoryViewModel vm) {
        super(8);
        Label title = new Label("History");
        title.getStyleClass().add("checklist-side-title");
        Label hint = new Label("One square per routine: the greener, the more was done. Click a day to see it (read-only).");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("item-status");
        ListView<DaySummary> days = new ListView<>(vm.days());
        days.setId("checklist-history");
        days.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DaySummary d, boolean empty) {
                super.updateItem(d, empty);
                setText(null);
                setGraphic(empty || d == null ? null : line(d));
            }
        });
        // a click (not a selection change) so the same day opens again after "Back to today"
        days.setOnMouseClicked(e -> Optional.ofNullable(days.getSelectionModel().getSelectedItem()).ifPresent(d -> vm.openDay(d.day())));
        VBox.setVgrow(days, Priority.ALWAYS);
        getChildren().addAll(title, hint, days);
    }

    private static HBox line(DaySummary d) {
        HBox cells = new HBox(3);
        for (DaySummary.RoutineProgress p : d.routines()) {
            Rectangle r = new Rectangle(14, 14);
            r.getStyleClass().addAll("heat-cell", heat(p));
            Tooltip.install(r, new Tooltip(p.name() + ": " + p.handled() + "/" + p.total()));
            cells.getChildren().add(r);
        }
        int handled = d.routines().stream().mapToInt(DaySummary.RoutineProgress::handled).sum();
        int total = d.routines().stream().mapToInt(DaySummary.RoutineProgress::total).sum();
        Label day = new Label(HistoryViewModel.dayText(d.day()));
        day.setMinWidth(112); // the squares line up; a wider text still gets its width
        Label count = new Label(handled + "/" + total + (d.complete() ? " ✓" : ""));
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, day, cells, count);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("history-day");
        return line;
    }

    private static String heat(DaySummary.RoutineProgress p) {
        if (p.total() == 0 || p.complete()) {
            return "heat-4";
        }
        double share = (double) p.handled() / p.total();
        return share == 0 ? "heat-none" : share < 0.5 ? "heat-1" : share < 0.75 ? "heat-2" : "heat-3";
    }
}
