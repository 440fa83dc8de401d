package io.liveops.console.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveops.console.background.Cancellation;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseConnectorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private WarehouseSession session() {
        return new WarehouseSession(dir.resolve("config"), Map.of(), CLOCK, Duration.ofSeconds(10));
    }

    private WarehouseProfile savedFile() throws Exception {
        Path file = dir.resolve("saved.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("CREATE TABLE sessions (user_id TEXT, started_at TEXT)");
        }
        return new WarehouseProfile("Saved", "jdbc:sqlite:" + file, null, null);
    }

    @Test
    void theSavedWarehouseOpenedAheadIsHandedOverOnceThenOpenedAfresh() throws Exception {
        WarehouseProfile saved = savedFile();
        try (WarehouseSession session = session();
             WarehouseConnector connector = new WarehouseConnector(session, () -> Optional.of(saved), dir.resolve("demo.db"),
                     DemoWarehouse.Options.defaults(CLOCK))) {
            connector.beginOpeningSaved();
            WarehouseSession.Connection ahead = connector.open(saved, Cancellation.none()); // waits for the opening under way
            assertEquals(saved, ahead.profile());
            assertTrue(connector.takeOpenedAhead().isEmpty(), "handed over once only");
            WarehouseSession.Connection again = connector.open(saved, Cancellation.none());
            assertNotSame(ahead.warehouse(), again.warehouse());
            ahead.warehouse().close();
            again.warehouse().close();
        }
    }

    @Test
    void nothingIsOpenedAheadWhenTheDemoMustBeGeneratedFirst() {
        try (WarehouseSession session = session();
             WarehouseConnector connector = new WarehouseConnector(session, Optional::empty, dir.resolve("missing-demo.db"),
                     DemoWarehouse.Options.defaults(CLOCK))) {
            connector.beginOpeningSaved();
            assertTrue(connector.startPlan().generateDemoFirst());
            assertTrue(connector.takeOpenedAhead().isEmpty());
        }
    }
}
