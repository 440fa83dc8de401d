package io.liveops.console.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code bench --startup}: starts the console as a user would (a new JVM on the demo warehouse, under
 * the current display) and an empty JavaFX window in the same way, several times each, and prints
 * the time from process start to the first window, to the first painted live tiles and to their sparklines, the ratio to
 * the empty window, and the resident memory (VmRSS) after start and after visiting every tab once.
 *
 * <p>As {@code ./liveops} does, both JVMs keep their loaded classes in a class data sharing archive (one for each, in a
 * temporary folder); one unmeasured start of each writes it first, as the console's first close does for a user.
 */
final class StartupBenchmark {

    /** One start's figures; -1 where the moment was not reached. */
    record Run(long windowMillis, long tilesMillis, long sparklinesMillis, long rssAfterStartKb, long rssAfterTabsKb) {}

    private final List<String> jvmOptions;
    private final Path demoWarehouse;
    private final int runs;
    private final PrintWriter out;
    /** Where the class data sharing archives go; null to start without them. */
    private final Path archives;

    /** @param archives a folder for the class data sharing archives ./liveops uses, or null to start without them */
    StartupBenchmark(List<String> jvmOptions, Path demoWarehouse, int runs, Path archives, PrintWriter out) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.demoWarehouse = demoWarehouse;
        this.runs = runs;
        this.archives = archives;
        this.out = out;
    }

    /** The JVM options of the console's window as shipped (packaging/jvm-options), when run from a checkout. */
    static List<String> shippedOptions(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    /**
     * The environment ./liveops gives the console's window (and so the empty window here too): glibc's malloc arenas
     * held to two, and without a GPU, GTK kept from loading OpenGL (Mesa and LLVM) that JavaFX's software renderer
     * does not use.
     */
    static Map<String, String> launcherEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("MALLOC_ARENA_MAX", "2");
        if (Main.withoutGpu()) {
            env.put("GDK_GL", "disable");
        }
        return env;
    }

    /** @return false when a start failed (no figures are printed for it) */
    boolean run() throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "start-up, %d runs each, display %s, JVM options: %s, environment: %s%n", runs, System.getenv("DISPLAY"),
                jvmOptions.isEmpty() ? "(JVM defaults)" : String.join(" ", jvmOptions), new java.util.TreeMap<>(launcherEnvironment()));
        if (archives != null) {
            out.println("class data sharing as ./liveops starts it: one unmeasured start of each writes its archive first; each "
                    + "round also starts the console without it (the machine's speed drifts: compare within the rounds)");
            Run e = start(true, true);
            Run c = start(false, true);
            if (e.windowMillis() < 0 || !complete(c)) {
                out.println("The start that writes the class data sharing archives did not finish; no figures (see the console's log).");
                return false;
            }
        }
        List<Run> empty = new ArrayList<>();
        List<Run> console = new ArrayList<>();
        List<Run> withoutArchive = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Run e = start(true, archives != null);
            Run c = start(false, archives != null);
            Run plain = archives != null ? start(false, false) : c;
            if (e.windowMillis() < 0 || !complete(c) || !complete(plain)) {
                out.println("A start did not reach its window, its tiles or their sparklines within 90 s (or the sparklines "
                        + "failed to load); no figures (see the console's log).");
                return false;
            }
            empty.add(e);
            console.add(c);
            withoutArchive.add(plain);
        }
        long emptyWindow = median(empty.stream().mapToLong(Run::windowMillis).toArray());
        out.printf(Locale.ROOT, "empty JavaFX window: shown %,d ms after process start (median), RSS %,d MB%n", emptyWindow,
                median(empty.stream().mapToLong(Run::rssAfterStartKb).toArray()) / 1024);
        print("console", console, emptyWindow);
        if (archives != null) {
            print("console without the class archive", withoutArchive, -1);
        }
        return true;
    }

    private static boolean complete(Run r) {
        return r.windowMillis() >= 0 && r.tilesMillis() >= 0 && r.sparklinesMillis() >= 0;
    }

    /** The medians of a set of console starts; the window's ratio to the empty one when {@code emptyWindow} is given. */
    private void print(String what, List<Run> starts, long emptyWindow) {
        long window = median(starts.stream().mapToLong(Run::windowMillis).toArray());
        out.printf(Locale.ROOT, "%s: window shown %,d ms after process start (median%s)%n", what, window,
                emptyWindow > 0 ? String.format(Locale.ROOT, "; %.2f x the empty window", window / (double) emptyWindow) : "");
        out.printf(Locale.ROOT, "%s: live tiles painted %,d ms after the window (median)%n", what,
                median(starts.stream().mapToLong(r -> r.tilesMillis() - r.windowMillis()).toArray()));
        out.printf(Locale.ROOT, "%s: every tile with its deltas and 14-day sparkline %,d ms after process start (median; %,d ms "
                        + "after the tiles)%n", what, median(starts.stream().mapToLong(Run::sparklinesMillis).toArray()),
                median(starts.stream().mapToLong(r -> r.sparklinesMillis() - r.tilesMillis()).toArray()));
        out.printf(Locale.ROOT, "%s: RSS after start %,d MB, after visiting every tab %,d MB (median)%n", what,
                median(starts.stream().mapToLong(Run::rssAfterStartKb).toArray()) / 1024,
                median(starts.stream().mapToLong(Run::rssAfterTabsKb).toArray()) / 1024);
    }

    private Run start(boolean emptyStage, boolean withArchive) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("liveops-startup");
        Path report = home.resolve("report.txt");
        Files.createDirectories(home.resolve("data"));
        Files.copy(demoWarehouse, home.resolve("data/demo-warehouse.db"));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        if (withArchive) {
            // the options ./liveops adds (each JVM its own archive: the empty window's classes are not the console's)
            cmd.add("-XX:SharedArchiveFile=" + archives.resolve(emptyStage ? "empty-window.jsa" : "console.jsa"));
            cmd.add("-XX:+AutoCreateSharedArchive");
            cmd.add("-Xlog:cds*=off");
            cmd.add("-Xlog:cds*=warning:stderr");
        }
        cmd.add("--enable-native-access=ALL-UNNAMED");
        if (Runtime.version().feature() >= 23) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        if (emptyStage) {
            cmd.add(EmptyStageProbe.Start.class.getName());
            cmd.add(report.toString());
        } else {
            cmd.add("-D" + StartupProbe.PROPERTY + "=" + report);
            cmd.add(Main.class.getName());
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(home.resolve("out.txt").toFile());
        pb.environment().putAll(launcherEnvironment());
        pb.environment().put("LIVEOPS_HOME", home.toString());
        long t0 = System.currentTimeMillis();
        Process p = pb.start();
        Map<String, Long> seen = new HashMap<>();
        long rssStart = -1;
        long rssTabs = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (p.isAlive() && System.nanoTime() < deadline) {
            Map<String, Long> now = read(report);
            if (now.containsKey("window") && !seen.containsKey("window") && emptyStage) {
                p.waitFor(500, TimeUnit.MILLISECONDS); // let the first frames settle before reading the memory (sooner if it ends)
                rssStart = rssKb(p.pid());
            }
            if (now.containsKey("tiles") && !seen.containsKey("tiles")) {
                rssStart = rssKb(p.pid());
            }
            if (now.containsKey("tabs") && !seen.containsKey("tabs")) {
                p.waitFor(1, TimeUnit.SECONDS); // the tabs' last frames, as above
                rssTabs = rssKb(p.pid());
            }
            seen.putAll(now);
            p.waitFor(20, TimeUnit.MILLISECONDS); // the next look at the report file, or the console's end
        }
        if (p.isAlive()) {
            p.destroyForcibly();
        }
        p.waitFor(10, TimeUnit.SECONDS);
        seen.putAll(read(report));
        deleteQuietly(home);
        return new Run(since(seen, "window", t0), since(seen, "tiles", t0), since(seen, "sparklines", t0), rssStart, rssTabs);
    }

    /** Milliseconds from t0 to the event, or -1 when it was not reported. */
    private static long since(Map<String, Long> seen, String event, long t0) {
        return seen.containsKey(event) ? seen.get(event) - t0 : -1;
    }

    private static Map<String, Long> read(Path report) throws IOException {
        Map<String, Long> events = new HashMap<>();
        if (Files.exists(report)) {
            for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2) {
                    events.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        }
        return events;
    }

    /** The process's resident set, in kB, from /proc (Linux); -1 elsewhere. */
    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length == 0 ? -1 : sorted[sorted.length / 2];
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
