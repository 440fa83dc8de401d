package io.liveops.console.shared;

import java.util.Map;
import java.util.Objects;

/**
 * The name the console records for its user ("Done by ana", "acknowledged by ana"): one setting,
 * defaulting to the operating system account's name. Thread-safe; changes apply to the next action.
 */
public final class DirectorName {

    /** The setting that keeps it. */
    public static final String SETTING = "user.name";
    public static final int MAX_LENGTH = 60;

    private volatile String name;

    public DirectorName(String name) {
        this.name = check(name);
    }

    /** The operating system account's name (USER, USERNAME, or the JVM's user.name). */
    public static String ofAccount(Map<String, String> env) {
        String n = env.getOrDefault("USER", env.getOrDefault("USERNAME", System.getProperty("user.name", "")));
        return n == null || n.isBlank() ? "director" : n.strip();
    }

    /** Null when the name can be used, else why not (one sentence). */
    public static String problemWith(String candidate) {
        if (candidate == null || candidate.isBlank()) {
            return "Your name: type the name others should see in the checklist and the alert history.";
        }
        if (candidate.strip().length() > MAX_LENGTH) {
            return "Your name: at most " + MAX_LENGTH + " characters (" + candidate.strip().length() + " typed).";
        }
        if (candidate.chars().anyMatch(Character::isISOControl)) {
            return "Your name: one line, without tabs or line breaks.";
        }
        return null;
    }

    private static String check(String candidate) {
        String problem = problemWith(candidate);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return candidate.strip();
    }

    public String get() {
        return name;
    }

    public void set(String newName) {
        this.name = check(Objects.requireNonNull(newName, "newName"));
    }
}
