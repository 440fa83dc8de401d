package io.liveops.console.calendar.core;

import java.util.Locale;

/** The life of a content item: idea → draft → scheduled → published, or skipped. */
public enum ItemStatus {
    IDEA("Idea"), DRAFT("Draft"), SCHEDULED("Scheduled"), PUBLISHED("Published"), SKIPPED("Skipped");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Published or skipped: nothing is left to do, so no reminder and no overdue flag. */
    public boolean finished() {
        return this == PUBLISHED || this == SKIPPED;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ItemStatus of(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown status '" + text + "'; use idea, draft, scheduled, published or skipped");
        }
    }
}
