package io.liveops.console.app;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.warehouse.DemoWarehouse;
import io.liveops.console.warehouse.WarehouseException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo}: writes the demo warehouse to a SQLite file or loads it into a PostgreSQL database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates the deterministic demo warehouse into a SQLite file or an empty PostgreSQL database.")
final class DemoCommand extends HeadlessCommand implements Callable<Integer> {

    static final class Target {
        @Option(names = "--out", paramLabel = "<file.db>", description = "New SQLite file to write (written to a temporary file, "
                + "then renamed); an existing file is refused unless --force and it is a demo warehouse written by this console")
        Path out;

        @Option(names = "--postgres", paramLabel = "<jdbc-url>", description = "Empty PostgreSQL database to load, jdbc:postgresql://…")
        String postgres;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--force", description = "With --out: replace an existing demo warehouse written by this console (never any other file)")
    boolean force;

    @Option(names = "--user", description = "PostgreSQL user")
    String user;

    @Option(names = "--password-env", paramLabel = "<VAR>", description = "Environment variable holding the PostgreSQL password")
    String passwordEnv;

    @Option(names = "--scale", defaultValue = "1", description = "Size factor: 1 ≈ 20,000 users; 40 ≈ 10 million sessions (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seed", description = "Random seed (default: the fixed demo seed)")
    Long seed;

    @Option(names = "--last-day", paramLabel = "<YYYY-MM-DD>", description = "Last day of data (default: yesterday, UTC)")
    String lastDay;

    @Option(names = "--no-indexes", description = "Only the contract's primary keys, none of the recommended indexes: a warehouse "
            + "the console did not build (the benchmark's worst case)")
    boolean noIndexes;

    DemoCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (!(scale > 0) || scale > 200) {
            err.println("Invalid --scale " + scale + ": expected a number above 0 and at most 200.");
            return Cli.BAD_ARGUMENTS;
        }
        DemoWarehouse.Options options = DemoWarehouse.Options.defaults(clock);
        try {
            if (lastDay != null) {
                options = options.withLastDay(LocalDate.parse(lastDay.trim()));
            }
        } catch (DateTimeParseException e) {
            err.println("Invalid --last-day '" + lastDay + "': expected a calendar day as YYYY-MM-DD, for example 2025-11-20.");
            return Cli.BAD_ARGUMENTS;
        }
        options = options.withScale(scale);
        if (noIndexes) {
            options = options.withoutIndexes();
        }
        if (seed != null) {
            options = options.withSeed(seed);
        }
        BackgroundTask.Progress progress = progressPrinter(err);
        try {
            DemoWarehouse.Stats stats;
            if (target.out != null) {
                String refusal = refusal(target.out, force);
                if (refusal != null) {
                    err.println(refusal);
                    return Cli.BAD_ARGUMENTS;
                }
                stats = DemoWarehouse.writeSqlite(target.out, options, progress, Cancellation.none());
                out.println("Demo warehouse written to " + target.out.toAbsolutePath() + ": " + stats.summary());
            } else {
                if (!target.postgres.startsWith("jdbc:postgresql:")) {
                    err.println("Invalid --postgres '" + target.postgres + "': expected jdbc:postgresql://host:port/database.");
                    return Cli.BAD_ARGUMENTS;
                }
                try {
                    WarehouseOptions.profile("demo", target.postgres, user, passwordEnv, env);
                } catch (WarehouseException e) {
                    err.println(e.getMessage());
                    return Cli.BAD_ARGUMENTS;
                }
                String password = passwordEnv == null ? null : env.get(passwordEnv);
                stats = DemoWarehouse.loadPostgres(target.postgres, user, password, options, progress, Cancellation.none());
                out.println("Demo warehouse loaded into " + target.postgres + ": " + stats.summary());
            }
            return Cli.OK;
        } catch (WarehouseException e) {
            err.println(e.getMessage());
            return Cli.WAREHOUSE_FAILED;
        }
    }


    /** Why {@code demo --out file} must not write there, or null: nothing the user made is ever replaced. */
    static String refusal(Path file, boolean force) {
        if (Files.isDirectory(file)) {
            return "--out " + file + " is a folder: give the path of a new .db file.";
        }
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!DemoWarehouse.isDemoFile(file)) {
            return "--out " + file + " already exists and is not a demo warehouse written by LiveOps Console: it is left as it is; "
                    + "choose a new file name.";
        }
        if (!force) {
            return "--out " + file + " already holds a demo warehouse: add --force to replace it, or choose a new file name.";
        }
        return null;
    }

    /** Prints a line at each 10 % step, so a terminal or a log shows progress without flooding. */
    static BackgroundTask.Progress progressPrinter(PrintWriter err) {
        int[] lastDecile = {-1};
        return (fraction, message) -> {
            int decile = (int) Math.floor(Math.max(0, fraction) * 10);
            if (decile != lastDecile[0]) {
                lastDecile[0] = decile;
                err.println(String.format(Locale.ROOT, "  %3d %%  %s", decile * 10, message));
                err.flush();
            }
        };
    }

    /** The embedded demo warehouse's JDBC URL, generating it first when it does not exist yet. */
    static String ensureDemoWarehouse(AppPaths paths, Clock clock, PrintWriter err) {
        Path file = paths.ensureExists().demoWarehouse();
        if (!Files.exists(file)) {
            err.println("Generating the demo warehouse into " + file + " (first run)…");
            DemoWarehouse.writeSqlite(file, DemoWarehouse.Options.defaults(clock), progressPrinter(err), Cancellation.none());
        }
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }
}
