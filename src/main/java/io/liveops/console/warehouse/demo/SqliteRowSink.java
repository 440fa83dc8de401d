package io.liveops.console.warehouse.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes rows into SQLite with one batched prepared INSERT per table, in the contract's SQLite forms:
 * timestamps TEXT 'YYYY-MM-DD HH:MM:SS', dates TEXT 'YYYY-MM-DD', booleans 0/1, money REAL.
 */
public final class SqliteRowSink implements RowSink {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final int BATCH = 10_000;

    private final Connection connection;
    private final Map<DemoTable, Long> counts = new EnumMap<>(DemoTable.class);
    private DemoTable current;
    private PreparedStatement insert;
    private int pending;

    public SqliteRowSink(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void row(DemoTable table, Object... values) throws SQLException {
        if (table != current) {
            switchTo(table);
        }
        for (int i = 0; i < values.length; i++) {
            bind(i + 1, values[i]);
        }
        insert.addBatch();
        counts.merge(table, 1L, Long::sum);
        if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /** Flushes the last batch; call once after the generator is done. */
    public void finish() throws SQLException {
        closeCurrent();
        current = null;
    }

    public Map<DemoTable, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    private void switchTo(DemoTable table) throws SQLException {
        if (counts.containsKey(table)) {
            throw new IllegalStateException("Rows of " + table.tableName() + " arrived after another table's rows");
        }
        closeCurrent();
        String columns = String.join(", ", table.columns());
        String marks = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
        insert = connection.prepareStatement("INSERT INTO " + table.tableName() + " (" + columns + ") VALUES (" + marks + ")");
        current = table;
    }

    private void closeCurrent() throws SQLException {
        if (insert != null) {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
            insert.close();
            insert = null;
        }
    }

    private void bind(int index, Object value) throws SQLException {
        switch (value) {
            case null -> insert.setNull(index, Types.NULL);
            case Long l -> insert.setLong(index, l);
            case Integer n -> insert.setInt(index, n);
            case Double d -> insert.setDouble(index, d);
            case BigDecimal money -> insert.setDouble(index, money.doubleValue());
            case Boolean b -> insert.setInt(index, b ? 1 : 0);
            case LocalDateTime t -> insert.setString(index, TIMESTAMP.format(t));
            case LocalDate d -> insert.setString(index, d.toString());
            case String s -> insert.setString(index, s);
            default -> throw new IllegalArgumentException("Unsupported demo value type " + value.getClass().getName());
        }
    }
}
