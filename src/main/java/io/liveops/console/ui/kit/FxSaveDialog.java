package io.liveops.console.ui.kit;

import io.liveops.console.shared.ExportFile;
import java.io.File;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** A FileChooser save dialog over the console's focused window (FX thread). */
final class FxSaveDialog implements SaveDialogService {

    @Override
    public Optional<ExportFile> askSaveFile(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        int dot = suggestedName.lastIndexOf('.');
        if (dot > 0 && dot < suggestedName.length() - 1) {
            String ext = suggestedName.substring(dot + 1);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT) + " files", "*." + ext));
        }
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().isEmpty() ? null : Window.getWindows().get(0));
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(file -> new ExportFile(file.toPath()));
    }
}
