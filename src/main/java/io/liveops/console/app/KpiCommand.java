package io.liveops.console.app;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.shared.AppPaths;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiReadModel;
import io.liveops.console.kpi.core.KpiReport;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.KpiValue;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseProfile;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kpi}: every contract KPI for one day, as JSON, CSV or a table. */
@Command(name = "kpi", mixinStandardHelpOptions = true,
        description = "Computes every KPI of the warehouse contract for one as-of day and prints it.")
final class KpiCommand extends HeadlessCommand implements Callable<Integer> {

    enum Format { json, csv, table }

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

    @Option(names = "--format", defaultValue = "json", description = "json, csv or table (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "<seconds>", description = "Time limit per query (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    KpiCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        LocalDate day;
        try {
            day = asOf == null ? LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).minusDays(1) : LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            err.println("Invalid --as-of '" + asOf + "': expected a calendar day as YYYY-MM-DD, for example 2025-11-20.");
            return Cli.BAD_ARGUMENTS;
        }
        if (timeoutSeconds < 1) {
            err.println("Invalid --timeout " + timeoutSeconds + ": expected a whole number of seconds, 1 or more.");
            return Cli.BAD_ARGUMENTS;
        }
        WarehouseProfile profile;
        try {
            String url = warehouseUrl != null ? warehouseUrl : DemoCommand.ensureDemoWarehouse(paths, clock, err);
            profile = new WarehouseProfile(warehouseUrl != null ? "command line" : "Demo", url, user, passwordEnv);
            Dialect.fromJdbcUrl(url);
        } catch (WarehouseException e) {
            err.println(e.getMessage());
            return Cli.BAD_ARGUMENTS;
        }
        ThresholdConfig.Loaded thresholds = new ThresholdConfig(paths.configDir()).load();
        thresholds.problem().ifPresent(p -> err.println("Warning: thresholds file refused, defaults used: " + p.describe()));

        try (Warehouse warehouse = Warehouse.open(profile, env);
             KpiService service = new KpiService(warehouse, new SqlCatalog(warehouse.dialect(), paths.configDir()),
                     thresholds::thresholds, Duration.ofSeconds(timeoutSeconds), clock)) {
            KpiSnapshot snapshot = service.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none());
            if (snapshot.allFailed()) {
                err.println(snapshot.failures().get(0).error());
                return Cli.WAREHOUSE_FAILED;
            }
            out.print(switch (format) {
                case json -> KpiReport.jsonText(snapshot) + System.lineSeparator();
                case csv -> KpiReport.csv(snapshot);
                case table -> KpiReport.table(snapshot, new KpiReadModel(new KpiFormat(Locale.ROOT)).readings(snapshot, null, false, thresholds.thresholds()));
            });
            out.flush();
            for (KpiValue failed : snapshot.failures()) {
                err.println(failed.error());
            }
            return snapshot.failures().isEmpty() ? Cli.OK : Cli.WAREHOUSE_FAILED;
        } catch (WarehouseException e) {
            err.println(e.getMessage());
            return Cli.WAREHOUSE_FAILED;
        }
    }
}
