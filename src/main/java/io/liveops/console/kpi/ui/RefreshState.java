package io.liveops.console.kpi.ui;

/** Where the board's data stands, as the status bar shows it. */
public enum RefreshState {
    /** Nothing loaded yet. */
    NEVER("Not loaded"),
    /** A refresh is running; the last values stay on screen. */
    REFRESHING("Refreshing"),
    /** The last refresh succeeded. */
    FRESH("Fresh"),
    /** The last refresh failed; the values shown are older, and a retry is scheduled. */
    STALE("Stale");

    private final String label;

    RefreshState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
