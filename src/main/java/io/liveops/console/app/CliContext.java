package io.liveops.console.app;

import io.liveops.console.shared.AppPaths;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/** What every headless command works with: the folders, the time, the environment, and where to write. */
record CliContext(AppPaths paths, Clock clock, Map<String, String> env, PrintWriter out, PrintWriter err) {}
