package io.liveops.console.app;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.kpi.core.KpiReport;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.KpiValue;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kpi}: every contract KPI for one day, as JSON, CSV or a table. */
@Command(name = "kpi", mixinStandardHelpOptions = true,
        description = "Computes every KPI of the warehouse contract for one as-of day and prints it.")
final class KpiCommand extends HeadlessCommand implements Callable<Integer> {

    enum Format { json, csv, table }

    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--format", defaultValue = "json", description = "json, csv or table (default: ${DEFAULT-VALUE})")
    Format format;

    KpiCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        WarehouseOptions.Resolved options = warehouse.resolve(paths, clock, err);
        if (options == null) {
            return Cli.BAD_ARGUMENTS;
        }
        ThresholdConfig.Loaded thresholds = new ThresholdConfig(paths.configDir()).load();
        thresholds.problem().ifPresent(p -> err.println("Warning: thresholds file refused, defaults used: " + p.describe()));

        try (Warehouse opened = Warehouse.open(options.profile(), env);
             KpiService service = new KpiService(opened, new SqlCatalog(opened.dialect(), paths.configDir()),
                     thresholds::thresholds, options.timeout(), clock)) {
            KpiSnapshot snapshot = service.refresh(options.day(), BackgroundTask.Progress.NONE, Cancellation.none());
            if (snapshot.allFailed()) {
                err.println(snapshot.failures().get(0).error());
                return Cli.WAREHOUSE_FAILED;
            }
            out.print(switch (format) {
                case json -> KpiReport.jsonText(snapshot) + System.lineSeparator();
                case csv -> KpiReport.csv(snapshot);
                case table -> KpiReport.table(snapshot);
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
