package io.liveops.console.report.ui;

import io.liveops.console.report.core.IsoWeek;
import io.liveops.console.report.core.WeeklyNumbers;
import io.liveops.console.report.core.WeeklyReport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The Report tab's wording of weeks, saved reports and the report's state, in the director's zone. */
final class ReportLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private ReportLabels() {
    }

    /** "2025-W47 · 17 Nov – 23 Nov", with "(current week)" for the week of today. */
    static String week(IsoWeek w, LocalDate today) {
        String label = w + " · " + DAY.format(w.monday()) + " – " + DAY.format(w.sunday());
        return w.equals(IsoWeek.of(today)) ? label + " (current week)" : label;
    }

    /** "2025-W47 · saved Mon 24 Nov 2025 09:30 by ana", "(partial)" when the week was not over. */
    static String saved(WeeklyReport.Summary s, ZoneId zone) {
        return s.week() + (s.partial() ? " (partial)" : "") + " · saved " + AT.format(s.savedAt().atZone(zone)) + " by " + s.savedBy();
    }

    /** Whether the report on screen is generated, saved, or changed since it was saved, and when its numbers were read. */
    static String state(WeeklyNumbers n, WeeklyReport.Saved saved, boolean dirty, ZoneId zone) {
        if (n == null) {
            return "Not generated yet: Generate reads the week's numbers from the warehouse.";
        }
        String read = "numbers read " + AT.format(n.computedAt().atZone(zone));
        if (saved == null) {
            return "Generated, not saved yet (" + read + ").";
        }
        String savedText = "Saved " + AT.format(saved.at().atZone(zone)) + " by " + saved.by();
        return dirty ? savedText + "; changed since, not saved (" + read + ")." : savedText + " (" + read + ").";
    }
}
