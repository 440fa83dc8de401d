package io.liveops.console.testkit;

import io.liveops.console.state.StateStore;

import java.nio.file.Path;
import java.time.Clock;

/** The two places state can live; each test gets a fresh, empty one it can open again after closing. */
public enum StateBackend {
    SQLITE, POSTGRESQL;

    /** A fresh location: a file path under {@code tempDir}, or a new database on the test PostgreSQL server. */
    public String freshLocation(Path tempDir) {
        return this == SQLITE ? tempDir.resolve("state.db").toString() : PostgresTestServer.createDatabase();
    }

    public StateStore open(String location, Clock clock) {
        return this == SQLITE ? StateStore.openSqlite(Path.of(location), clock) : StateStore.openPostgres(location, null, null, clock);
    }
}
