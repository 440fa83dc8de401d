package io.liveops.console.shared;

import java.util.Locale;
import java.util.Objects;

/**
 * Something the console can open: a tab ({@code tab checklist}), or a thing a tab shows
 * ({@code kpi dau}, {@code incidents incident-7-ack}, {@code calendar-item 12}). Alerts carry their
 * source and key, which are a target's kind and id, so a toast click and a checklist button are
 * routed the same way: by id, never by a tab's visible title.
 *
 * @param kind lower-case; {@value #TAB} for a whole tab
 * @param id   the tab id for {@value #TAB}, else what the owning tab understands (may be empty)
 */
public record Target(String kind, String id) {

    /** The kind of a target that is a whole tab. */
    public static final String TAB = "tab";

    public Target {
        kind = Objects.requireNonNull(kind, "kind").strip().toLowerCase(Locale.ROOT);
        id = id == null ? "" : id.strip();
        if (kind.isEmpty()) {
            throw new IllegalArgumentException("A target needs a kind");
        }
    }

    public static Target tab(String tabId) {
        return new Target(TAB, tabId.strip().toLowerCase(Locale.ROOT));
    }

    public boolean isTab() {
        return TAB.equals(kind);
    }

    @Override
    public String toString() {
        return id.isEmpty() ? kind : kind + " " + id;
    }
}
