package io.liveops.console.app;

import io.liveops.console.shared.AppPaths;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseProfile;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** The connection, day and time-limit options that {@code kpi} and {@code economy} share (a picocli mixin). */
final class WarehouseOptions {

    @Option(names = "--warehouse", paramLabel = "<jdbc-url>",
            description = "jdbc:postgresql://host:5432/db or jdbc:sqlite:/path/file.db (default: the embedded demo warehouse)")
    String warehouseUrl;

    @Option(names = "--user", description = "Database user (PostgreSQL)")
    String user;

    @Option(names = "--password-env", paramLabel = "<VAR>",
            description = "Environment variable holding the password (else ~/.pgpass is used by the driver)")
    String passwordEnv;

    @Option(names = "--as-of", paramLabel = "<YYYY-MM-DD>", description = "The UTC day to compute (default: yesterday)")
    String asOf;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "<seconds>", description = "Time limit per query (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    /** The options resolved: the day to compute, the time limit per query and the warehouse to read. */
    record Resolved(LocalDate day, Duration timeout, WarehouseProfile profile) {}

    /** The day, the time limit and the warehouse, or null after saying on {@code err} which option is refused and why. */
    Resolved resolve(AppPaths paths, Clock clock, PrintWriter err) {
        LocalDate day = day(clock, err);
        Duration timeout = timeout(err);
        if (day == null || timeout == null) {
            return null;
        }
        WarehouseProfile profile = profile(paths, clock, err);
        return profile == null ? null : new Resolved(day, timeout, profile);
    }

    /** The as-of day, or null after saying on {@code err} why the option is refused. */
    private LocalDate day(Clock clock, PrintWriter err) {
        try {
            return asOf == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1) : LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            err.println("Invalid --as-of '" + asOf + "': expected a calendar day as YYYY-MM-DD, for example 2025-11-20.");
            return null;
        }
    }

    /** The query time limit, or null after saying why it is refused. */
    private Duration timeout(PrintWriter err) {
        if (timeoutSeconds < 1) {
            err.println("Invalid --timeout " + timeoutSeconds + ": expected a whole number of seconds, 1 or more.");
            return null;
        }
        return Duration.ofSeconds(timeoutSeconds);
    }

    /** The warehouse to read (the demo warehouse, generated if needed, without --warehouse), or null after saying why not. */
    private WarehouseProfile profile(AppPaths paths, Clock clock, PrintWriter err) {
        try {
            String url = warehouseUrl != null ? warehouseUrl : DemoCommand.ensureDemoWarehouse(paths, clock, err);
            WarehouseProfile profile = new WarehouseProfile(warehouseUrl != null ? "command line" : "Demo", url, user, passwordEnv);
            Dialect.fromJdbcUrl(url);
            return profile;
        } catch (WarehouseException e) {
            err.println(e.getMessage());
            return null;
        }
    }
}
