package io.liveops.console.calendar.ui;

import io.liveops.console.shared.DisplayFormats;

import io.liveops.console.calendar.core.CalendarService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;

/**
 * The agenda: a keyboard-friendly list of the next four weeks, a heading per day with items. Up and
 * down walk the items, Enter (or a click) opens one in the side pane.
 */
final class AgendaView extends ListView<Object> {

    private static final DateTimeFormatter DAY = DisplayFormats.WEEKDAY_DATE;

    private final CalendarViewModel vm;

    AgendaView(CalendarViewModel vm) {
        this.vm = vm;
        setId("agenda");
        setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                getStyleClass().removeAll("agenda-day", "today");
                if (empty || item == null) {
                    setGraphic(null);
                } else if (item instanceof LocalDate day) {
                    Label l = new Label(DAY.format(day) + (day.equals(vm.todayProperty().get()) ? "  (today)" : ""));
                    l.getStyleClass().add("agenda-day");
                    if (day.equals(vm.todayProperty().get())) {
                        l.getStyleClass().add("today");
                    }
                    l.setWrapText(true);
                    setGraphic(l);
                } else {
                    CalendarService.Entry e = (CalendarService.Entry) item;
                    EntryChip chip = new EntryChip(e, vm.zone(), false, vm);
                    chip.prefWidthProperty().bind(l.widthProperty().subtract(40));
                    chip.setMaxWidth(Region.USE_PREF_SIZE);
                    setGraphic(chip);
                }
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now instanceof CalendarService.Entry e && (vm.selectedProperty().get() == null || !vm.selectedProperty().get().key().equals(e.key()))) {
                vm.select(e);
            }
        });
        setOnKeyPressed(ev -> {
            if (ev.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() instanceof CalendarService.Entry e) {
                vm.select(e);
            }
        });
    }

    void rebuild() {
        List<Object> rows = new ArrayList<>();
        for (LocalDate day : vm.days()) {
            List<CalendarService.Entry> on = vm.entriesOn(day);
            if (!on.isEmpty() || day.equals(vm.todayProperty().get())) {
                rows.add(day);
                rows.addAll(on);
            }
        }
        getItems().setAll(rows);
        CalendarService.Entry sel = vm.selectedProperty().get();
        if (sel != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) instanceof CalendarService.Entry e && e.key().equals(sel.key())) {
                    getSelectionModel().select(i);
                    scrollTo(Math.max(0, i - 1));
                    break;
                }
            }
        }
    }
}
