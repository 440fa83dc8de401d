package io.liveops.console.state;

import io.liveops.console.testkit.StateBackend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liveops.console.testkit.PostgresFaults;
import io.liveops.console.testkit.PostgresTestServer;
import io.liveops.console.warehouse.WarehouseProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Tag("postgres")
class StateStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void sqliteMigratesFromEmptyInWalModeWithFullSync() throws Exception {
        Path file = tmp.resolve("nested/folder/state.db");
        try (StateStore store = StateStore.openSqlite(file, CLOCK)) {
            assertThat(store.teamMode()).isFalse();
            assertThat(store.describe()).contains(file.toAbsolutePath().toString());
            String sync = store.read("check", c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA synchronous")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(sync).isEqualTo("2"); // FULL
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
            assertThat(tables(c, "SELECT name FROM sqlite_master WHERE type = 'table'"))
                    .contains("settings", "connection_profiles", "active_connection_profile", "alert_history",
                            "alert_key_levels", "alert_snoozes", "flyway_schema_history");
            try (ResultSet rs = st.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("1");
                assertThat(rs.getInt(2)).isEqualTo(1);
            }
        }
    }

    @Test
    void postgresMigratesFromEmpty() throws Exception {
        String url = PostgresTestServer.createDatabase();
        try (StateStore store = StateStore.openPostgres(url, null, null, CLOCK)) {
            assertThat(store.teamMode()).isTrue();
            assertThat(store.describe()).startsWith("team state database jdbc:postgresql:");
        }
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(tables(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"))
                    .contains("settings", "connection_profiles", "active_connection_profile", "alert_history",
                            "alert_key_levels", "alert_snoozes", "flyway_schema_history");
            List<String> passwordColumns = tables(c, "SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND column_name LIKE '%password%'");
            assertThat(passwordColumns).containsExactly("password_env");
        }
        // a second open finds the schema current and migrates nothing
        try (StateStore again = StateStore.openPostgres(url, null, null, CLOCK)) {
            assertThat(again.settings().all()).isEmpty();
        }
    }

    /**
     * The server ends the connection in the middle of a save (as a restart does): the user reads that
     * the team database restarted, and the driver's own error stays the cause; what the rollback and the
     * auto-commit reset then threw on the dead connection is kept as suppressed, not in its place.
     */
    @Test
    void aConnectionEndedMidSaveReportsTheRealCause() {
        String url = PostgresTestServer.createDatabase();
        try (StateStore store = StateStore.openPostgres(url, null, null, CLOCK)) {
            PostgresFaults.terminateConnectionOnInsert(url, "settings", "name", "doomed");
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> store.settings().put("doomed", "1"));
            assertThat(thrown).isInstanceOf(StateStoreException.class)
                    .hasMessage("Could not save setting 'doomed': the team database restarted (the server ended the connection).");
            StateStoreException e = (StateStoreException) thrown;
            assertThat(e.connectionLost()).isTrue();
            assertThat(e.getCause()).isInstanceOf(java.sql.SQLException.class)
                    .hasMessageContaining("terminating connection due to administrator command");
            assertThat(((java.sql.SQLException) e.getCause()).getSQLState()).isEqualTo("57P01");
            assertThat(e.getCause().getSuppressed()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s).hasMessageContaining("closed"));
            // the pool hands out a fresh connection: the next save works, the failed one left nothing
            store.settings().put("theme", "\"dark\"");
            assertThat(store.settings().get("theme")).contains("\"dark\"");
            assertThat(store.settings().get("doomed")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(StateBackend.class)
    void aWriteSurvivesCloseAndReopen(StateBackend backend) {
        String location = backend.freshLocation(tmp);
        try (StateStore store = backend.open(location, CLOCK)) {
            store.settings().put("theme", "\"dark\"");
            store.connectionProfiles().save(new WarehouseProfile("Prod", "jdbc:postgresql://db:5432/wh", "director", "WH_PW"));
            store.connectionProfiles().setActive("Prod");
        }
        try (StateStore store = backend.open(location, CLOCK)) {
            assertThat(store.settings().get("theme")).contains("\"dark\"");
            assertThat(store.connectionProfiles().active()).map(WarehouseProfile::name).contains("Prod");
        }
    }

    @Test
    void sqliteFileOfSomethingElseIsReportedWithItsPath() throws Exception {
        Path file = tmp.resolve("state.db");
        Files.writeString(file, "this is a text file, not a database ".repeat(200));
        assertThatThrownBy(() -> StateStore.openSqlite(file, CLOCK))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("is not a SQLite database");
    }

    @Test
    void unwritableFolderIsReportedWithItsPath() throws Exception {
        Path blocker = tmp.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        Path file = blocker.resolve("state.db");
        assertThatThrownBy(() -> StateStore.openSqlite(file, CLOCK))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("not writable");
    }

    @Test
    void stateFileLockedByAnotherProgramIsReportedWithItsPath() throws Exception {
        Path file = tmp.resolve("state.db");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = other.createStatement()) {
            st.execute("CREATE TABLE other_program (x INTEGER)");
            other.setAutoCommit(false);
            st.execute("INSERT INTO other_program VALUES (1)"); // holds the write lock until rollback
            assertThatThrownBy(() -> StateStore.openSqlite(file, CLOCK, Duration.ofMillis(200)))
                    .isInstanceOf(StateStoreException.class)
                    .hasMessageContaining(file.toAbsolutePath().toString())
                    .hasMessageContaining("locked");
            other.rollback();
        }
    }

    @Test
    void unreachableTeamDatabaseIsOneSentence() {
        assertThatThrownBy(() -> StateStore.openPostgres("jdbc:postgresql://127.0.0.1:1/state?password=secret", "u", null, CLOCK))
                .isInstanceOf(StateStoreException.class)
                .hasMessageStartingWith("Cannot reach the team state database jdbc:postgresql://127.0.0.1:1/state?password=***")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    }

    private static List<String> tables(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
