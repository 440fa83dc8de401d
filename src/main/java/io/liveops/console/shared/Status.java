package io.liveops.console.shared;

import java.util.Locale;

/** How a KPI value compares with its threshold. */
public enum Status {
    OK,
    WARNING,
    CRITICAL,
    /** No value (no data, or the query failed). */
    UNKNOWN;

    /** Lower-case name used in JSON, CSV and CSS style classes. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
