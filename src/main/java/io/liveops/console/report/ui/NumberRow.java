package io.liveops.console.report.ui;

import io.liveops.console.report.core.LineFigure;
import io.liveops.console.report.core.ReportMarkdown;
import io.liveops.console.report.core.WeeklyNumbers;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the numbers panel, formatted as the report formats it ("1,250", "n/a", "+15.0 %", "-1.0 pp", "+50"); a cell
 * with a note ends in " *" and the note is listed under the table.
 */
public record NumberRow(String line, String value, String previous, String change) {

    static final String MARK = " *";

    static List<NumberRow> of(WeeklyNumbers numbers, ReportMarkdown format) {
        List<NumberRow> rows = new ArrayList<>();
        for (LineFigure f : numbers.lines()) {
            rows.add(new NumberRow(f.line().label(), format.valueText(f) + (f.valueNote() == null ? "" : MARK),
                    format.valueText(f.line(), f.previous()),
                    format.changeText(f) + (f.changeNote() == null ? "" : MARK)));
        }
        return rows;
    }

    /** The notes of the panel, one per line: "Discord DAU (mean): mean of the 6 days …". */
    static String notes(WeeklyNumbers numbers) {
        StringBuilder sb = new StringBuilder();
        for (LineFigure f : numbers.lines()) {
            if (f.valueNote() != null) {
                sb.append(sb.isEmpty() ? "" : "\n").append("* ").append(f.line().label()).append(": ").append(f.valueNote()).append('.');
            }
            if (f.changeNote() != null) {
                sb.append(sb.isEmpty() ? "" : "\n").append("* ").append(f.line().label()).append(", change: ").append(f.changeNote()).append('.');
            }
        }
        for (String error : numbers.errors()) {
            sb.append(sb.isEmpty() ? "" : "\n").append("Error: ").append(error);
        }
        return sb.toString();
    }
}
