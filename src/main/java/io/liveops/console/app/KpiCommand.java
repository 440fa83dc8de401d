package io.liveops.console.app;

import io.liveops.console.background.BackgroundTask;
import io.liveops.console.background.Cancellation;
import io.liveops.console.kpi.core.KpiCatalog;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.KpiHistory;
import io.liveops.console.kpi.core.KpiReadModel;
import io.liveops.console.kpi.core.KpiReport;
import io.liveops.console.kpi.core.KpiService;
import io.liveops.console.kpi.core.KpiSnapshot;
import io.liveops.console.kpi.core.KpiValue;
import io.liveops.console.kpi.core.ThresholdConfig;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseInspector;
import io.liveops.console.warehouse.WarehouseProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kpi}: every contract KPI for one day or a range of days, as JSON, CSV or a table; {@code --explain} on how it reads. */
@Command(name = "kpi", mixinStandardHelpOptions = true,
        description = "Computes every KPI of the warehouse contract for one as-of day (or each day of --from..--to) and prints it.")
final class KpiCommand extends HeadlessCommand implements Callable<Integer> {

    enum Format { json, csv, table }

    @Mixin
    WarehouseOptions connection = new WarehouseOptions();

    @Option(names = "--as-of", paramLabel = "<YYYY-MM-DD>", description = "The UTC day to compute (default: yesterday)")
    String asOf;

    @Option(names = "--from", paramLabel = "<YYYY-MM-DD>", description = "First day of a range (with --to): one document per day, one query per KPI")
    String from;

    @Option(names = "--to", paramLabel = "<YYYY-MM-DD>", description = "Last day of a range (with --from), at most "
            + KpiService.MAX_DAYS + " days after it")
    String to;

    @Option(names = "--format", defaultValue = "json", description = "json, csv or table (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    TimeoutOption timeout = new TimeoutOption();

    @Option(names = "--explain", description = "Instead of the values: the warehouse's contract tables and recommended indexes, each "
            + "KPI's SQL file and time for the day, and the query plans of the slowest KPIs")
    boolean explain;

    KpiCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        LocalDate first;
        LocalDate last;
        try {
            if (asOf != null && (from != null || to != null)) {
                return refuse("Give either --as-of or --from and --to, not both.");
            }
            if ((from == null) != (to == null)) {
                return refuse("A range needs both --from and --to (YYYY-MM-DD), for example --from 2025-11-01 --to 2025-11-20.");
            }
            if (from != null) {
                first = day("--from", from);
                last = day("--to", to);
                if (first.isAfter(last)) {
                    return refuse("Invalid range: --from " + first + " is after --to " + last + ".");
                }
                if (last.toEpochDay() - first.toEpochDay() + 1 > KpiService.MAX_DAYS) {
                    return refuse("Invalid range: " + first + " to " + last + " spans " + (last.toEpochDay() - first.toEpochDay() + 1)
                            + " days; at most " + KpiService.MAX_DAYS + " are allowed.");
                }
            } else {
                first = asOf == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1) : day("--as-of", asOf);
                last = first;
            }
        } catch (DateTimeParseException e) {
            return Cli.BAD_ARGUMENTS;
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
        thresholds.problem().ifPresent(p -> err.println("Warning: thresholds file refused, defaults used: " + p.describe()));

        try (Warehouse warehouse = Warehouse.open(profile, env);
             KpiService service = new KpiService(warehouse, new SqlCatalog(warehouse.dialect(), paths.configDir()),
                     thresholds::thresholds, limit, clock)) {
            if (explain) {
                return explain(warehouse, service, first, limit);
            }
            return from != null ? printRange(service, first, last) : printDay(service, first, thresholds.thresholds());
        } catch (WarehouseException e) {
            err.println(e.getMessage());
            return Cli.WAREHOUSE_FAILED;
        }
    }

