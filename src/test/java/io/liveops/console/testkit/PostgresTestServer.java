package io.liveops.console.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server for tests. {@code .ci/run} starts a throwaway cluster and passes its
 * admin URL as LIVEOPS_TEST_PG_URL (system property liveops.test.pgUrl). Without it, the kit starts
 * its own throwaway cluster from the local PostgreSQL binaries. With neither, PostgreSQL tests skip
 * loudly, except under CI=true, where they fail.
 */
public final class PostgresTestServer {

    /** The superuser password of the throwaway clusters (theirs only; CI's cluster uses the same). */
    public static final String PASSWORD = "liveops-test";

    private static String adminUrl;
    private static String unavailableReason;

    private PostgresTestServer() {}

    /** A fresh, empty database on the test server; skips (or fails under CI) when there is no server. */
    public static synchronized String createDatabase() {
        String admin = adminUrl();
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(admin); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + admin + ": " + e.getMessage(), e);
        }
        return withDatabase(admin, name);
    }

    public static synchronized String adminUrl() {
        if (adminUrl == null && unavailableReason == null) {
            String given = System.getProperty("liveops.test.pgUrl");
            if (given == null || given.isBlank() || given.startsWith("${")) {
                given = System.getenv("LIVEOPS_TEST_PG_URL");
            }
            if (given != null && !given.isBlank()) {
                adminUrl = given;
            } else {
                try {
                    adminUrl = startOwnCluster();
                } catch (Exception e) {
                    unavailableReason = e.getMessage();
                }
            }
        }
        if (adminUrl == null) {
            String msg = "!!! PostgreSQL test server unavailable (" + unavailableReason
                    + "): PostgreSQL tests are NOT run. Install the Debian 'postgresql' package or set LIVEOPS_TEST_PG_URL.";
            System.err.println(msg);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(msg);
            }
            Assumptions.abort(msg);
        }
        return adminUrl;
    }

    static String withDatabase(String url, String db) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : url.substring(q);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + db + query;
    }

    private static String startOwnCluster() throws IOException, InterruptedException {
        Path bin = findPgBin();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path dir = Files.createTempDirectory("liveops-pg");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "postgres", dir.toString()));
        }
        // password auth over TCP (so tests can check a wrong password), trust on the local socket
        Path pwfile = dir.resolve("pwfile");
        Files.writeString(pwfile, PASSWORD + "\n");
        if (root) {
            run(List.of("chown", "postgres", pwfile.toString()));
        }
        run(asPostgres(root, bin.resolve("initdb").toString(), "-D", dir.resolve("db").toString(), "--auth-local=trust",
                "--auth-host=scram-sha-256", "--pwfile=" + pwfile, "-U", "postgres", "-E", "UTF8"));
        run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("db").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "-l", dir.resolve("log").toString(), "-w", "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("db").toString(), "-m", "immediate", "stop"));
                try (var paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } catch (Exception ignored) {
                // the cluster dies with the temp folder anyway
            }
        }));
        System.err.println("PostgresTestServer: started a throwaway cluster on port " + port);
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres&password=" + PASSWORD;
    }

    private static List<String> asPostgres(boolean root, String... cmd) {
        List<String> all = new ArrayList<>();
        if (root) {
            all.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        all.addAll(List.of(cmd));
        return all;
    }

    private static Path findPgBin() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(base)) {
            try (var versions = Files.list(base)) {
                var found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(p -> String.format(Locale.ROOT, "%5s", p.getParent().getFileName())));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IOException("no PostgreSQL server binaries under /usr/lib/postgresql");
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out.trim());
        }
    }
}
