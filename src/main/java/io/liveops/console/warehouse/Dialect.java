package io.liveops.console.warehouse;

import java.util.Locale;

/** The SQL dialects the console speaks; chosen from the JDBC URL, never configured separately. */
public enum Dialect {
    POSTGRESQL("postgresql", "jdbc:postgresql:"),
    SQLITE("sqlite", "jdbc:sqlite:");

    private final String id;
    private final String urlPrefix;

    Dialect(String id, String urlPrefix) {
        this.id = id;
        this.urlPrefix = urlPrefix;
    }

    /** The folder name under {@code sql/warehouse/} and the value of {@code "dialect"} in JSON output. */
    public String id() {
        return id;
    }

    public static Dialect fromJdbcUrl(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new WarehouseException("No warehouse JDBC URL given. Use jdbc:postgresql://host:5432/db or jdbc:sqlite:/path/file.db.");
        }
        String lower = jdbcUrl.trim().toLowerCase(Locale.ROOT);
        for (Dialect d : values()) {
            if (lower.startsWith(d.urlPrefix)) {
                return d;
            }
        }
        int colon = lower.indexOf(':', 5);
        String scheme = lower.startsWith("jdbc:") && colon > 5 ? lower.substring(5, colon) : lower;
        throw new WarehouseException("Unknown JDBC scheme '" + scheme + "' in warehouse URL " + WarehouseProfile.redact(jdbcUrl)
                + ". Supported: jdbc:postgresql://host:port/database and jdbc:sqlite:/path/to/file.db.");
    }
}
