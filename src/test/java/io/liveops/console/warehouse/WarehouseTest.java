package io.liveops.console.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.background.Cancellation;
import io.liveops.console.testkit.PostgresTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("postgres")
class WarehouseTest {

    private static final Duration T = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private Path sqliteWithOneTable() throws Exception {
        Path file = dir.resolve("w.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, user_id INTEGER, started_at TEXT)");
            st.execute("INSERT INTO sessions VALUES (1, 7, '2025-11-20 10:00:00'), (2, 8, '2025-11-21 00:00:00')");
        }
        return file;
    }

    @Test
    void unknownSchemeIsNamedWithWhatIsSupported() {
        assertThatThrownBy(() -> Dialect.fromJdbcUrl("jdbc:mysql://db:3306/analytics"))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("Unknown JDBC scheme 'mysql'")
                .hasMessageContaining("jdbc:postgresql://")
                .hasMessageContaining("jdbc:sqlite:");
        assertThat(Dialect.fromJdbcUrl("jdbc:sqlite:/tmp/x.db")).isEqualTo(Dialect.SQLITE);
        assertThat(Dialect.fromJdbcUrl("JDBC:POSTGRESQL://h/db")).isEqualTo(Dialect.POSTGRESQL);
    }

    @Test
    void asOfParametersAreBoundAsTheContractStoresDays() throws Exception {
        Path file = sqliteWithOneTable();
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl("jdbc:sqlite:" + file), Map.of())) {
            long n = w.queryAsOf("SELECT count(*) FROM sessions WHERE started_at >= ? AND started_at < date(?, '+1 day')",
                    LocalDate.of(2025, 11, 20), T, Cancellation.none(), rs -> {
                        rs.next();
                        return rs.getLong(1);
                    });
            assertThat(n).as("only the session on 2025-11-20; midnight of the 21st belongs to the next day").isEqualTo(1);
        }
    }

    @Test
    void sqliteWarehouseIsOpenedReadOnly() throws Exception {
        Path file = sqliteWithOneTable();
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl("jdbc:sqlite:" + file), Map.of())) {
            assertThatThrownBy(() -> w.query("DELETE FROM sessions", List.of(), T, Cancellation.none(), rs -> null))
                    .isInstanceOf(WarehouseException.class);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM sessions");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void missingSqliteFileIsReportedNotCreated() {
        Path missing = dir.resolve("nope.db");
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl("jdbc:sqlite:" + missing), Map.of())) {
            assertThatThrownBy(() -> w.query("SELECT 1", List.of(), T, Cancellation.none(), rs -> null))
                    .isInstanceOf(WarehouseException.class)
                    .hasMessageContaining("does not exist or is not readable");
        }
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void unreachableHostSaysCannotReach() {
        WarehouseProfile p = new WarehouseProfile("Prod", "jdbc:postgresql://127.0.0.1:1/analytics", "reader", null);
        try (Warehouse w = Warehouse.open(p, Map.of())) {
            assertThatThrownBy(() -> w.query("SELECT 1", List.of(), T, Cancellation.none(), rs -> null))
                    .isInstanceOf(WarehouseException.class)
                    .hasMessageStartingWith("Cannot reach warehouse 'Prod' (jdbc:postgresql://127.0.0.1:1/analytics)");
        }
    }

    @Test
    void missingPasswordVariableIsNamed() {
        WarehouseProfile p = new WarehouseProfile("Prod", "jdbc:postgresql://127.0.0.1:1/analytics", "reader", "WH_PASSWORD");
        assertThatThrownBy(() -> Warehouse.open(p, Map.of()))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("WH_PASSWORD")
                .hasMessageContaining("not set");
    }

    @Test
    void wrongPasswordOnRealPostgresSaysLoginRefused() {
        String url = PostgresTestServer.createDatabase();
        String noSecret = url.replaceAll("[?&]password=[^&]*", "").replaceAll("[?&]user=[^&]*", "");
        WarehouseProfile p = new WarehouseProfile("Team PG", noSecret, "postgres", "WH_PW");
        try (Warehouse w = Warehouse.open(p, Map.of("WH_PW", "definitely-wrong"))) {
            assertThatThrownBy(() -> w.query("SELECT 1", List.of(), T, Cancellation.none(), rs -> null))
                    .isInstanceOf(WarehouseException.class)
                    .hasMessageContaining("refused the login for user 'postgres'")
                    .hasMessageNotContaining("definitely-wrong");
        }
    }

    @Test
    void postgresConnectionsAreReadOnly() throws Exception {
        String url = PostgresTestServer.createDatabase();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE sessions (session_id BIGINT PRIMARY KEY, started_at TIMESTAMP)");
            st.execute("INSERT INTO sessions VALUES (1, '2025-11-20 10:00:00')");
        }
        try (Warehouse w = Warehouse.open(WarehouseProfile.ofUrl(url), Map.of())) {
            long n = w.queryAsOf("SELECT count(*) FROM sessions WHERE started_at >= CAST(? AS date) AND started_at < CAST(? AS date) + 1", LocalDate.of(2025, 11, 20),
                    T, Cancellation.none(), rs -> {
                        rs.next();
                        return rs.getLong(1);
                    });
            assertThat(n).isEqualTo(1);
            assertThatThrownBy(() -> w.query("DELETE FROM sessions", List.of(), T, Cancellation.none(), rs -> null))
                    .isInstanceOf(WarehouseException.class)
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void userOverrideWinsOverTheShippedSqlFile() throws Exception {
        SqlCatalog shipped = new SqlCatalog(Dialect.SQLITE, dir);
        assertThat(shipped.load("latest_day").overridden()).isFalse();
        assertThat(shipped.load("latest_day").source()).isEqualTo("sql/warehouse/sqlite/latest_day.sql");
        Path override = dir.resolve("sql/warehouse/sqlite/latest_day.sql");
        Files.createDirectories(override.getParent());
        Files.writeString(override, "SELECT '2025-01-01' AS value");
        SqlCatalog withOverride = new SqlCatalog(Dialect.SQLITE, dir);
        assertThat(withOverride.load("latest_day").sql()).isEqualTo("SELECT '2025-01-01' AS value");
        assertThat(withOverride.load("latest_day").source()).isEqualTo(override.toString());
        assertThatThrownBy(() -> withOverride.load("no_such_kpi")).hasMessageContaining("sql/warehouse/sqlite/no_such_kpi.sql");
    }

    @Test
    void passwordsInUrlsAreMaskedForDisplay() {
        WarehouseProfile p = new WarehouseProfile("x", "jdbc:postgresql://h/db?user=a&password=s3cret", null, null);
        assertThat(p.safeUrl()).isEqualTo("jdbc:postgresql://h/db?user=a&password=***");
    }
}
