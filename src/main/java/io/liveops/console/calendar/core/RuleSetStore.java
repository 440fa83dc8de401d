package io.liveops.console.calendar.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.shared.JsonConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The cadence rules file, {@code calendar-rules.json} in the config folder, with the playbook's cadence
 * shipped as its default. A file that fails to parse is reported with path, line and column and the set
 * in use stays (the last good one, or the defaults); the user's file is never overwritten by a fallback.
 * The rule editor saves through {@link #save}, atomically and durably. Thread-safe.
 */
public final class RuleSetStore {

    public static final String DEFAULT_RESOURCE = "calendar/rules.json";

    private final ObjectMapper mapper = JsonConfig.mapper();
    private final Path userFile;
    private volatile RuleSet rules;
    private volatile Optional<JsonConfig.Problem> problem = Optional.empty();

    /** Starts on the shipped defaults; call {@link #reload()} to read the user's file. */
    public RuleSetStore(Path userFile) {
        this.userFile = userFile;
        this.rules = defaults();
    }

    public static Path userFileIn(Path configDir) {
        return configDir.resolve("calendar-rules.json");
    }

    public RuleSet defaults() {
        return JsonConfig.load(mapper, null, DEFAULT_RESOURCE, RuleSet.class).value();
    }

    /** (Re)reads the user's file; on a problem the set in use stays. */
    public synchronized Optional<JsonConfig.Problem> reload() {
        if (userFile == null || !Files.exists(userFile)) {
            problem = Optional.empty();
            return problem;
        }
        try {
            rules = JsonConfig.parse(mapper, userFile, RuleSet.class);
            problem = Optional.empty();
        } catch (JsonConfig.ConfigException e) {
            problem = Optional.of(e.problem());
        }
        return problem;
    }

    public RuleSet current() {
        return rules;
    }

    public Optional<JsonConfig.Problem> problem() {
        return problem;
    }

    public Path userFile() {
        return userFile;
    }

    /** Writes the edited set to the user's file (durably) and uses it. */
    public synchronized void save(RuleSet edited) {
        Objects.requireNonNull(edited, "edited");
        if (userFile == null) {
            throw new IllegalStateException("This rule store has no user file to save to.");
        }
        JsonConfig.writeAtomically(mapper, userFile, edited);
        rules = edited;
        problem = Optional.empty();
    }
}
