package io.liveops.console.incident.core;

/** How bad an incident is, P0 (service down) to P3 (cosmetic); what each means comes from the {@link SeverityPolicy}. */
public enum Severity {
    P0, P1, P2, P3;

    /** The severity named {@code text} (case-insensitive), or a sentence naming the valid ones. */
    public static Severity parse(String text) {
        if (text != null) {
            for (Severity s : values()) {
                if (s.name().equalsIgnoreCase(text.trim())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("Unknown severity '" + text + "': use P0, P1, P2 or P3.");
    }
}
