package io.liveops.console.warehouse;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named warehouse connection. The password is never part of the profile: it comes from the
 * environment variable named in {@code passwordEnv}, or (PostgreSQL) from the user's pgpass file,
 * which pgjdbc reads by itself.
 *
 * @param name        what the user calls it ("Production", "Demo")
 * @param jdbcUrl     jdbc:postgresql://… or jdbc:sqlite:…
 * @param user        database user, may be null for SQLite
 * @param passwordEnv name of the environment variable holding the password, may be null
 */
public record WarehouseProfile(String name, String jdbcUrl, String user, String passwordEnv) {

    private static final Pattern SECRET_PARAM = Pattern.compile("(?i)(password|sslpassword)=[^&;]*");

    public WarehouseProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    public static WarehouseProfile ofUrl(String jdbcUrl) {
        return new WarehouseProfile(jdbcUrl.startsWith("jdbc:sqlite:") ? "SQLite file" : "Warehouse", jdbcUrl, null, null);
    }

    public Dialect dialect() {
        return Dialect.fromJdbcUrl(jdbcUrl);
    }

    /** The URL with any inline password masked, fit for logs, status bars and error messages. */
    public String safeUrl() {
        return redact(jdbcUrl);
    }

    static String redact(String url) {
        return url == null ? "" : SECRET_PARAM.matcher(url).replaceAll("$1=***");
    }
}
