package io.liveops.console.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.liveops.console.background.Cancellation;
import io.liveops.console.calendar.core.CalendarExchange;
import io.liveops.console.calendar.core.CalendarItem;
import io.liveops.console.calendar.core.CalendarRepository;
import io.liveops.console.calendar.core.CalendarService;
import io.liveops.console.calendar.core.CalendarTexts;
import io.liveops.console.calendar.core.CalendarWarehouse;
import io.liveops.console.calendar.core.ICalendarCodec;
import io.liveops.console.calendar.core.MarketRecap;
import io.liveops.console.calendar.core.RuleFields;
import io.liveops.console.calendar.core.RuleSetStore;
import io.liveops.console.shared.JsonConfig;
import io.liveops.console.shared.Template;
import io.liveops.console.shared.TemplateException;
import io.liveops.console.state.StateStore;
import io.liveops.console.state.StateStoreException;
import io.liveops.console.state.TeamModeConfig;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseProfile;
import io.liveops.console.warehouse.WarehouseSession;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code calendar}: the stored items and the rules' generated slots of a range of days, as .ics, JSON
 * or CSV; {@code calendar recap}: the filled Monday market recap of a day.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Prints the content calendar's items and generated slots of a range of days.")
final class CalendarCommand extends HeadlessCommand implements Callable<Integer> {

    enum Format { ics, json, csv }

    @Option(names = "--from", paramLabel = "<YYYY-MM-DD>", description = "First day (in --zone); required")
    String from;

    @Option(names = "--to", paramLabel = "<YYYY-MM-DD>", description = "Last day, included; required")
    String to;

    @Option(names = "--format", defaultValue = "json", description = "ics, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--zone", paramLabel = "<zone>", description = "The time zone of the days (default: the computer's)")
    String zone;

    @Option(names = "--warehouse", paramLabel = "<jdbc-url>", description = "Where season-relative rules read the seasons (default: the rules file's)")
    String warehouseUrl;

    @Option(names = "--user", description = "Database user (PostgreSQL)")
    String user;

    @Option(names = "--password-env", paramLabel = "<VAR>", description = "Environment variable holding the password")
    String passwordEnv;

    @picocli.CommandLine.Mixin
    TimeoutOption limit = new TimeoutOption();

    CalendarCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (from == null || to == null) {
            err.println("Give the range: liveops calendar --from YYYY-MM-DD --to YYYY-MM-DD [--format ics|json|csv].");
            return Cli.BAD_ARGUMENTS;
        }
        LocalDate first;
        LocalDate last;
        ZoneId z;
        try {
            first = RuleFields.day(from);
            last = RuleFields.day(to);
            z = zone == null ? ZoneId.systemDefault() : RuleFields.zone(zone);
        } catch (IllegalArgumentException e) {
            err.println("Invalid argument: " + e.getMessage() + ".");
            return Cli.BAD_ARGUMENTS;
        }
        if (last.isBefore(first)) {
            err.println("Invalid range: --to " + last + " is before --from " + first + ".");
            return Cli.BAD_ARGUMENTS;
        }
        Duration timeout = limit.timeout(err);
        if (timeout == null) {
            return Cli.BAD_ARGUMENTS;
        }
        if (warehouseUrl != null) {
            try {
                WarehouseOptions.profile("command line", warehouseUrl, user, passwordEnv, env);
            } catch (WarehouseException e) {
                err.println(e.getMessage());
                return Cli.BAD_ARGUMENTS;
            }
        }
        RuleSetStore rules = new RuleSetStore(RuleSetStore.userFileIn(paths.configDir()));
        rules.reload().ifPresent(p -> err.println("Warning: calendar rules file refused, the playbook's rules are used: " + p.describe()));
        Warehouse warehouse = null;
        try (StateStore store = TeamModeConfig.load(paths.configDir()).value().open(paths.stateStore(), env, clock)) {
            if (warehouseUrl != null) {
                warehouse = Warehouse.open(WarehouseOptions.profile("command line", warehouseUrl, user, passwordEnv, env), env);
            }
            Optional<WarehouseSession.Connection> connection = warehouse == null ? Optional.empty()
                    : Optional.of(new WarehouseSession.Connection(warehouse.profile(), warehouse, new SqlCatalog(warehouse.dialect(), paths.configDir()),
                    last, Optional.empty()));
            CalendarRepository repository = new CalendarRepository(store, clock);
            CalendarService service = new CalendarService(repository, rules, new CalendarTexts(CalendarTexts.userDir(paths.configDir())),
                    new CalendarWarehouse(timeout), () -> connection, List::of, null, clock, z);
            CalendarExchange exchange = new CalendarExchange(service, repository, clock);
            out.print(switch (format) {
                case ics -> exchange.ics(first, last, Cancellation.none());
                case csv -> exchange.csv(first, last, Cancellation.none());
                case json -> json(exchange.items(first, last, Cancellation.none())) + System.lineSeparator();
            });
            out.flush();
            return Cli.OK;
        } catch (StateStoreException e) {
            err.println(e.getMessage());
            return Cli.WAREHOUSE_FAILED;
        } catch (WarehouseException e) {
            err.println(e.getMessage());
            return Cli.WAREHOUSE_FAILED;
        } finally {
            if (warehouse != null) {
                warehouse.close();
            }
        }
    }

    private static String json(List<CalendarItem> items) {
        ObjectMapper mapper = JsonConfig.mapper().disable(SerializationFeature.INDENT_OUTPUT);
        List<Map<String, Object>> rows = items.stream().map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("uid", ICalendarCodec.uidOf(i));
            m.put("title", i.title());
            m.put("channel", i.channel().id());
            m.put("start", i.start().toString());
            m.put("end", i.end() == null ? null : i.end().toString());
            m.put("zone", i.zone().getId());
            m.put("start_utc", i.startInstant().toString());
            m.put("status", i.status().id());
            m.put("owner", i.owner());
            m.put("rule", i.ruleId());
            m.put("generated", i.generated());
            m.put("link", i.link());
            m.put("notes", i.notes());
            m.put("body", i.body());
            return m;
        }).toList();
        try {
            return mapper.writeValueAsString(rows);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code calendar recap}: the Monday market recap filled from the warehouse as of a day. */
    @Command(name = "recap", mixinStandardHelpOptions = true, description = "Prints the Monday market recap filled from the warehouse.")
    static final class Recap extends HeadlessCommand implements Callable<Integer> {

        @Option(names = "--warehouse", paramLabel = "<jdbc-url>", description = "The warehouse (default: the embedded demo warehouse)")
        String warehouseUrl;

        @Option(names = "--user", description = "Database user (PostgreSQL)")
        String user;

        @Option(names = "--password-env", paramLabel = "<VAR>", description = "Environment variable holding the password")
        String passwordEnv;

        @Option(names = "--as-of", required = true, paramLabel = "<YYYY-MM-DD>", description = "The day D: prices at its end against 7 days before")
        String asOf;

        @picocli.CommandLine.Mixin
        TimeoutOption limit = new TimeoutOption();

        Recap(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            LocalDate day;
            try {
                day = RuleFields.day(asOf);
            } catch (IllegalArgumentException e) {
                err.println("Invalid --as-of: " + e.getMessage() + ".");
                return Cli.BAD_ARGUMENTS;
            }
            CalendarTexts texts = new CalendarTexts(CalendarTexts.userDir(paths.configDir()));
            CalendarItem item = CalendarItem.draft("Monday market recap", io.liveops.console.calendar.core.Channel.TWITTER, day.atTime(9, 0),
                    ZoneId.of("UTC")).withTemplate("market-recap");
            Template template;
            try {
                template = texts.templateOf(item);
            } catch (TemplateException e) {
                err.println(e.getMessage());
                return Cli.BAD_ARGUMENTS;
            }
            Duration timeout = limit.timeout(err);
            if (timeout == null) {
                return Cli.BAD_ARGUMENTS;
            }
            WarehouseProfile profile;
            try {
                profile = warehouseUrl != null ? WarehouseOptions.profile("command line", warehouseUrl, user, passwordEnv, env)
                        : new WarehouseProfile("Demo", DemoCommand.ensureDemoWarehouse(paths, clock, err), null, null);
            } catch (WarehouseException e) {
                err.println(e.getMessage());
                return Cli.BAD_ARGUMENTS;
            }
            try (Warehouse w = Warehouse.open(profile, env)) {
                WarehouseSession.Connection c = new WarehouseSession.Connection(profile, w, new SqlCatalog(w.dialect(), paths.configDir()), day,
                        Optional.empty());
                MarketRecap recap = new CalendarWarehouse(timeout).recap(c, day, Cancellation.none());
                out.print(texts.fill(template, item, recap));
                out.flush();
                return Cli.OK;
            } catch (WarehouseException e) {
                err.println(e.getMessage());
                return Cli.WAREHOUSE_FAILED;
            }
        }
    }
}
