package io.liveops.console.ui.kit;

import io.liveops.console.shared.ExportFile;
import java.util.Optional;

/** Asks the user where to save a file; empty when they cancel. ViewModels get it injected. */
@FunctionalInterface
public interface SaveDialogService {

    /**
     * @param title         the dialog's title
     * @param suggestedName a file name whose extension ({@code report.md}) also picks the dialog's file filter
     */
    Optional<ExportFile> askSaveFile(String title, String suggestedName);
}
