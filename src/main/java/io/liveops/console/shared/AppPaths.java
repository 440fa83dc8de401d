package io.liveops.console.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the console keeps the user's configuration (editable JSON, SQL overrides) and its data
 * (state store, demo warehouse, logs). {@code LIVEOPS_HOME} (or -Dliveops.home) puts both under one
 * folder, which tests and portable installs use.
 */
public record AppPaths(Path configDir, Path dataDir) {

    public static AppPaths under(Path home) {
        return new AppPaths(home.resolve("config"), home.resolve("data"));
    }

    public static AppPaths fromEnvironment(Map<String, String> env, String osName, Path userHome) {
        String override = System.getProperty("liveops.home", env.get("LIVEOPS_HOME"));
        if (override != null && !override.isBlank()) {
            return under(Path.of(override));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", userHome.resolve("AppData/Roaming").toString());
            String local = env.getOrDefault("LOCALAPPDATA", userHome.resolve("AppData/Local").toString());
            return new AppPaths(Path.of(appData, "LiveOps Console"), Path.of(local, "LiveOps Console"));
        }
        if (os.contains("mac")) {
            Path base = userHome.resolve("Library/Application Support/LiveOps Console");
            return new AppPaths(base.resolve("config"), base);
        }
        String xdgConfig = env.get("XDG_CONFIG_HOME");
        String xdgData = env.get("XDG_DATA_HOME");
        Path config = xdgConfig != null && !xdgConfig.isBlank() ? Path.of(xdgConfig) : userHome.resolve(".config");
        Path data = xdgData != null && !xdgData.isBlank() ? Path.of(xdgData) : userHome.resolve(".local/share");
        return new AppPaths(config.resolve("liveops-console"), data.resolve("liveops-console"));
    }

    public static AppPaths forCurrentUser() {
        return fromEnvironment(System.getenv(), System.getProperty("os.name", "linux"), Path.of(System.getProperty("user.home")));
    }

    public AppPaths ensureExists() {
        try {
            Files.createDirectories(configDir);
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the console's folders " + configDir + " and " + dataDir, e);
        }
        return this;
    }

    public Path demoWarehouse() {
        return dataDir.resolve("demo-warehouse.db");
    }

    public Path stateStore() {
        return dataDir.resolve("state.db");
    }

    public Path logFile() {
        return dataDir.resolve("logs/liveops-console.log");
    }

    public Path configFile(String name) {
        return configDir.resolve(name);
    }
}