    private int printDay(KpiService service, LocalDate day, Thresholds thresholds) {
        KpiSnapshot snapshot = service.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none());
        if (snapshot.allFailed()) {
            err.println(snapshot.failures().get(0).error());
            return Cli.WAREHOUSE_FAILED;
        }
        out.print(switch (format) {
            case json -> KpiReport.jsonText(snapshot) + System.lineSeparator();
            case csv -> KpiReport.csv(snapshot);
            case table -> KpiReport.table(snapshot, readModel().readings(snapshot, null, false, thresholds));
        });
        out.flush();
        snapshot.noDataNote().ifPresent(err::println);
        for (KpiValue failed : snapshot.failures()) {
            err.println(failed.error());
        }
        return snapshot.failures().isEmpty() ? Cli.OK : Cli.WAREHOUSE_FAILED;
    }

    private int printRange(KpiService service, LocalDate first, LocalDate last) {
        KpiHistory history = service.history(first, last, BackgroundTask.Progress.NONE, Cancellation.none());
        if (history.snapshots().stream().allMatch(KpiSnapshot::allFailed)) {
            err.println(history.failures().get(0).error());
            return Cli.WAREHOUSE_FAILED;
        }
        out.print(switch (format) {
            case json -> KpiReport.jsonText(history) + System.lineSeparator();
            case csv -> KpiReport.csv(history);
            case table -> {
                StringBuilder sb = new StringBuilder();
                for (KpiSnapshot s : history.snapshots()) {
                    sb.append(KpiReport.table(s, readModel().readings(s, history, false, Thresholds.none()))).append(System.lineSeparator());
                }
                yield sb.toString();
            }
        });
        out.flush();
        List<String> noData = history.snapshots().stream().filter(s -> s.noDataNote().isPresent()).map(s -> s.asOf().toString()).toList();
        if (!noData.isEmpty()) {
            err.println("No session on " + (noData.size() == 1 ? noData.get(0) : noData.size() + " of the days (" + noData.get(0) + " … "
                    + noData.get(noData.size() - 1) + ")") + ": the warehouse has no data there, so no KPI is judged (status 'no data').");
        }
        Set<String> errors = new LinkedHashSet<>();
        history.failures().forEach(f -> errors.add(f.error())); // a failed query fails every day of it: say it once
        errors.forEach(err::println);
        return errors.isEmpty() ? Cli.OK : Cli.WAREHOUSE_FAILED;
    }

    /** The warehouse's tables and indexes, every KPI's file and time on the day, and the plans of the three slowest. */
    private int explain(Warehouse warehouse, KpiService service, LocalDate day, Duration limit) {
        SqlCatalog catalog = new SqlCatalog(warehouse.dialect(), paths.configDir());
        WarehouseInspector inspector = new WarehouseInspector(warehouse, catalog);
        out.println("Warehouse: " + warehouse.describe());
        out.println(inspector.check(limit, Cancellation.none()).describe());
        KpiSnapshot snapshot = service.refresh(day, BackgroundTask.Progress.NONE, Cancellation.none());
        out.printf(Locale.ROOT, "KPIs as of %s: %,d ms in all, %d queries at a time%n", day, snapshot.totalMillis(), warehouse.parallelism());
        List<KpiValue> byBase = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (KpiValue v : snapshot.values()) {
            if (seen.add(v.definition().id())) {
                byBase.add(v);
                out.printf(Locale.ROOT, "  %-22s %7d ms  %s%s%n", v.definition().id(), v.millis(), v.sqlSource(), v.failed() ? "  (failed)" : "");
            }
        }
        // one plan per file: the KPIs of a shared query (wau, mau, churn_d30) run one statement together
        Set<String> planned = new HashSet<>();
        List<KpiValue> queried = new ArrayList<>(byBase.stream().filter(v -> !service.computedFromOthers(v.definition().id()))
                .filter(v -> planned.add(v.sqlSource())).toList());
        queried.sort(Comparator.comparingLong(KpiValue::millis).reversed());
        for (KpiValue v : queried.subList(0, Math.min(3, queried.size()))) {
            out.println();
            out.println("Plan of " + v.definition().id() + sharedWith(snapshot, v) + " (" + v.millis() + " ms):");
            try {
                for (String line : inspector.plan(service.sqlFile(v.definition().id()).sql(), day, day, limit, Cancellation.none())) {
                    out.println("  " + line);
                }
            } catch (WarehouseException e) {
                out.println("  (no plan: " + e.getMessage() + ")");
            }
        }
        out.flush();
        return Cli.OK;
    }

    /** ", read with wau and churn_d30" for a KPI whose file reads others too; empty otherwise. */
    private static String sharedWith(KpiSnapshot snapshot, KpiValue v) {
        List<String> others = snapshot.values().stream().filter(o -> o != v && o.sqlSource().equals(v.sqlSource()))
                .map(o -> o.definition().id()).distinct().toList();
        return others.isEmpty() ? "" : ", read with " + KpiCatalog.listed(others);
    }

    private KpiReadModel readModel() {
        return new KpiReadModel(new KpiFormat(Locale.ROOT)); // a terminal's text does not depend on the machine's locale
    }

    private LocalDate day(String option, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            err.println("Invalid " + option + " '" + text + "': expected a calendar day as YYYY-MM-DD, for example 2025-11-20.");
            throw e;
        }
    }

    private int refuse(String sentence) {
        err.println(sentence);
        return Cli.BAD_ARGUMENTS;
    }
}
