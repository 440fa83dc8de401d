package io.liveops.console.report.core;

import io.liveops.console.incident.core.PostMortem;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.shared.DisplayFormats;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The playbook's "Week N Report" (playbooks.md, "Weekly report (generated)") filled in: numbers in the console's formats, a
 * value the warehouse cannot give written "n/a" with a numbered note, then the director's text and the critical bugs.
 */
public final class ReportMarkdown {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);
    private static final String NONE_TYPED = "—";

    private final KpiFormat format;

    public ReportMarkdown(KpiFormat format) {
        this.format = Objects.requireNonNull(format, "format");
    }

    /** "Week 47 Report (2025-11-17 ~ 2025-11-23)", with ", partial, through Wed 2025-11-19" for a week not over. */
    public static String title(WeeklyNumbers n) {
        return "Week " + n.week().week() + " Report (" + n.from() + " ~ " + n.week().sunday()
                + (n.partial() ? ", " + partialText(n.through()) : "") + ")";
    }

    /** "partial, through Wed 2025-11-19". */
    public static String partialText(LocalDate through) {
        return "partial, through " + WEEKDAY.format(through) + " " + through;
    }

    /** @param bugs the week's critical bugs; null when the incident board could not be read (the report says so) */
    public String render(WeeklyNumbers n, List<CriticalBug> bugs, String topFeedback, String nextWeekFocus) {
        Notes notes = new Notes();
        StringBuilder md = new StringBuilder();
        md.append(title(n)).append("\n\n");

        md.append("📊 Key Metrics:\n");
        md.append("- MAU: ").append(value(n, ReportLine.MAU, notes)).append(wow(n, ReportLine.MAU, notes)).append('\n');
        md.append("- DAU: ").append(value(n, ReportLine.DAU, notes)).append(" (DAU/MAU: ").append(value(n, ReportLine.DAU_MAU, notes))
                .append(")\n");
        md.append("- New Signups: ").append(value(n, ReportLine.NEW_SIGNUPS, notes)).append(wow(n, ReportLine.NEW_SIGNUPS, notes)).append('\n');
        md.append("- Churn Rate: ").append(value(n, ReportLine.CHURN, notes)).append(wow(n, ReportLine.CHURN, notes)).append("\n\n");

        md.append("💰 Monetization:\n");
        md.append("- Pro Conversions: ").append(value(n, ReportLine.PRO_CONVERSIONS, notes)).append(" (conversion rate: ")
                .append(value(n, ReportLine.CONVERSION_RATE, notes)).append(")\n");
        md.append("- MRR: ").append(value(n, ReportLine.MRR, notes)).append("\n\n");

        md.append("💬 Community:\n");
        md.append("- Discord Members: ").append(value(n, ReportLine.DISCORD_MEMBERS, notes)).append(wow(n, ReportLine.DISCORD_MEMBERS, notes))
                .append('\n');
        md.append("- Discord DAU: ").append(value(n, ReportLine.DISCORD_DAU, notes)).append(" (DAU/Members: ")
                .append(value(n, ReportLine.DISCORD_DAU_MEMBERS, notes)).append(")\n");
        md.append("- Twitter Followers: ").append(value(n, ReportLine.TWITTER_FOLLOWERS, notes))
                .append(wow(n, ReportLine.TWITTER_FOLLOWERS, notes)).append("\n\n");

        md.append("📝 Top Feedback:\n").append(typed(topFeedback)).append("\n\n");
        md.append("🐛 Critical Bugs:\n");
        if (bugs == null) {
            md.append("- Not listed: the incident board could not be read.\n");
        } else if (bugs.isEmpty()) {
            md.append("- None: no P0 or P1 incident was declared this week.\n");
        } else {
            bugs.forEach(b -> md.append("- ").append(bugLine(b)).append('\n'));
        }
        md.append('\n');
        md.append("🎯 Next Week Focus:\n").append(typed(nextWeekFocus)).append('\n');

        if (!notes.isEmpty()) {
            md.append("\nNotes:\n");
            notes.forEach((text, number) -> md.append("- [").append(number).append("] ").append(text).append('\n'));
        }
        return md.toString();
    }

    /** "P0 #12 Login fails: Resolved, 2 h 30 min to resolve" or "P1 #14 Chat down: Investigating, not resolved yet". */
    public static String bugLine(CriticalBug b) {
        return b.severity() + " #" + b.id() + " " + b.title().strip() + ": " + b.status() + ", "
                + (b.timeToResolve() == null ? "not resolved yet" : PostMortem.minutes(b.timeToResolve()) + " to resolve");
    }

    /** A line's value in its unit ("1,250", "30.0 %", "$99.95"), or "n/a". */
    public String valueText(LineFigure f) {
        return valueText(f.line(), f.value());
    }

    /** A value of a line in its unit, or "n/a". */
    public String valueText(ReportLine line, Double value) {
        return value == null ? "n/a" : format.format(line.unit(), value);
    }

    /** The change in the line's unit ("+15.0 %", "-1.0 pp", "+50"), or "n/a". */
    public String changeText(LineFigure f) {
        if (f.change() == null) {
            return "n/a";
        }
        return switch (f.line().changeUnit()) {
            case RELATIVE, PERCENTAGE_POINTS -> format.delta(f.line().unit(), f.value(), f.previous());
            case ABSOLUTE -> {
                double c = f.change();
                String digits = format.format(f.line().unit(), Math.abs(c));
                yield c > 0 ? "+" + digits : c < 0 ? "-" + digits : "±" + digits;
            }
        };
    }

    private String value(WeeklyNumbers n, ReportLine line, Notes notes) {
        LineFigure f = n.require(line);
        return valueText(f) + notes.mark(f.valueNote());
    }

    private String wow(WeeklyNumbers n, ReportLine line, Notes notes) {
        LineFigure f = n.require(line);
        if (f.value() == null) {
            return ""; // the value's own note says why
        }
        return f.change() == null ? " (WoW n/a" + notes.mark(f.changeNote()) + ")" : " (" + changeText(f) + " WoW)";
    }

    private static String typed(String text) {
        return text == null || text.isBlank() ? NONE_TYPED : text.strip();
    }

    /** Numbered notes in order of first mention; the same sentence keeps its number. */
    private static final class Notes extends LinkedHashMap<String, Integer> {
        String mark(String note) {
            if (note == null || note.isBlank()) {
                return "";
            }
            String sentence = DisplayFormats.sentence(Character.toUpperCase(note.charAt(0)) + note.substring(1));
            return " [" + computeIfAbsent(sentence, s -> size() + 1) + "]";
        }
    }
}
