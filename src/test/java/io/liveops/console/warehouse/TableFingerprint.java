package io.liveops.console.warehouse;

import io.liveops.console.warehouse.demo.DemoTable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.zip.CRC32C;

/**
 * An order-independent fingerprint of a table's rows with values normalised across dialects
 * (timestamps and dates as contract text, booleans as 0/1, money and doubles as doubles), so a
 * SQLite and a PostgreSQL copy of the same rows give the same number.
 */
final class TableFingerprint {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    record Result(long rows, long hash) {}

    private TableFingerprint() {}

    static Result of(Connection c, DemoTable table) throws SQLException {
        long rows = 0;
        long hash = 0;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + String.join(", ", table.columns()) + " FROM " + table.tableName())) {
            int n = table.columns().size();
            StringBuilder row = new StringBuilder();
            while (rs.next()) {
                row.setLength(0);
                for (int i = 1; i <= n; i++) {
                    row.append(normalise(rs.getObject(i))).append('\u0001');
                }
                CRC32C crc = new CRC32C();
                byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
                crc.update(bytes);
                // two independent 32-bit hashes per row so a sum over rows rarely collides
                hash += (crc.getValue() << 32) ^ row.toString().hashCode();
                rows++;
            }
        }
        return new Result(rows, hash);
    }

    private static String normalise(Object v) {
        return switch (v) {
            case null -> "NULL";
            case Timestamp t -> TS.format(t.toLocalDateTime());
            case Date d -> d.toLocalDate().toString();
            case Boolean b -> b ? "1" : "0";
            case BigDecimal m -> Double.toString(m.doubleValue());
            case Double d -> Double.toString(d);
            case Float f -> Double.toString(f.doubleValue());
            case Number i -> Long.toString(i.longValue());
            default -> v.toString();
        };
    }
}
