package io.liveops.console.ui.kit;

import java.util.Objects;

/** What ViewModels may ask of the desktop, behind small interfaces so they are tested without a screen. */
public record DesktopPorts(ClipboardService clipboard, SaveDialogService saveDialog, OpenDialogService openDialog,
                           BrowserService browser) {

    public DesktopPorts {
        Objects.requireNonNull(clipboard, "clipboard");
        Objects.requireNonNull(saveDialog, "saveDialog");
        Objects.requireNonNull(openDialog, "openDialog");
        Objects.requireNonNull(browser, "browser");
    }

    /** The system clipboard and JavaFX file dialogs, with the given browser. */
    public static DesktopPorts standard(BrowserService browser) {
        return new DesktopPorts(new FxClipboard(), new FxSaveDialog(), new FxOpenDialog(), browser);
    }
}
