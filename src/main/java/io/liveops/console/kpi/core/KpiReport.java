package io.liveops.console.kpi.core;

import io.liveops.console.shared.Status;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Machine and terminal renderings of a snapshot (the CLI's {@code kpi} command, exports). */
public final class KpiReport {

    private static final long MAX_EXACT_LONG = 1L << 53;

    private KpiReport() {}

    /**
     * {@code {"as_of":"2025-11-20","dialect":"sqlite","kpis":{"dau":375,…},"status":{"dau":"ok",…}}}: every
     * catalogue id in catalogue order, keyed KPIs as one entry per key ({@code watch_change_24h:BTC}); counts as
     * JSON integers, null where there is no value.
     */
    public static ObjectNode json(KpiSnapshot snapshot) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("as_of", snapshot.asOf().toString());
        root.put("dialect", snapshot.dialect().id());
        ObjectNode kpis = root.putObject("kpis");
        ObjectNode status = root.putObject("status");
        for (Entry e : entries(snapshot)) {
            if (e.value() == null) {
                kpis.putNull(e.id());
            } else if (e.integral()) {
                kpis.put(e.id(), (long) e.value().doubleValue());
            } else {
                kpis.put(e.id(), e.value().doubleValue());
            }
            status.put(e.id(), e.status().id());
        }
        return root;
    }

    /** Columns kpi, value, status, error; a header row; empty cells for no value or no error. */
    public static String csv(KpiSnapshot snapshot) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = mapper.schemaFor(CsvRow.class).withHeader();
        List<CsvRow> rows = new ArrayList<>();
        for (Entry e : entries(snapshot)) {
            rows.add(new CsvRow(e.id(), plainNumber(e), e.status().id(), e.error()));
        }
        try {
            return mapper.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the KPI CSV", e);
        }
    }

    /** Compact JSON text of {@link #json}. */
    public static String jsonText(KpiSnapshot snapshot) {
        try {
            return new ObjectMapper().writeValueAsString(json(snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the KPI JSON", e);
        }
    }

    /** A JSON array of {@link #json} documents, one per day of the history, oldest first. */
    public static String jsonText(KpiHistory history) {
        ArrayNode days = JsonNodeFactory.instance.arrayNode();
        history.snapshots().forEach(s -> days.add(json(s)));
        try {
            return new ObjectMapper().writeValueAsString(days);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the KPI JSON", e);
        }
    }

    /** One row per day, oldest first: a column day, then one column per KPI value id (empty cells for no value). */
    public static String csv(KpiHistory history) {
        Set<String> ids = new LinkedHashSet<>();
        Map<LocalDate, Map<String, String>> cells = new LinkedHashMap<>();
        for (KpiSnapshot s : history.snapshots()) {
            Map<String, String> row = new LinkedHashMap<>();
            for (Entry e : entries(s)) {
                ids.add(e.id());
                row.put(e.id(), plainNumber(e));
            }
            cells.put(s.asOf(), row);
        }
        CsvSchema.Builder schema = CsvSchema.builder().addColumn("day");
        ids.forEach(schema::addColumn);
        List<Map<String, String>> rows = new ArrayList<>();
        cells.forEach((day, row) -> {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("day", day.toString());
            ids.forEach(id -> r.put(id, row.getOrDefault(id, "")));
            rows.add(r);
        });
        try {
            return new CsvMapper().writer(schema.build().withHeader()).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the KPI CSV", e);
        }
    }

    /**
     * Aligned plain text for a terminal: KPI, the value as the board shows it ({@link KpiReading#valueText}), status,
     * and the error where there is one.
     */
    public static String table(KpiSnapshot snapshot, List<KpiReading> readings) {
        Map<String, String> shown = new LinkedHashMap<>();
        readings.forEach(r -> shown.put(r.id(), r.value() == null ? "-" : r.valueText()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"KPI", "VALUE", "STATUS", "ERROR"});
        for (Entry e : entries(snapshot)) {
            rows.add(new String[] {e.id(), shown.getOrDefault(e.id(), "-"), e.status().id(), e.error() == null ? "" : e.error()});
        }
        int[] width = new int[3];
        for (String[] r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("KPIs as of ").append(snapshot.asOf()).append(" (").append(snapshot.dialect().id()).append(", ")
                .append(snapshot.totalMillis()).append(" ms)").append(System.lineSeparator());
        for (String[] r : rows) {
            String line = String.format(Locale.ROOT, "%-" + width[0] + "s  %" + width[1] + "s  %-" + width[2] + "s  %s", r[0], r[1], r[2], r[3]);
            sb.append(line.stripTrailing()).append(System.lineSeparator());
        }
        return sb.toString();
    }

    @JsonPropertyOrder({"kpi", "value", "status", "error"})
    record CsvRow(String kpi, String value, String status, String error) {
    }

    private record Entry(String id, Double value, Status status, String error, Unit unit) {
        boolean integral() {
            return value != null && unit.integral() && value == Math.rint(value) && Math.abs(value) < MAX_EXACT_LONG;
        }
    }

    /** Catalogue order; a keyed KPI contributes its keys in snapshot order (sorted by key), or its bare id when it failed. */
    private static List<Entry> entries(KpiSnapshot snapshot) {
        List<Entry> entries = new ArrayList<>();
        for (KpiDefinition def : KpiCatalog.standard().all()) {
            List<KpiValue> matching = snapshot.values().stream()
                    .filter(v -> v.id().equals(def.id()) || (def.keyed() && KpiCatalog.baseId(v.id()).equals(def.id())))
                    .toList();
            if (matching.isEmpty() && !def.keyed()) {
                entries.add(new Entry(def.id(), null, Status.UNKNOWN, null, def.unit()));
            }
            for (KpiValue v : matching) {
                entries.add(new Entry(v.id(), v.value(), v.status(), v.error(), def.unit()));
            }
        }
        return entries;
    }

    private static String plainNumber(Entry e) {
        if (e.value() == null) {
            return "";
        }
        return e.integral() ? Long.toString((long) e.value().doubleValue()) : Double.toString(e.value());
    }
}
