package io.liveops.console.incident.core;

/** The game team's playbook procedures an incident can link as a checklist. */
public enum Runbook {
    MAINTENANCE_MODE("Maintenance mode"),
    CODE_ROLLBACK("Code rollback"),
    DATABASE_ROLLBACK("Database rollback"),
    LIVE_EVENT_ROLLBACK("Live-event rollback");

    private final String label;

    Runbook(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
