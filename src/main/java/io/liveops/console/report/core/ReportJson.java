package io.liveops.console.report.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CLI's JSON of a week's numbers: {@code "week"}, {@code "from"}, {@code "to"} (the last day covered), {@code "partial"},
 * then one object per {@link ReportLine} key with {@code value}, {@code previous}, {@code change} and {@code change_unit}.
 * Numbers are unrounded, fractions are fractions (a relative change of +15 % is 0.15, one percentage point is 0.01), whole
 * counts are JSON integers, and a value the warehouse cannot give is null.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static ObjectNode json(WeeklyNumbers n) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("week", n.week().toString());
        root.put("from", n.from().toString());
        root.put("to", n.through().toString());
        root.put("partial", n.partial());
        for (LineFigure f : n.lines()) {
            ObjectNode line = root.putObject(f.line().key());
            put(line, "value", f.value(), f.line().whole());
            put(line, "previous", f.previous(), f.line().whole());
            put(line, "change", f.change(), f.line().whole() && f.line().changeUnit() == ChangeUnit.ABSOLUTE);
            line.put("change_unit", f.line().changeUnit().id());
        }
        return root;
    }

    public static String text(WeeklyNumbers n) {
        try {
            return new ObjectMapper().writeValueAsString(json(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the weekly report JSON", e);
        }
    }

    private static void put(ObjectNode node, String key, Double value, boolean whole) {
        if (value == null) {
            node.putNull(key);
        } else if (whole) {
            node.put(key, Math.round(value));
        } else {
            node.put(key, value.doubleValue());
        }
    }
}
