package io.liveops.console.app;

import io.liveops.console.shared.AppPaths;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * One entry point for the jar: without arguments it opens the console; with a sub-command
 * ({@code kpi}, {@code demo}, {@code experiment}, {@code bench}) it runs headless and exits.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        AppPaths paths = AppPaths.forCurrentUser();
        System.setProperty("liveops.logDir", paths.logFile().getParent().toString());
        // drivers that log through java.util.logging (PostgreSQL's URL warnings) go to the log file, never the terminal
        Cli.routeDriverLogsToTheLogFile();
        if (args.length == 0) {
            try {
                LiveOpsApp.launchGui(args);
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                // e.g. no display, or GTK 3 missing on Linux: say so instead of a stack trace
                System.err.println("LiveOps Console could not open its window: " + e.getMessage()
                        + ". It needs a desktop session (on Linux: a display and GTK 3, e.g. apt-get install libgtk-3-0)."
                        + " The headless commands still work: run with --help.");
                System.exit(1);
            }
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = new Cli(paths, Clock.systemUTC(), System.getenv(), out, err).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
