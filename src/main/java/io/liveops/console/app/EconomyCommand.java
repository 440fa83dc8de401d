package io.liveops.console.app;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.economy.core.EconomyConfig;
import io.liveops.console.economy.core.EconomyExport;
import io.liveops.console.economy.core.EconomyReport;
import io.liveops.console.economy.core.EconomyService;
import io.liveops.console.economy.core.GaugeReading;
import io.liveops.console.economy.core.Recommendation;
import io.liveops.console.economy.core.Recommendations;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.shared.JsonConfig;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code economy}: the Economy tab for one day as JSON or Markdown: the three gauges (the KPI engine's numbers, equal to
 * {@code kpi}'s), the season, sources and sinks, item prices, fraud by rule and the recommendations.
 */
@Command(name = "economy", mixinStandardHelpOptions = true,
        description = "Prints the economy for one as-of day: gauges, season, sources and sinks, item prices, fraud, recommendations.")
final class EconomyCommand extends HeadlessCommand implements Callable<Integer> {

    enum Format { json, md }

    @Mixin
    WarehouseOptions warehouse = new WarehouseOptions();

    @Mixin
    DayOptions days = new DayOptions();

    @Mixin
    TimeoutOption limit = new TimeoutOption();

    @Option(names = "--currency", paramLabel = "<currency>",
            description = "Currency of the ratio and the sources and sinks (default: the KPI's currency in economy.json, gold)")
    String currency;

    @Option(names = "--format", defaultValue = "json", description = "json or md (default: ${DEFAULT-VALUE})")
    Format format;

    EconomyCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (currency != null && currency.isBlank()) {
            err.println("Invalid --currency '': name a currency of economy_ledger, for example gold.");
            return Cli.BAD_ARGUMENTS;
        }
        LocalDate day = days.day(clock, err);
        Duration timeout = limit.timeout(err);
        if (day == null || timeout == null) {
            return Cli.BAD_ARGUMENTS;
        }
        WarehouseProfile profile;
        try {
            profile = warehouse.profile(paths, clock, env, err);
        } catch (WarehouseException e) {
            err.println(e.getMessage());
            return Cli.BAD_ARGUMENTS;
        }
        ThresholdConfig.Loaded thresholds = new ThresholdConfig(paths.configDir()).load();
        thresholds.problem().ifPresent(p -> err.println("Warning: thresholds file refused, defaults used: " + p.describe()));
        JsonConfig.Loaded<EconomyConfig> config = EconomyConfig.load(paths.configDir());
        config.problem().ifPresent(p -> err.println("Warning: economy.json refused, defaults used: " + p.describe()));

        try (Warehouse opened = Warehouse.open(profile, env);
             KpiService kpis = new KpiService(opened, new SqlCatalog(opened.dialect(), paths.configDir()), thresholds::thresholds, timeout,
                     clock)) {
            EconomyService economy = new EconomyService(opened, new SqlCatalog(opened.dialect(), paths.configDir()), timeout, kpis,
                    thresholds::thresholds, config.value().kpiCurrency(), clock);
            EconomyReport report = economy.load(day, currency, BackgroundTask.Progress.NONE, Cancellation.none());
            if (currency != null && !report.currencies().isEmpty() && !report.currencies().contains(report.currency())) {
                err.println("Unknown --currency '" + report.currency() + "': economy_ledger has " + String.join(", ", report.currencies()) + ".");
                return Cli.BAD_ARGUMENTS;
            }
            if (report.allFailed()) {
                err.println(report.failures().get(0));
                return Cli.WAREHOUSE_FAILED;
            }
            KpiFormat human = new KpiFormat(Locale.US);
            List<Recommendation> recommendations = new Recommendations(human).of(report, thresholds.thresholds());
            out.print(switch (format) {
                case json -> EconomyExport.jsonText(report, recommendations) + System.lineSeparator();
                case md -> EconomyExport.markdown(report, recommendations, human);
            });
            out.flush();
            for (GaugeReading g : report.gauges()) {
                if (g.value() == null && !g.failed()) {
                    err.println(g.gauge().kpiId() + ": " + g.problem());
                }
            }
            report.failures().forEach(err::println);
            if (!report.missingTables().isEmpty()) {
                // as for kpi: a warehouse without a contract table is one that could not be read in full
                err.println("The warehouse has no " + String.join(", ", report.missingTables().stream().sorted().toList())
                        + " table: the numbers that need it are null.");
            }
            return report.failures().isEmpty() && report.missingTables().isEmpty() ? Cli.OK : Cli.WAREHOUSE_FAILED;
        } catch (WarehouseException e) {
            err.println(e.getMessage());
            return Cli.WAREHOUSE_FAILED;
        }
    }
}
