package io.liveops.console.ui.kit;

/** Puts text on the clipboard; ViewModels get it injected so they are tested without a screen. */
@FunctionalInterface
public interface ClipboardService {
    void putText(String text);
}
