package io.liveops.console.calendar.ui;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.TaskExecutor;
import io.liveops.console.calendar.core.CalendarExchange;
import io.liveops.console.calendar.core.Channel;
import io.liveops.console.ui.kit.SaveDialogService;
import io.liveops.console.shared.ImportFile;
import io.liveops.console.ui.kit.OpenDialogService;
import java.time.LocalDate;
import java.util.List;

/** Export of the days on screen (.ics, CSV) and import of an .ics file, each off the FX thread. */
public final class ExchangeViewModel {

    private final CalendarExchange exchange;
    private final CalendarViewModel calendar;
    private final SaveDialogService saveDialog;
    private final OpenDialogService openDialog;
    private final TaskExecutor executor;

    public ExchangeViewModel(CalendarExchange exchange, CalendarViewModel calendar, SaveDialogService saveDialog,
                             OpenDialogService openDialog, TaskExecutor executor) {
        this.openDialog = openDialog;
        this.exchange = exchange;
        this.calendar = calendar;
        this.saveDialog = saveDialog;
        this.executor = executor;
    }

    public void exportIcs() {
        export("ics");
    }

    public void exportCsv() {
        export("csv");
    }

    private void export(String kind) {
        List<LocalDate> days = calendar.days();
        LocalDate from = days.get(0);
        LocalDate to = days.get(days.size() - 1);
        saveDialog.askSaveFile("Export the calendar", "calendar-" + from + "-to-" + to + "." + kind).ifPresent(file ->
                executor.execute(BackgroundTask.of("Exporting the calendar", (p, c) -> {
                            file.write(kind.equals("ics") ? exchange.ics(from, to, c) : exchange.csv(from, to, c));
                            return file;
                        })
                        .onSuccess(f -> calendar.showMessage("Exported " + from + " to " + to + " to " + f.location() + "."))
                        .onFailure(e -> calendar.showMessage("Not exported: " + e.getMessage()))));
    }

    /** Asks for an .ics file and imports its events. */
    public void importIcs() {
        openDialog.askOpenFile("Import an iCalendar file", "iCalendar", "ics").ifPresent(this::importIcs);
    }

    /** Imports the events of an .ics file. */
    public void importIcs(ImportFile file) {
        executor.execute(BackgroundTask.of("Importing " + file.name(), (p, c) -> exchange.importIcs(file, Channel.BLOG))
                .onSuccess(r -> {
                    calendar.showMessage("Imported " + r.added() + " event(s) from " + file.name()
                            + (r.alreadyThere() > 0 ? "; " + r.alreadyThere() + " were already in the calendar" : "")
                            + (r.notes().isEmpty() ? "." : ". " + String.join(" ", r.notes())));
                    calendar.reload();
                })
                .onFailure(e -> calendar.showMessage("Not imported: " + e.getMessage())));
    }
}
