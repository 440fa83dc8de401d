package io.liveops.console.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.liveops.console.background.Cancellation;
import io.liveops.console.testkit.PostgresTestServer;
import io.liveops.console.warehouse.DemoWarehouse.Options;
import io.liveops.console.warehouse.DemoWarehouse.Stats;
import io.liveops.console.warehouse.demo.DemoTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("postgres")
class DemoWarehousePostgresTest {

    private static final Options SMALL = new Options(Options.DEFAULT_SEED, LocalDate.parse("2025-02-28"), 75, 0.05);

    @Test
    void postgresGetsExactlyTheRowsSqliteGets(@TempDir Path dir) throws SQLException {
        String url = PostgresTestServer.createDatabase();
        Path file = dir.resolve("demo.sqlite");
        Stats sqlite = DemoWarehouse.writeSqlite(file, SMALL, (f, m) -> { }, Cancellation.none());
        Stats pg = DemoWarehouse.loadPostgres(url, null, null, SMALL, (f, m) -> { }, Cancellation.none());
        System.err.printf("PostgreSQL demo load: %d rows in %d ms%n", pg.totalRows(), pg.millis());

        assertThat(pg.rowCounts()).isEqualTo(sqlite.rowCounts());
        try (Connection s = DemoWarehouseTest.open(file); Connection p = DriverManager.getConnection(url)) {
            for (DemoTable t : DemoTable.values()) {
                TableFingerprint.Result inSqlite = TableFingerprint.of(s, t);
                assertThat(inSqlite.rows()).as(t.tableName()).isEqualTo(sqlite.rows(t.tableName()));
                assertThat(TableFingerprint.of(p, t)).as(t.tableName()).isEqualTo(inSqlite);
            }
            String[] aggregates = {
                    "SELECT sum(latency_ms) FROM api_requests",
                    "SELECT count(*) FROM api_requests WHERE status_code >= 500",
                    "SELECT count(*) FROM sessions WHERE crashed = 1",
                    "SELECT sum(amount) FROM economy_ledger WHERE currency = 'gold'",
                    "SELECT sum(monthly_price_usd) FROM subscriptions WHERE ended_at IS NULL",
                    "SELECT sum(unit_price * quantity) FROM market_trades",
                    "SELECT count(*) FROM sessions WHERE started_at >= '2025-02-28 00:00:00'",
                    "SELECT sum(value) FROM experiment_events WHERE metric = 'revenue_usd'",
            };
            for (String sql : aggregates) {
                String pgSql = sql.replace("crashed = 1", "crashed");
                assertThat(scalar(p, pgSql)).as(sql).isCloseTo(scalar(s, sql), offset(1e-6 * Math.max(1, Math.abs(scalar(s, sql)))));
            }
            assertThat(scalar(p, "SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'idx_%'")).isEqualTo(13);
            assertThat(scalar(p, "SELECT count(*) FROM pg_stats WHERE tablename = 'sessions'")).isGreaterThan(0);
        }
    }

    @Test
    void refusesADatabaseThatAlreadyHasWarehouseTables() throws SQLException {
        String url = PostgresTestServer.createDatabase();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE users (user_id BIGINT PRIMARY KEY)");
        }
        assertThatThrownBy(() -> DemoWarehouse.loadPostgres(url, null, null, SMALL, (f, m) -> { }, Cancellation.none()))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("already has warehouse tables (users)")
                .hasMessageContaining("empty database");
    }

    @Test
    void cancellationRollsEverythingBack() throws SQLException {
        String url = PostgresTestServer.createDatabase();
        Cancellation cancellation = new Cancellation();
        assertThatThrownBy(() -> DemoWarehouse.loadPostgres(url, null, null, SMALL, (f, m) -> {
            if (f > 0.4) {
                cancellation.cancel();
            }
        }, cancellation)).isInstanceOf(Cancellation.CancelledException.class);
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(scalar(c, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")).isZero();
        }
        Stats retry = DemoWarehouse.loadPostgres(url, null, null, SMALL, (f, m) -> { }, Cancellation.none());
        assertThat(retry.rows("users")).isEqualTo(1000);
    }

    private static double scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }
}
