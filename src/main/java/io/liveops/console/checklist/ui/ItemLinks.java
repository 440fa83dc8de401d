package io.liveops.console.checklist.ui;

import io.liveops.console.shared.Navigator;
import io.liveops.console.ui.kit.BrowserService;
import java.util.Objects;

/** Where an item's buttons lead: its link to the browser, its action to a console tab (by tab id). */
public record ItemLinks(BrowserService browser, Navigator navigator) {

    public ItemLinks {
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(navigator, "navigator");
    }
}
