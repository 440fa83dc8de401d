package io.liveops.console.app;

import io.liveops.console.shared.AppPaths;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless side of the jar. Exit codes: 0 success, 2 bad arguments (one sentence on stderr),
 * 3 the warehouse could not be read.
 */
final class Cli {

    public static final int OK = 0;
    public static final int BAD_ARGUMENTS = 2;
    public static final int WAREHOUSE_FAILED = 3;

    private final AppPaths paths;
    private final Clock clock;
    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;

    public Cli(AppPaths paths, Clock clock, Map<String, String> env, PrintWriter out, PrintWriter err) {
        this.paths = paths;
        this.clock = clock;
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /**
     * Drivers that log through java.util.logging (the PostgreSQL driver's warnings about a malformed URL) go to the log
     * file like everything else, never to the terminal.
     */
    static void routeDriverLogsToTheLogFile() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    @Command(name = "liveops", mixinStandardHelpOptions = true, version = "LiveOps Console 0.1",
            description = "LiveOps Console. Without a command it opens the desktop console.")
    static final class Root {}

    public int run(String... args) {
        routeDriverLogsToTheLogFile();
        CommandLine cl = new CommandLine(new Root());
        CliContext context = new CliContext(paths, clock, env, out, err);
        cl.addSubcommand("kpi", new KpiCommand(context));
        cl.addSubcommand("economy", new EconomyCommand(context));
        cl.addSubcommand("demo", new DemoCommand(context));
        cl.addSubcommand("bench", new BenchCommand(context));
        cl.addSubcommand("calendar", new picocli.CommandLine(new CalendarCommand(context))
                .addSubcommand("recap", new CalendarCommand.Recap(context)));
        cl.addSubcommand("experiment", new ExperimentCommand(out, err, env, paths.configDir(), clock));
        cl.addSubcommand("report", ReportCommand.commandLine(context));
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            CommandLine c = ex.getCommandLine();
            err.println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
            return BAD_ARGUMENTS;
        });
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            err.println(ex.getMessage() == null ? ex.toString() : ex.getMessage());
            return WAREHOUSE_FAILED;
        });
        return cl.execute(args);
    }
}
