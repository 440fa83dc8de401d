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

    /**
     * Refuses, in one sentence, a URL a user gives the console (command line, connection settings): an unknown scheme,
     * a password written into it, or a PostgreSQL URL its driver cannot parse.
     *
     * @throws WarehouseException naming what is wrong and what to do instead
     */
    public static void validateUrl(String jdbcUrl) {
        Dialect.fromJdbcUrl(jdbcUrl);
        if (SECRET_PARAM.matcher(jdbcUrl).find()) {
            throw new WarehouseException("The warehouse URL " + redact(jdbcUrl) + " contains a password, which the console refuses: "
                    + "remove it and give the password through --password-env <VAR> (the profile's password variable) or ~/.pgpass.");
        }
        checkSyntax(jdbcUrl);
    }

    /**
     * Refuses a URL that cannot be opened at all: an unknown scheme, or a PostgreSQL URL its driver cannot parse (a bad
     * port, an unclosed IPv6 bracket), so that the user reads one sentence instead of the driver's log lines.
     */
    public static void checkSyntax(String jdbcUrl) {
        Dialect dialect = Dialect.fromJdbcUrl(jdbcUrl);
        // the driver logs its complaint (to the log file) and answers null for a URL it cannot read
        if (dialect == Dialect.POSTGRESQL && org.postgresql.Driver.parseURL(jdbcUrl.trim(), new java.util.Properties()) == null) {
            throw new WarehouseException("The PostgreSQL URL " + redact(jdbcUrl) + " is malformed: expected "
                    + "jdbc:postgresql://host:port/database, with a numeric port and [brackets] closed around an IPv6 address.");
        }
    }

    /** The URL with any inline password masked, fit for logs, status bars and error messages. */
    public String safeUrl() {
        return redact(jdbcUrl);
    }

    static String redact(String url) {
        return url == null ? "" : SECRET_PARAM.matcher(url).replaceAll("$1=***");
    }
}
