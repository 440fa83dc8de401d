package io.liveops.console.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Faults a team database meets in production, made on demand on the test server. */
public final class PostgresFaults {

    private PostgresFaults() {}

    /**
     * Makes the server end the connection of whoever inserts a row into {@code table} whose {@code column}
     * equals {@code value}, in the middle of that insert: the backend terminates itself from a trigger,
     * which is what a restart does to a session ("terminating connection due to administrator command", 57P01).
     */
    public static void terminateConnectionOnInsert(String url, String table, String column, String value) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE FUNCTION liveops_test_terminate() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    + "BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$");
            st.execute("CREATE TRIGGER liveops_test_terminate BEFORE INSERT ON " + table + " FOR EACH ROW WHEN (NEW." + column
                    + " = '" + value.replace("'", "''") + "') EXECUTE FUNCTION liveops_test_terminate()");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot install the terminating trigger on " + table + ": " + e.getMessage(), e);
        }
    }
}
