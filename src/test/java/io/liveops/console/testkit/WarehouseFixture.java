package io.liveops.console.testkit;

import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-filled warehouse of the contract schema on SQLite or PostgreSQL. Rows are given with Java
 * values ({@link #ts}, {@link #day}, Boolean, BigDecimal, numbers, strings) and stored the way the
 * contract says each dialect stores them (SQLite: TEXT timestamps, 0/1 booleans, REAL money).
 */
public final class WarehouseFixture implements AutoCloseable {

    private static final DateTimeFormatter SQLITE_TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Dialect dialect;
    private final String jdbcUrl;
    private final Connection connection;

    private WarehouseFixture(Dialect dialect, String jdbcUrl) {
        this.dialect = dialect;
        this.jdbcUrl = jdbcUrl;
        try {
            this.connection = DriverManager.getConnection(jdbcUrl);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the fixture warehouse " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /** A new warehouse with the contract schema and the recommended indexes; PostgreSQL comes from {@link PostgresTestServer}. */
    public static WarehouseFixture create(Dialect dialect, Path tempDir) {
        WarehouseFixture f = createWithoutIndexes(dialect, tempDir);
        f.runScript("sql/demo/recommended-indexes.sql");
        return f;
    }

    /** A new warehouse with the contract schema and only its primary keys: a warehouse the console did not build. */
    public static WarehouseFixture createWithoutIndexes(Dialect dialect, Path tempDir) {
        String url = switch (dialect) {
            case SQLITE -> "jdbc:sqlite:" + tempDir.resolve("warehouse-" + System.nanoTime() + ".db");
            case POSTGRESQL -> PostgresTestServer.createDatabase();
        };
        WarehouseFixture f = new WarehouseFixture(dialect, url);
        f.runScript("sql/demo/" + dialect.id() + "-schema.sql");
        return f;
    }

    public static LocalDateTime ts(String text) {
        return LocalDateTime.parse(text, SQLITE_TS);
    }

    public static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    public Dialect dialect() {
        return dialect;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Inserts one row: {@code row("users", "user_id", 1, "created_at", ts("2025-11-19 10:00:00"))}. */
    public WarehouseFixture row(String table, Object... columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("columns and values come in pairs");
        }
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            columns.add((String) columnsAndValues[i]);
            values.add(columnsAndValues[i + 1]);
        }
        // identifiers come from test code; values are bound
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                bind(ps, i + 1, values.get(i));
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Fixture insert failed: " + sql + " " + values + ": " + e.getMessage(), e);
        }
        return this;
    }

    public WarehouseFixture rows(String table, List<Map<String, Object>> rows) {
        for (Map<String, Object> r : rows) {
            Object[] pairs = new Object[r.size() * 2];
            int i = 0;
            for (Map.Entry<String, Object> e : r.entrySet()) {
                pairs[i++] = e.getKey();
                pairs[i++] = e.getValue();
            }
            row(table, pairs);
        }
        return this;
    }

    /** Runs a statement (e.g. DROP TABLE to simulate a warehouse that differs from the contract). */
    public WarehouseFixture execute(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Fixture statement failed: " + sql + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The console's read-only view of this warehouse. */
    public Warehouse open() {
        return Warehouse.open(WarehouseProfile.ofUrl(jdbcUrl), Map.of());
    }

    private void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            switch (value) {
                case LocalDateTime t -> ps.setString(index, t.format(SQLITE_TS));
                case LocalDate d -> ps.setString(index, d.toString());
                case Boolean b -> ps.setInt(index, b ? 1 : 0);
                case BigDecimal m -> ps.setDouble(index, m.doubleValue());
                case null -> ps.setObject(index, null);
                default -> ps.setObject(index, value);
            }
        } else {
            switch (value) {
                case LocalDateTime t -> ps.setObject(index, t);
                case LocalDate d -> ps.setObject(index, d);
                case Boolean b -> ps.setBoolean(index, b);
                case BigDecimal m -> ps.setBigDecimal(index, m);
                case null -> ps.setObject(index, null);
                default -> ps.setObject(index, value);
            }
        }
    }

    private void runScript(String resource) {
        String text;
        try (InputStream in = WarehouseFixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder withoutComments = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        for (String statement : withoutComments.toString().split(";")) {
            if (!statement.isBlank()) {
                execute(statement.strip());
            }
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the data stays; only the writer connection goes
        }
    }
}
