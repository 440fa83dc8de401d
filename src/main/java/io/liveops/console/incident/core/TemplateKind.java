package io.liveops.console.incident.core;

/**
 * The one-click communication templates; {@code file} is the name under the templates folder,
 * {@code copied} what the timeline calls the text once copied ("Copied Discord announcement").
 */
public enum TemplateKind {
    DISCORD("Discord #announcements", "discord.txt", "Discord announcement"),
    TWITTER("Twitter", "twitter.txt", "tweet"),
    RESOLUTION("Resolution", "resolution.txt", "resolution notice"),
    STATUS_PAGE("Status page", "status-page.txt", "status page update"),
    ESCALATION("Internal escalation", "escalation.txt", "internal escalation");

    private final String label;
    private final String file;
    private final String copied;

    TemplateKind(String label, String file, String copied) {
        this.label = label;
        this.file = file;
        this.copied = copied;
    }

    public String label() {
        return label;
    }

    public String file() {
        return file;
    }

    /** The text's name in a sentence: "Copied " + this. */
    public String copiedName() {
        return copied;
    }
}
