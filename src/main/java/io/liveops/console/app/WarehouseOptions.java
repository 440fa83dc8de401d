package io.liveops.console.app;

import io.liveops.console.shared.AppPaths;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseProfile;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The connection options of every command that reads a warehouse: the URL, the user and where the password is. A
 * password is never given on the command line or in the URL: it comes from an environment variable or ~/.pgpass.
 */
final class WarehouseOptions {

    @Option(names = "--warehouse", paramLabel = "<jdbc-url>",
            description = "jdbc:postgresql://host:5432/db or jdbc:sqlite:/path/file.db (default: the embedded demo warehouse)")
    String url;

    @Option(names = "--user", description = "Database user (PostgreSQL)")
    String user;

    @Option(names = "--password-env", paramLabel = "<VAR>",
            description = "Environment variable holding the password (else ~/.pgpass is used by the driver)")
    String passwordEnv;

    /**
     * The profile to open: the given URL, or the embedded demo warehouse (generated first when it does not exist yet).
     *
     * @throws WarehouseException one sentence for bad input: a malformed URL, a password in it, an unset password variable
     */
    WarehouseProfile profile(AppPaths paths, Clock clock, Map<String, String> env, PrintWriter err) {
        if (url == null) {
            return new WarehouseProfile("Demo", DemoCommand.ensureDemoWarehouse(paths, clock, err), null, null);
        }
        return profile("command line", url, user, passwordEnv, env);
    }

    /** A profile for a URL given on the command line, checked the same way by every command. */
    static WarehouseProfile profile(String name, String url, String user, String passwordEnv, Map<String, String> env) {
        WarehouseProfile.validateUrl(url.trim());
        if (passwordEnv != null && env.get(passwordEnv) == null) {
            throw new WarehouseException("The password variable " + passwordEnv + " given with --password-env is not set.");
        }
        return new WarehouseProfile(name, url.trim(), user, passwordEnv);
    }
}
