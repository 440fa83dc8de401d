package io.liveops.console.app;

import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The time limit of each warehouse query, shared by the commands that read a warehouse (a picocli mixin). */
final class TimeoutOption {

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "<seconds>",
            description = "Time limit of each query; a query past it is stopped and reported (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    /** The query time limit, or null after saying why it is refused. */
    Duration timeout(PrintWriter err) {
        if (timeoutSeconds < 1) {
            err.println("Invalid --timeout " + timeoutSeconds + ": expected a whole number of seconds, 1 or more.");
            return null;
        }
        return Duration.ofSeconds(timeoutSeconds);
    }
}
