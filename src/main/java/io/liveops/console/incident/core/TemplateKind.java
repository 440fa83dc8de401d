package io.liveops.console.incident.core;

/** The one-click communication templates; {@code file} is the name under the templates folder. */
public enum TemplateKind {
    DISCORD("Discord #announcements", "discord.txt"),
    TWITTER("Twitter", "twitter.txt"),
    RESOLUTION("Resolution", "resolution.txt"),
    STATUS_PAGE("Status page", "status-page.txt"),
    ESCALATION("Internal escalation", "escalation.txt");

    private final String label;
    private final String file;

    TemplateKind(String label, String file) {
        this.label = label;
        this.file = file;
    }

    public String label() {
        return label;
    }

    public String file() {
        return file;
    }
}
