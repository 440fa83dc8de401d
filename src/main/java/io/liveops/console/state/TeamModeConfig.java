package io.liveops.console.state;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.liveops.console.shared.JsonConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Where the console keeps its own state: the local SQLite file, or (team mode) a shared PostgreSQL
 * database, so several directors see one board. Read from {@code team-mode.json} in the config folder;
 * it cannot live in the state store it chooses. The password comes from the named environment
 * variable or ~/.pgpass, never from the file.
 */
public record TeamModeConfig(int schemaVersion, boolean enabled, String jdbcUrl, String user, String passwordEnv) {

    public static final String FILE_NAME = "team-mode.json";
    static final String DEFAULTS = "defaults/team-mode.json";

    @JsonCreator
    public TeamModeConfig(@JsonProperty(value = "schema_version", required = true) int schemaVersion,
                          @JsonProperty("enabled") boolean enabled,
                          @JsonProperty("jdbc_url") String jdbcUrl,
                          @JsonProperty("user") String user,
                          @JsonProperty("password_env") String passwordEnv) {
        if (schemaVersion != 1) {
            throw new IllegalArgumentException("schema_version " + schemaVersion + " is not supported (expected 1)");
        }
        if (enabled && (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException("jdbc_url must be a jdbc:postgresql:// URL when team mode is enabled, got '" + jdbcUrl + "'");
        }
        if (jdbcUrl != null && jdbcUrl.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            throw new IllegalArgumentException("jdbc_url must not contain the password; name an environment variable in password_env");
        }
        this.schemaVersion = schemaVersion;
        this.enabled = enabled;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.passwordEnv = passwordEnv;
    }

    /** The user's team-mode file, or the defaults (local mode) with the problem when the file is refused. */
    public static JsonConfig.Loaded<TeamModeConfig> load(Path configDir) {
        return JsonConfig.load(JsonConfig.mapper(), configDir.resolve(FILE_NAME), DEFAULTS, TeamModeConfig.class);
    }

    /** Opens the store this configuration names: the shared PostgreSQL database, or the local SQLite file. */
    public StateStore open(Path localFile, Map<String, String> env, Clock clock) {
        if (!enabled) {
            return StateStore.openSqlite(localFile, clock);
        }
        String password = null;
        if (passwordEnv != null && !passwordEnv.isBlank()) {
            password = env.get(passwordEnv);
            if (password == null) {
                throw new StateStoreException("Team mode: the password variable " + passwordEnv + " named in " + FILE_NAME + " is not set.");
            }
        }
        return StateStore.openPostgres(jdbcUrl, user, password, clock);
    }
}
