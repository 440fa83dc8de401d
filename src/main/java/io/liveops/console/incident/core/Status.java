package io.liveops.console.incident.core;

/** The board's columns, in the order an incident normally moves through them. */
public enum Status {
    INVESTIGATING("Investigating"), IDENTIFIED("Identified"), MONITORING("Monitoring"), RESOLVED("Resolved");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The column to the right, or this one for Resolved. */
    public Status next() {
        return this == RESOLVED ? this : values()[ordinal() + 1];
    }

    /** The column to the left, or this one for Investigating. */
    public Status previous() {
        return this == INVESTIGATING ? this : values()[ordinal() - 1];
    }
}
