package io.liveops.console.incident.core;

import io.liveops.console.shared.Template;
import io.liveops.console.shared.TemplateFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The communication templates: built-in defaults under {@code incident/templates/} on the classpath,
 * each overridable by a file of the same name in {@code <configDir>/incident-templates/}. A template
 * is read once and kept until its file changes (see {@link TemplateFolder}); {@link #forget} drops them
 * all (on demand). Loading touches the disk: call it off the FX thread. Filling a loaded template is pure.
 */
public final class Templates {

    /** Every placeholder a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("incident", "title", "issue", "issue_description", "description", "feature",
            "Feature", "severity", "severity_meaning", "status", "declared_at", "eta", "time", "what_happened", "what_we_did",
            "escalation", "next_update");

    /** The longest title a template shows; older incidents could have longer ones. */
    public static final int TITLE_LIMIT = IncidentService.TITLE_LIMIT;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    private final TemplateFolder folder;

    /** @param userDir the folder of user overrides, or null for the built-ins only */
    public Templates(Path userDir) {
        this.folder = new TemplateFolder("incident/templates", userDir, PLACEHOLDERS);
    }

    public static Path userDir(Path configDir) {
        return configDir.resolve("incident-templates");
    }

    /**
     * One checked template: the kept one while its file is unchanged, else read again. A broken user
     * file is reported (and read again next time), never replaced by the default silently.
     */
    public Template load(TemplateKind kind) {
        return folder.load(kind.file());
    }

    /** Drops every kept template, so the next {@link #load} reads the files again. */
    public void forget() {
        folder.forget();
    }

    /** The filled text of a template for an incident (reads the template if needed: off the FX thread). */
    public String fill(TemplateKind kind, Incident incident, SeverityPolicy.Rule rule, Instant nextUpdate, ZoneId zone) {
        return load(kind).fill(values(incident, rule, nextUpdate, zone));
    }

    /**
     * The placeholder values; empty fields get a readable stand-in the author then edits in the
     * preview. The issue is a short phrase that reads in a sentence, never the title pasted whole.
     */
    public static Map<String, String> values(Incident i, SeverityPolicy.Rule rule, Instant nextUpdate, ZoneId zone) {
        DateTimeFormatter time = TIME.withZone(zone);
        String feature = i.feature().isBlank() ? "the service" : i.feature();
        String issue = i.userIssue().isBlank() ? IssuePhrase.suggest(i.title(), i.feature()) : i.userIssue();
        String eta = i.eta().isBlank() ? "to be confirmed" : i.eta();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("incident", i.label());
        v.put("title", shortened(i.title(), TITLE_LIMIT));
        v.put("issue", issue);
        v.put("issue_description", issue); // the name templates written before "issue" use
        v.put("description", i.description().isBlank() ? issue : i.description());
        v.put("feature", feature);
        v.put("Feature", Character.toUpperCase(feature.charAt(0)) + feature.substring(1));
        v.put("severity", i.severity().name());
        v.put("severity_meaning", rule.meaning());
        v.put("status", i.status().label());
        v.put("declared_at", time.format(i.declaredAt()));
        v.put("eta", eta);
        v.put("time", eta);
        v.put("what_happened", i.whatHappened().isBlank() ? issue : i.whatHappened());
        v.put("what_we_did", i.whatWeDid().isBlank() ? "(describe the fix)" : i.whatWeDid());
        v.put("escalation", rule.escalation().isEmpty() ? "the team" : String.join(", ", rule.escalation()));
        v.put("next_update", nextUpdate == null ? "when we know more" : time.format(nextUpdate));
        return v;
    }

    /** At most {@code limit} characters, cut at a word with "…". */
    static String shortened(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int cut = text.lastIndexOf(' ', limit - 1);
        return text.substring(0, cut > limit / 2 ? cut : limit - 1).stripTrailing() + "…";
    }
}
