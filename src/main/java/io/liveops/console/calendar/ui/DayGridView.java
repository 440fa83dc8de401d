package io.liveops.console.calendar.ui;

import io.liveops.console.calendar.core.CalendarService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The month (six weeks) and week (seven tall days) views: a grid of days, each with its entries as
 * chips. Today is marked; a double-click on a day creates an item on it; a chip dropped on a day moves
 * the entry there.
 */
final class DayGridView extends GridPane {

    private final CalendarViewModel vm;
    /** The cells and chips on screen, so a click restyles them instead of rebuilding the grid under a double-click. */
    private final java.util.Map<LocalDate, VBox> cells = new java.util.HashMap<>();
    private final java.util.Map<String, EntryChip> chips = new java.util.HashMap<>();

    DayGridView(CalendarViewModel vm) {
        this.vm = vm;
        vm.anchorProperty().addListener((o, was, now) -> {
            restyle(cells.get(was), false);
            restyle(cells.get(now), true);
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (was != null && chips.containsKey(was.key())) {
                chips.get(was.key()).getStyleClass().remove("selected");
            }
            if (now != null && chips.containsKey(now.key())) {
                chips.get(now.key()).getStyleClass().add("selected");
            }
        });
        getStyleClass().add("day-grid");
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 7);
            cc.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(cc);
        }
    }

    private static void restyle(VBox cell, boolean selected) {
        if (cell != null) {
            cell.getStyleClass().remove("selected-day");
            if (selected) {
                cell.getStyleClass().add("selected-day");
            }
        }
    }

    void rebuild() {
        getChildren().clear();
        cells.clear();
        chips.clear();
        getRowConstraints().clear();
        List<LocalDate> days = vm.days();
        boolean week = vm.modeProperty().get() == CalendarViewModel.Mode.WEEK;
        RowConstraints header = new RowConstraints();
        header.setVgrow(Priority.NEVER);
        getRowConstraints().add(header);
        for (int c = 0; c < 7; c++) {
            DayOfWeek d = DayOfWeek.MONDAY.plus(c);
            Label h = new Label(week ? d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + days.get(c).getDayOfMonth()
                    : d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            h.getStyleClass().addAll("weekday-header", week ? "week-header" : "month-header");
            h.setMaxWidth(Double.MAX_VALUE);
            add(h, c, 0);
        }
        int rows = days.size() / 7;
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setPercentHeight(96.0 / rows); // equal days whatever they hold; the weekday header keeps the rest
            getRowConstraints().add(rc);
            for (int c = 0; c < 7; c++) {
                add(cell(days.get(r * 7 + c), week), c, r + 1);
            }
        }
    }

    private VBox cell(LocalDate day, boolean week) {
        VBox cell = new VBox(2);
        cells.put(day, cell);
        cell.setId("day-" + day);
        cell.getStyleClass().add("day-cell");
        if (day.equals(vm.todayProperty().get())) {
            cell.getStyleClass().add("today");
        }
        if (day.equals(vm.anchorProperty().get())) {
            cell.getStyleClass().add("selected-day");
        }
        if (!week && !YearMonth.from(day).equals(YearMonth.from(vm.anchorProperty().get()))) {
            cell.getStyleClass().add("other-month");
        }
        Label number = new Label(week ? "" : Integer.toString(day.getDayOfMonth()));
        number.getStyleClass().add("day-number");
        if (!week) {
            cell.getChildren().add(number);
        }
        CalendarService.Entry selected = vm.selectedProperty().get();
        List<EntryChip> dayChips = new java.util.ArrayList<>();
        for (CalendarService.Entry e : vm.entriesOn(day)) {
            EntryChip chip = new EntryChip(e, vm.zone(), selected != null && selected.key().equals(e.key()), vm, !week);
            chips.put(e.key(), chip);
            dayChips.add(chip);
        }
        DayChips stack = new DayChips(dayChips, () -> {
            vm.show(CalendarViewModel.Mode.WEEK);
            vm.selectDay(day);
        });
        VBox.setVgrow(stack, Priority.ALWAYS);
        cell.getChildren().add(stack);
        cell.setAlignment(Pos.TOP_LEFT);
        cell.setMinSize(0, 0);
        cell.setOnMouseClicked(ev -> {
            if (ev.getButton() == MouseButton.PRIMARY && ev.getClickCount() == 2) {
                vm.createOn(day);
            } else if (ev.getButton() == MouseButton.PRIMARY) {
                vm.selectDay(day);
            }
        });
        cell.setOnDragOver(ev -> {
            if (ev.getDragboard().hasString() && ev.getDragboard().getString().startsWith(EntryChip.DRAG_PREFIX)) {
                ev.acceptTransferModes(TransferMode.MOVE);
            }
            ev.consume();
        });
        cell.setOnDragEntered(ev -> cell.getStyleClass().add("drop-target"));
        cell.setOnDragExited(ev -> cell.getStyleClass().remove("drop-target"));
        cell.setOnDragDropped(ev -> {
            String key = ev.getDragboard().getString().substring(EntryChip.DRAG_PREFIX.length());
            vm.find(key).ifPresent(e -> vm.moveTo(e, day));
            ev.setDropCompleted(true);
            ev.consume();
        });
        return cell;
    }
}
