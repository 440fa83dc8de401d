package io.liveops.console.app;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.incident.core.IncidentRepository;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.report.core.CriticalBug;
import io.liveops.console.report.core.IsoWeek;
import io.liveops.console.report.core.ReportJson;
import io.liveops.console.report.core.ReportMarkdown;
import io.liveops.console.report.core.ReportRefusedException;
import io.liveops.console.report.core.WeeklyNumbers;
import io.liveops.console.report.core.WeeklyNumbersService;
import io.liveops.console.report.core.WeeklyReport;
import io.liveops.console.report.core.WeeklyReportRepository;
import io.liveops.console.state.StateStore;
import io.liveops.console.state.StateStoreException;
import io.liveops.console.state.TeamModeConfig;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseInspector;
import io.liveops.console.warehouse.WarehouseProfile;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: reports made from the warehouse; {@code report weekly} is the playbook's week report. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports made from the warehouse: see 'report weekly'.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code report} with its {@code weekly} sub-command. */
    static CommandLine commandLine(CliContext context) {
        return new CommandLine(new ReportCommand()).addSubcommand("weekly", new Weekly(context));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.OK;
    }

    enum Format { md, json }

    /**
     * {@code report weekly}: a week's numbers through the KPI engine's range queries (one query per KPI for the week and the
     * week before), as the playbook's Markdown or as JSON. Exit codes as {@code kpi}.
     */
    @Command(name = "weekly", mixinStandardHelpOptions = true,
            description = "The weekly report of an ISO week: MAU, DAU, signups, churn, conversions, MRR and community, each with the "
                    + "previous week's value and the change.")
    static final class Weekly extends HeadlessCommand implements Callable<Integer> {

        @Mixin
        WarehouseOptions connection = new WarehouseOptions();

        @Option(names = "--week", paramLabel = "<YYYY-Www>",
                description = "The ISO week, e.g. 2025-W46 (default: the last complete week of the warehouse)")
        String week;

        @Option(names = "--format", defaultValue = "md", description = "md (the report as the playbook writes it) or json "
                + "(default: ${DEFAULT-VALUE})")
        Format format;

        @Mixin
        TimeoutOption timeout = new TimeoutOption();

        Weekly(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            IsoWeek chosen;
            try {
                chosen = week == null ? null : IsoWeek.parse(week);
            } catch (IllegalArgumentException e) {
                return refuse(e.getMessage());
            }
            Duration limit = timeout.timeout(err);
            if (limit == null) {
                return Cli.BAD_ARGUMENTS;
            }
            WarehouseProfile profile;
            try {
                profile = connection.profile(paths, clock, env, err);
            } catch (WarehouseException e) {
                return refuse(e.getMessage());
            }
            ThresholdConfig.Loaded thresholds = new ThresholdConfig(paths.configDir()).load();
            WeeklyNumbers numbers;
            try (Warehouse warehouse = Warehouse.open(profile, env)) {
                SqlCatalog sql = new SqlCatalog(warehouse.dialect(), paths.configDir());
                try (KpiService kpis = new KpiService(warehouse, sql, thresholds::thresholds, limit, clock)) {
                    WarehouseInspector inspector = new WarehouseInspector(warehouse, sql);
                    WeeklyNumbersService service = new WeeklyNumbersService(kpis, c -> inspector.latestDay(limit, c), clock);
                    IsoWeek w = chosen != null ? chosen : service.lastCompleteWeek(Cancellation.none());
                    numbers = service.compute(w, BackgroundTask.Progress.NONE, Cancellation.none());
                }
            } catch (ReportRefusedException e) {
                return refuse(e.getMessage());
            } catch (WarehouseException e) {
                err.println(e.getMessage());
                return Cli.WAREHOUSE_FAILED;
            }
            out.print(format == Format.json ? ReportJson.text(numbers) + System.lineSeparator() : markdown(numbers));
            out.flush();
            numbers.errors().forEach(err::println);
            return numbers.errors().isEmpty() ? Cli.OK : Cli.WAREHOUSE_FAILED;
        }

        /**
         * The report as the console writes it: the critical bugs come from the incident board of the console's state store (the
         * team's, in team mode) and the typed text from the week's saved report, when there is one.
         */
        private String markdown(WeeklyNumbers numbers) {
            List<CriticalBug> bugs = null;
            Optional<WeeklyReport> saved = Optional.empty();
            try (StateStore state = TeamModeConfig.load(paths.configDir()).value().open(paths.stateStore(), env, clock)) {
                bugs = CriticalBug.of(new IncidentRepository(state).all(), numbers.week(), ZoneId.systemDefault());
                saved = new WeeklyReportRepository(state).find(numbers.week());
            } catch (StateStoreException e) {
                err.println("Warning: the console's state store could not be read, so the critical bugs and the typed text are left out: "
                        + e.getMessage());
            }
            return new ReportMarkdown(new KpiFormat(Locale.ROOT)).render(numbers, bugs,
                    saved.map(WeeklyReport::topFeedback).orElse(""), saved.map(WeeklyReport::nextWeekFocus).orElse(""));
        }

        private int refuse(String sentence) {
            err.println(sentence);
            return Cli.BAD_ARGUMENTS;
        }
    }
}
