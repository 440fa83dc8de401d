package io.liveops.console.ui.kit;

import io.liveops.console.shared.ImportFile;
import java.io.File;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** A FileChooser open dialog over the console's focused window (FX thread). */
final class FxOpenDialog implements OpenDialogService {

    @Override
    public Optional<ImportFile> askOpenFile(String title, String kind, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().isEmpty() ? null : Window.getWindows().get(0));
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(file -> new ImportFile(file.toPath()));
    }
}
