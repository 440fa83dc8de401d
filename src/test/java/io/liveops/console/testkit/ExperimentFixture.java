package io.liveops.console.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A small experiment warehouse built from the contract schema (sql/demo/*-schema.sql):
 * <ul>
 * <li>{@code xp-win}: converted 450/1000 vs 520/1000 (the game team's worked example); session_crash 20/1000 vs 22/1000</li>
 * <li>{@code xp-flat}: revenue_usd per-user sums identical in both arms (1000 users each, values i % 10 for i-th user,
 *     spread over two events) → mean 4.5, difference 0</li>
 * <li>{@code xp-srm}: converted 225/500 vs 270/600 (equal plan): χ² = (500−550)²/550·2 = 9.09, p = 0.00257 → no alarm;
 *     and {@code xp-srm-bad}: 500 vs 700 users: χ² = 2·100²/600 = 33.33, p = 7.7e-9 → mismatch</li>
 * <li>{@code xp-crash}: converted 450/1000 vs 520/1000 but session_crash 20/1000 vs 80/1000 → guardrail degraded</li>
 * <li>{@code xp-one}: only a control arm</li>
 * <li>{@code xp-cuped}: revenue_usd with pre-exposure history: 8 users per arm exposed over two days; user k (1..8) spent
 *     k in the 14 days before exposure and k ± 0.5 after it (variant: one more), plus 100 twenty days before (outside the window)</li>
 * </ul>
 * Sessions: 7 days with 100, 110, …, 160 distinct users (mean 130).
 */
public final class ExperimentFixture {

    private ExperimentFixture() {}

    public static String sqlite(Path dir) throws SQLException, IOException {
        String url = "jdbc:sqlite:" + dir.resolve("experiments.db");
        try (Connection c = DriverManager.getConnection(url)) {
            load(c, "sqlite", true);
        }
        return url;
    }

    public static void load(Connection c, String dialect, boolean textTimes) throws SQLException, IOException {
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String file : new String[] {"sql/demo/" + dialect + "-schema.sql", "sql/demo/recommended-indexes.sql"}) {
                String body = resource(file).lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                for (String stmt : body.split(";")) {
                    if (!stmt.isBlank()) {
                        st.execute(stmt.trim());
                    }
                }
            }
        }
        Writer w = new Writer(c, textTimes);
        w.experiment("xp-win", "Winner", "converted", "2026-10-20");
        w.binaryArm("xp-win", "control", 1_000_000, 1000, 450, 20);
        w.binaryArm("xp-win", "variant", 2_000_000, 1000, 520, 22);
        w.experiment("xp-flat", "Flat", "revenue_usd", "2026-10-21");
        w.continuousArm("xp-flat", "control", 3_000_000, 1000);
        w.continuousArm("xp-flat", "variant", 4_000_000, 1000);
        w.experiment("xp-srm", "Mild imbalance", "converted", "2026-10-22");
        w.binaryArm("xp-srm", "control", 5_000_000, 500, 225, 0);
        w.binaryArm("xp-srm", "variant", 6_000_000, 600, 270, 0);
        w.experiment("xp-srm-bad", "Broken split", "converted", "2026-10-23");
        w.binaryArm("xp-srm-bad", "control", 7_000_000, 500, 225, 5);
        w.binaryArm("xp-srm-bad", "variant", 8_000_000, 700, 364, 7);
        w.experiment("xp-crash", "Crashy winner", "converted", "2026-10-24");
        w.binaryArm("xp-crash", "control", 9_000_000, 1000, 450, 20);
        w.binaryArm("xp-crash", "variant", 10_000_000, 1000, 520, 80);
        w.experiment("xp-one", "One arm", "converted", "2026-10-25");
        w.binaryArm("xp-one", "control", 11_000_000, 100, 10, 0);
        w.experiment("xp-cuped", "CUPED", "revenue_usd", "2026-10-26");
        w.cupedArm("xp-cuped", "control", 12_000_000, 0);
        w.cupedArm("xp-cuped", "variant", 13_000_000, 1);
        w.sessions();
        w.close();
        c.commit();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ExperimentFixture.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final class Writer {
        private final boolean text;
        private final PreparedStatement exp;
        private final PreparedStatement expo;
        private final PreparedStatement event;
        private final PreparedStatement session;
        private final LocalDateTime t0 = LocalDateTime.of(2026, 10, 25, 12, 0);

        Writer(Connection c, boolean text) throws SQLException {
            this.text = text;
            exp = c.prepareStatement("INSERT INTO experiments (experiment_id, name, primary_metric, started_on, ended_on) VALUES (?, ?, ?, ?, NULL)");
            expo = c.prepareStatement("INSERT INTO experiment_exposures (experiment_id, user_id, variant, exposed_at) VALUES (?, ?, ?, ?)");
            event = c.prepareStatement("INSERT INTO experiment_events (experiment_id, user_id, metric, value, occurred_at) VALUES (?, ?, ?, ?, ?)");
            session = c.prepareStatement("INSERT INTO sessions (session_id, user_id, started_at, duration_s, crashed, client_version) VALUES (?, ?, ?, 60, ?, '1.0')");
        }

        void experiment(String id, String name, String metric, String day) throws SQLException {
            exp.setString(1, id);
            exp.setString(2, name);
            exp.setString(3, metric);
            if (text) {
                exp.setString(4, day);
            } else {
                exp.setObject(4, LocalDate.parse(day));
            }
            exp.executeUpdate();
        }

        void binaryArm(String id, String variant, long firstUser, int users, int converted, int crashed) throws SQLException {
            for (int i = 0; i < users; i++) {
                long u = firstUser + i;
                exposure(id, u, variant);
                if (i < converted) {
                    event(id, u, "converted", 1.0);
                    if (i % 3 == 0) {
                        event(id, u, "converted", 1.0); // a second conversion event must not count twice
                    }
                }
                if (i >= users - crashed) {
                    event(id, u, "session_crash", 1.0);
                }
            }
            expo.executeBatch();
            event.executeBatch();
        }

        void continuousArm(String id, String variant, long firstUser, int users) throws SQLException {
            for (int i = 0; i < users; i++) {
                long u = firstUser + i;
                exposure(id, u, variant);
                int v = i % 10;
                if (v > 0) {
                    event(id, u, "revenue_usd", v - 0.5);
                    event(id, u, "revenue_usd", 0.5);
                }
            }
            expo.executeBatch();
            event.executeBatch();
        }

        void cupedArm(String id, String variant, long firstUser, double lift) throws SQLException {
            for (int k = 1; k <= 8; k++) {
                long u = firstUser + k;
                LocalDateTime at = t0.plusDays(k % 2);
                expo.setString(1, id);
                expo.setLong(2, u);
                expo.setString(3, variant);
                time(expo, 4, at);
                expo.addBatch();
                event(id, u, "revenue_usd", k, at.minusDays(3));
                event(id, u, "revenue_usd", 100, at.minusDays(20));
                event(id, u, "revenue_usd", k + lift + (k % 2 == 1 ? 0.5 : -0.5), at.plusHours(1));
            }
            expo.executeBatch();
            event.executeBatch();
        }

        void sessions() throws SQLException {
            long sid = 1;
            for (int d = 0; d < 7; d++) {
                for (int u = 0; u < 100 + 10 * d; u++) {
                    for (int k = 0; k < 2; k++) {
                        session.setLong(1, sid++);
                        session.setLong(2, u);
                        time(session, 3, LocalDateTime.of(2026, 11, 1 + d, 8 + k, 0));
                        if (text) {
                            session.setInt(4, 0);
                        } else {
                            session.setBoolean(4, false);
                        }
                        session.addBatch();
                    }
                }
            }
            session.executeBatch();
        }

        private void exposure(String id, long u, String variant) throws SQLException {
            expo.setString(1, id);
            expo.setLong(2, u);
            expo.setString(3, variant);
            time(expo, 4, t0);
            expo.addBatch();
        }

        private void event(String id, long u, String metric, double v) throws SQLException {
            event(id, u, metric, v, t0.plusHours(1));
        }

        private void event(String id, long u, String metric, double v, LocalDateTime at) throws SQLException {
            event.setString(1, id);
            event.setLong(2, u);
            event.setString(3, metric);
            event.setDouble(4, v);
            time(event, 5, at);
            event.addBatch();
        }

        private void time(PreparedStatement ps, int i, LocalDateTime t) throws SQLException {
            if (text) {
                ps.setString(i, t.toString().replace('T', ' ') + ":00");
            } else {
                ps.setTimestamp(i, Timestamp.valueOf(t));
            }
        }

        void close() throws SQLException {
            exp.close();
            expo.close();
            event.close();
            session.close();
        }
    }
}
