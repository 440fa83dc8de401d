package io.liveops.console.ui.kit;

/** Opens a URL in the user's browser. */
@FunctionalInterface
public interface BrowserService {
    void open(String url);
}
