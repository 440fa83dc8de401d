package io.liveops.console.incident.core;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The post-mortem draft for a resolved incident, in Markdown, with the sections the playbook asks
 * for. Facts the console knows (times, impact window, timeline, what happened/what we did) are
 * filled in; the rest are prompts the author replaces in the editor.
 */
public final class PostMortem {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private PostMortem() {
    }

    public static String draft(Incident i, List<TimelineEntry> timeline, ZoneId zone) {
        DateTimeFormatter time = TIME.withZone(zone);
        String zoneName = zone.getId();
        StringBuilder md = new StringBuilder();
        md.append("# Post-mortem: ").append(i.label()).append(' ').append(i.title()).append("\n\n");

        md.append("## Summary\n\n");
        md.append("- Severity: ").append(i.severity()).append('\n');
        md.append("- Affected feature: ").append(i.feature().isBlank() ? "(none given)" : i.feature()).append('\n');
        md.append("- Declared: ").append(time.format(i.declaredAt())).append(' ').append(zoneName).append('\n');
        md.append("- Acknowledged: ").append(i.acknowledgedAt() == null ? "never" : time.format(i.acknowledgedAt()) + " " + zoneName
                + " (" + minutes(Duration.between(i.declaredAt(), i.acknowledgedAt())) + " after declaration)").append('\n');
        md.append("- Resolved: ").append(i.resolvedAt() == null ? "not yet" : time.format(i.resolvedAt()) + " " + zoneName
                + " (" + minutes(Duration.between(i.declaredAt(), i.resolvedAt())) + " after declaration)").append("\n\n");
        md.append(i.description().isBlank() ? i.title() : i.description()).append("\n\n");

        md.append("## Impact\n\n");
        md.append(i.feature().isBlank() ? "The service" : Character.toUpperCase(i.feature().charAt(0)) + i.feature().substring(1))
                .append(" was affected");
        if (i.resolvedAt() != null) {
            md.append(" for ").append(minutes(Duration.between(i.declaredAt(), i.resolvedAt())));
        }
        md.append(".\n\n- Users affected: (how many, which regions or platforms)\n- Revenue or data impact: (if any)\n\n");

        md.append("## Timeline\n\n");
        md.append("| Time (").append(zoneName).append(") | Event | Details |\n|---|---|---|\n");
        for (TimelineEntry e : timeline) {
            md.append("| ").append(time.format(e.at())).append(" | ").append(e.kind().label()).append(" | ")
                    .append(e.details().replace("|", "\\|").replace("\n", "<br>")).append(" |\n");
        }
        md.append('\n');

        md.append("## Root cause\n\n");
        md.append(i.whatHappened().isBlank() ? "(what caused the incident, and why it was not caught earlier)" : i.whatHappened())
                .append("\n\n");
        md.append("## Resolution\n\n");
        // what we did, then each resolution note that says something else (the first one fills "what we did" when it was empty)
        List<String> resolution = new java.util.ArrayList<>();
        if (!i.whatWeDid().isBlank()) {
            resolution.add(i.whatWeDid().strip());
        }
        timeline.stream().filter(e -> e.kind() == TimelineEntry.Kind.RESOLVED).map(e -> e.details())
                .filter(n -> !n.isEmpty() && !resolution.contains(n)).forEach(n -> resolution.add("Resolution note: " + n));
        md.append(resolution.isEmpty() ? "(what fixed it)" : String.join("\n\n", resolution)).append("\n\n");
        md.append("## What went well\n\n- \n\n");
        md.append("## Lessons learned\n\n- \n\n");
        md.append("## Action items\n\n| Action | Owner | Due |\n|---|---|---|\n| (action) | (owner) | (date) |\n");
        return md.toString();
    }

    public static String minutes(Duration d) {
        long h = d.toHours();
        return h > 0 ? h + " h " + d.toMinutesPart() + " min" : d.toMinutes() + " min";
    }
}
