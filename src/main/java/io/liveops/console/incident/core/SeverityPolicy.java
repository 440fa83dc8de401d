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
 * {@code kinds} gives the severity of incidents the console declares itself, by kind (the Economy
 * tab's {@value #ECONOMY_EXPLOIT}: P0 for the game team, P1 for Sage).
 */
public record SeverityPolicy(String name, Map<Severity, Rule> severities, Map<String, Severity> kinds) {

    /** The kind of an "Economy exploit suspected" incident. */
    public static final String ECONOMY_EXPLOIT = "economy_exploit";

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
    public static SeverityPolicy fromJson(@JsonProperty("name") String name, @JsonProperty("severities") Map<String, Rule> raw,
                                          @JsonProperty("kinds") Map<String, String> rawKinds) {
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
        Map<String, Severity> kinds = new java.util.TreeMap<>();
        if (rawKinds != null) {
            for (Map.Entry<String, String> e : rawKinds.entrySet()) {
                try {
                    kinds.put(e.getKey(), Severity.parse(e.getValue()));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException("unknown severity '" + e.getValue() + "' for kind '" + e.getKey()
                            + "' in \"kinds\": use P0, P1, P2 or P3");
                }
            }
        }
        return new SeverityPolicy(name == null ? "Custom" : name, rules, kinds);
    }

    public SeverityPolicy {
        severities = Map.copyOf(severities);
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    }

    /** The severity this policy gives an incident of a kind ({@link #ECONOMY_EXPLOIT}), if it names one. */
    public java.util.Optional<Severity> severityOf(String kind) {
        return java.util.Optional.ofNullable(kinds.get(kind));
    }

    public Rule rule(Severity s) {
        return severities.get(s);
    }

    /**
     * The preset, or the user's override file for it when present and valid; kinds the user's file does not
     * name keep the preset's severity (a file written before a kind existed still works).
     */
    public static JsonConfig.Loaded<SeverityPolicy> load(Preset preset, Path configDir) {
        JsonConfig.Loaded<SeverityPolicy> loaded = JsonConfig.load(JsonConfig.mapper(), configDir == null ? null : preset.userFile(configDir),
                preset.resource, SeverityPolicy.class);
        if (!loaded.fromUserFile()) {
            return loaded;
        }
        SeverityPolicy shipped = JsonConfig.load(JsonConfig.mapper(), null, preset.resource, SeverityPolicy.class).value();
        Map<String, Severity> kinds = new java.util.TreeMap<>(shipped.kinds());
        kinds.putAll(loaded.value().kinds());
        return new JsonConfig.Loaded<>(new SeverityPolicy(loaded.value().name(), loaded.value().severities(), kinds), loaded.problem(), true);
    }
}
