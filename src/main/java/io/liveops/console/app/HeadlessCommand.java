package io.liveops.console.app;

import io.liveops.console.shared.AppPaths;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/** The base of the headless commands: the context's parts as fields, so each command reads like plain code. */
abstract class HeadlessCommand {
    protected final AppPaths paths;
    protected final Clock clock;
    protected final Map<String, String> env;
    protected final PrintWriter out;
    protected final PrintWriter err;

    HeadlessCommand(CliContext context) {
        this.paths = context.paths();
        this.clock = context.clock();
        this.env = context.env();
        this.out = context.out();
        this.err = context.err();
    }
}
