package io.liveops.console.incident.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.liveops.console.shared.JsonConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What each severity means and promises: the response (acknowledgement) target, the resolution
 * target, how often users get an update, and whom to escalate to. Read from JSON; two presets
 * ship in {@code incident/policy-sage.json} and {@code incident/policy-game.json} (playbooks.md).
 */
public record SeverityPolicy(String name, Map<Severity, Rule> severities) {

    /** One severity's promises; {@code resolveWithin} and {@code updateEvery} may be null (no target). */
    public record Rule(String meaning, Duration respondWithin, Duration resolveWithin, Duration updateEvery, List<String> escalation) {
        @JsonCreator
        public Rule(@JsonProperty("meaning") String meaning, @JsonProperty("respondWithin") Duration respondWithin,
                    @JsonProperty("resolveWithin") Duration resolveWithin, @JsonProperty("updateEvery") Duration updateEvery,
                    @JsonProperty("escalation") List<String> escalation) {
            this.meaning = meaning == null ? "" : meaning;
            this.respondWithin = Objects.requireNonNull(respondWithin, "respondWithin is required");
            this.resolveWithin = resolveWithin;
            this.updateEvery = updateEvery;
            this.escalation = escalation == null ? List.of() : List.copyOf(escalation);
        }
    }

    public enum Preset {
        SAGE("Sage", "incident/policy-sage.json"), GAME("Game team", "incident/policy-game.json");

        private final String label;
        private final String resource;

        Preset(String label, String resource) {
            this.label = label;
            this.resource = resource;
        }

        public String label() {
            return label;
        }

        /** The user's override of this preset in the config folder. */
        public Path userFile(Path configDir) {
            return configDir.resolve("incident-policy-" + name().toLowerCase(java.util.Locale.ROOT) + ".json");
        }
    }

    /** Checks every severity has a rule; an unknown one is named, not silently dropped. */
    @JsonCreator
    public static SeverityPolicy fromJson(@JsonProperty("name") String name, @JsonProperty("severities") Map<String, Rule> raw) {
        if (raw == null) {
            throw new IllegalArgumentException("the policy needs a \"severities\" object with P0, P1, P2 and P3");
        }
        Map<Severity, Rule> rules = new EnumMap<>(Severity.class);
        for (Map.Entry<String, Rule> e : raw.entrySet()) {
            Severity s;
            try {
                s = Severity.parse(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("unknown severity '" + e.getKey() + "' in \"severities\": use P0, P1, P2 or P3");
            }
            rules.put(s, e.getValue());
        }
        for (Severity s : Severity.values()) {
            if (!rules.containsKey(s)) {
                throw new IllegalArgumentException("severity " + s + " has no rule in \"severities\"");
            }
        }
        return new SeverityPolicy(name == null ? "Custom" : name, rules);
    }

    public SeverityPolicy {
        severities = Map.copyOf(severities);
    }

    public Rule rule(Severity s) {
        return severities.get(s);
    }

    /** The preset, or the user's override file for it when present and valid. */
    public static JsonConfig.Loaded<SeverityPolicy> load(Preset preset, Path configDir) {
        return JsonConfig.load(JsonConfig.mapper(), configDir == null ? null : preset.userFile(configDir), preset.resource, SeverityPolicy.class);
    }
}
