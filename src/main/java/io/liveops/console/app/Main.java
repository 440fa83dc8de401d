package io.liveops.console.app;

import io.liveops.console.shared.AppPaths;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.LoggerFactory;

/**
 * One entry point for the jar: without arguments it opens the console; with a sub-command
 * ({@code kpi}, {@code demo}, {@code experiment}, {@code bench}) it runs headless and exits.
 */
public final class Main {

    private Main() {}

    /**
     * One sentence for a window that could not open: no display or no GTK is said as such; anything
     * else (the console's own files are dealt with in its window) is named with the log to read.
     */
    static String windowFailure(Throwable e, AppPaths paths) {
        String message = String.valueOf(e.getMessage());
        boolean display = e instanceof UnsatisfiedLinkError || message.contains("DISPLAY") || message.contains("GTK")
                || message.toLowerCase(java.util.Locale.ROOT).contains("display");
        if (display) {
            return "LiveOps Console could not open its window: " + message
                    + ". It needs a desktop session (on Linux: a display and GTK 3, e.g. apt-get install libgtk-3-0)."
                    + " The headless commands still work: run with --help.";
        }
        return "LiveOps Console could not start: " + message + " (details in " + paths.logFile() + ").";
    }

    /**
     * On Linux without a DRM device (/dev/dri: no GPU the desktop can use, as under Xvfb or a remote X
     * session) JavaFX's OpenGL pipeline loads Mesa and LLVM (about 50 MB resident and a slower start)
     * only to fall back to software; go to software rendering at once. A prism.order the user set wins.
     */
    static void chooseRenderer() {
        if (System.getProperty("prism.order") == null && withoutGpu()) {
            System.setProperty("prism.order", "sw");
        }
    }

    /** Linux without a DRM device: no GPU the desktop can use (Xvfb, a remote X session). */
    static boolean withoutGpu() {
        return System.getProperty("os.name", "").startsWith("Linux") && !java.nio.file.Files.isDirectory(java.nio.file.Path.of("/dev/dri"));
    }

    public static void main(String[] args) {
        AppPaths paths = AppPaths.forCurrentUser();
        System.setProperty("liveops.logDir", paths.logFile().getParent().toString());
        // java.util.logging (JavaFX's warnings, the PostgreSQL driver) goes to the log file, never the terminal
        Cli.routeDriverLogsToTheLogFile();
        if (args.length == 0) {
            chooseRenderer();
            try {
                LiveOpsApp.launchGui(args);
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                LoggerFactory.getLogger(Main.class).error("The console could not open its window", e);
                System.err.println(windowFailure(e, paths));
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
