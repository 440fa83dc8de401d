package io.liveops.console.calendar.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;

/** The items of a range as CSV (Jackson CSV: quoting of commas, quotes and line breaks in bodies is its job). */
public final class ItemCsv {

    @JsonPropertyOrder({"uid", "title", "channel", "start", "end", "zone", "start_utc", "status", "owner", "rule", "generated", "link", "notes", "body"})
    record Row(String uid, String title, String channel, String start, String end, String zone, String start_utc, String status, String owner,
               String rule, boolean generated, String link, String notes, String body) {}

    private ItemCsv() {}

    public static String write(List<CalendarItem> items) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = mapper.schemaFor(Row.class).withHeader();
        List<Row> rows = items.stream().map(i -> new Row(ICalendarCodec.uidOf(i), i.title(), i.channel().id(), i.start().toString(),
                i.end() == null ? "" : i.end().toString(), i.zone().getId(), i.startInstant().toString(), i.status().id(), i.owner(),
                i.ruleId() == null ? "" : i.ruleId(), i.generated(), i.link(), i.notes(), i.body())).toList();
        try {
            return mapper.writer(schema).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the CSV: " + e.getMessage(), e);
        }
    }
}
