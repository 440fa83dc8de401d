package io.liveops.console.report.core;

import java.util.Objects;

/**
 * One line of the report: this week's value, the previous week's, and the change in the line's {@link ChangeUnit}. A value
 * the warehouse cannot give is null (shown as "n/a"), never 0, and its note says why.
 *
 * @param valueNote  why this week's value is missing, or a caveat on it (a mean over fewer days); null when there is none
 * @param changeNote why there is no change (the previous week's value is missing or 0), or a caveat on the previous value;
 *                   null when there is none
 */
public record LineFigure(ReportLine line, Double value, Double previous, Double change, String valueNote, String changeNote) {

    public LineFigure {
        Objects.requireNonNull(line, "line");
    }

    /** Combines this week's and the previous week's figure; the change follows the line's unit. */
    static LineFigure of(ReportLine line, WeekFigures.Figure now, WeekFigures.Figure before) {
        Double change = null;
        // the previous week's reason or caveat (a mean over fewer days) goes with the change it weakens
        String changeNote = before.note() == null ? null : "previous week: " + before.note();
        if (now.value() != null && before.value() != null) {
            double v = now.value();
            double p = before.value();
            if (line.changeUnit() == ChangeUnit.RELATIVE) {
                if (p == 0) {
                    changeNote = "the previous week's value is 0, so there is no relative change";
                } else {
                    change = (v - p) / Math.abs(p);
                }
            } else {
                change = v - p;
            }
        }
        return new LineFigure(line, now.value(), before.value(), change, now.note(), changeNote);
    }
}
