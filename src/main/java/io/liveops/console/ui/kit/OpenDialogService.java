package io.liveops.console.ui.kit;

import io.liveops.console.shared.ImportFile;
import java.util.Optional;

/** Asks the user for a file to open; empty when they cancel. ViewModels get it injected. */
@FunctionalInterface
public interface OpenDialogService {

    /**
     * @param kind      what the files are, for the filter ("iCalendar")
     * @param extension the files' extension without the dot ("ics")
     */
    Optional<ImportFile> askOpenFile(String title, String kind, String extension);
}
