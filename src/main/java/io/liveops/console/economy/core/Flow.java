package io.liveops.console.economy.core;

/** Which way currency moves for a reason: earned (a source, a tap) or spent (a sink, a drain). */
public enum Flow {
    SOURCE("source"),
    SINK("sink");

    private final String label;

    Flow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
