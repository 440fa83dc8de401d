package io.liveops.console.warehouse.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into PostgreSQL with one {@code COPY ... FROM STDIN (FORMAT csv)} per table. Jackson's
 * CSV generator does the quoting; an unquoted empty field is NULL, empty strings are always quoted.
 * Tables must arrive one after the other: a connection runs one COPY at a time.
 */
public final class PostgresCopyRowSink implements RowSink {

    private final CopyManager copyManager;
    private final CsvMapper csv = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .build();
    private final Map<DemoTable, Long> counts = new EnumMap<>(DemoTable.class);
    private DemoTable current;
    private CopyIn copyIn;
    private JsonGenerator generator;

    public PostgresCopyRowSink(CopyManager copyManager) {
        this.copyManager = copyManager;
    }

    @Override
    public void row(DemoTable table, Object... values) throws IOException, SQLException {
        if (table != current) {
            switchTo(table);
        }
        generator.writeStartArray();
        for (Object value : values) {
            write(value);
        }
        generator.writeEndArray();
        counts.merge(table, 1L, Long::sum);
    }

    /** Ends the last COPY; call once after the generator is done. */
    public void finish() throws IOException {
        endCurrent();
        current = null;
    }

    /** Abandons a COPY in flight (cancellation or failure); the caller rolls the transaction back. */
    public void abort() {
        try {
            if (copyIn != null && copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the rollback that follows discards the COPY anyway
        }
        copyIn = null;
        generator = null;
    }

    public Map<DemoTable, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    private void switchTo(DemoTable table) throws IOException, SQLException {
        if (counts.containsKey(table)) {
            throw new IllegalStateException("Rows of " + table.tableName() + " arrived after another table's rows");
        }
        endCurrent();
        // FREEZE: the tables were created in this transaction, so rows can be written frozen
        copyIn = copyManager.copyIn("COPY " + table.tableName() + " (" + String.join(", ", table.columns())
                + ") FROM STDIN WITH (FORMAT csv, FREEZE true)");
        generator = csv.getFactory().createGenerator(new PGCopyOutputStream(copyIn, 1 << 16));
        ((CsvGenerator) generator).setSchema(CsvSchema.emptySchema());
        current = table;
    }

    private void endCurrent() throws IOException {
        if (generator != null) {
            generator.close(); // flushes and closes the copy stream, which ends the COPY
            generator = null;
            copyIn = null;
        }
    }

    private void write(Object value) throws IOException {
        switch (value) {
            case null -> generator.writeNull();
            case Long l -> generator.writeNumber(l);
            case Integer n -> generator.writeNumber(n);
            case Double d -> generator.writeNumber(d);
            case BigDecimal money -> generator.writeNumber(money);
            case Boolean b -> generator.writeBoolean(b);
            case LocalDateTime t -> generator.writeString(SqliteRowSink.TIMESTAMP.format(t));
            case LocalDate d -> generator.writeString(d.toString());
            case String s -> generator.writeString(s);
            default -> throw new IllegalArgumentException("Unsupported demo value type " + value.getClass().getName());
        }
    }
}
