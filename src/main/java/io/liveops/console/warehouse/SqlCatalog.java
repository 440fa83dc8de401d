package io.liveops.console.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The catalogue of warehouse SQL files: {@code sql/warehouse/<dialect>/<name>.sql} shipped in the
 * jar, each overridable by a file of the same relative path in the user's config folder.
 * KPI files live under {@code series/}: their two placeholders are the first and the last day of a
 * range and they return one row per day (see README, "Overriding a KPI's SQL").
 */
public final class SqlCatalog {

    /** A loaded SQL text and where it came from (shown in the KPI detail pane and in error messages). */
    public record SqlFile(String name, String sql, String source, boolean overridden) {}

    private final Dialect dialect;
    private final Path overrideRoot;
    private final ConcurrentMap<String, SqlFile> cache = new ConcurrentHashMap<>();

    /**
     * @param overrideRoot the user's config folder (files under {@code sql/warehouse/<dialect>/} there win); may be null
     */
    public SqlCatalog(Dialect dialect, Path overrideRoot) {
        this.dialect = dialect;
        this.overrideRoot = overrideRoot;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The folder of the KPI files, one row per day of a range. */
    public static final String SERIES = "series/";

    public static String relativePath(Dialect dialect, String name) {
        return "sql/warehouse/" + dialect.id() + "/" + name + ".sql";
    }

    /** The catalogue name of a KPI's series file, e.g. {@code series/dau}. */
    public static String seriesName(String kpiId) {
        return SERIES + kpiId;
    }

    /** The user's own file of that name in the config folder, if there is one (shipped files are not looked at). */
    public Optional<SqlFile> override(String name) {
        SqlFile file = load(name, false);
        return file != null && file.overridden() ? Optional.of(file) : Optional.empty();
    }

    public SqlFile load(String name) {
        return cache.computeIfAbsent(name, n -> read(n, true));
    }

    private SqlFile load(String name, boolean shipped) {
        SqlFile cached = cache.get(name);
        return cached != null ? cached : read(name, shipped);
    }

    /** Forgets loaded files so edited overrides are picked up at the next refresh. */
    public void reload() {
        cache.clear();
    }

    public Optional<SqlFile> find(String name) {
        try {
            return Optional.of(load(name));
        } catch (WarehouseException e) {
            return Optional.empty();
        }
    }

    private SqlFile read(String name, boolean shipped) {
        if (!name.matches("(series/)?[a-z0-9_]+")) {
            throw new WarehouseException("Invalid SQL file name '" + name + "': use lower-case letters, digits and underscores.");
        }
        String rel = relativePath(dialect, name);
        if (overrideRoot != null) {
            Path override = overrideRoot.resolve(rel);
            if (Files.isRegularFile(override)) {
                try {
                    return new SqlFile(name, Files.readString(override, StandardCharsets.UTF_8), override.toString(), true);
                } catch (IOException e) {
                    throw new WarehouseException("Cannot read the SQL override " + override + ": " + e.getMessage(), e);
                }
            }
        }
        if (!shipped) {
            return null;
        }
        try (InputStream in = SqlCatalog.class.getClassLoader().getResourceAsStream(rel)) {
            if (in == null) {
                throw new WarehouseException("No SQL file " + rel + " (dialect " + dialect.id() + ").");
            }
            return new SqlFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), rel, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
