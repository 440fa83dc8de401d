package io.liveops.console.report.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.shared.JsonConfig;
import io.liveops.console.state.StateStore;
import io.liveops.console.state.StateStoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Saved weekly reports in the state store (table {@code weekly_reports}, migration V8), one per ISO week: the numbers and
 * bugs as JSON, the typed text and the Markdown as sent. Every save commits before it returns; a save based on an older
 * version than the stored one is refused, so two directors never overwrite each other's report silently.
 */
public final class WeeklyReportRepository {

    private static final TypeReference<List<CriticalBug>> BUGS = new TypeReference<>() { };

    private final StateStore store;
    private final ObjectMapper json = JsonConfig.mapper();

    public WeeklyReportRepository(StateStore store) {
        this.store = store;
    }

    /**
     * Saves a report and returns it with its new {@link WeeklyReport.Saved} stamp.
     *
     * @throws SaveConflictException when the week was saved by someone else since {@code report.saved()} was read
     */
    public WeeklyReport save(WeeklyReport report, Instant at, String by) {
        String week = report.week().toString();
        long expected = report.saved() == null ? 0 : report.saved().version();
        String numbers = write(report.numbers());
        String bugs = write(report.bugs());
        return store.write("save the weekly report of " + week, c -> {
            int changed;
            if (expected == 0) {
                try (PreparedStatement check = c.prepareStatement("SELECT saved_by, saved_at_ms FROM weekly_reports WHERE week = ?")) {
                    check.setString(1, week);
                    try (ResultSet rs = check.executeQuery()) {
                        if (rs.next()) {
                            throw conflict(week, rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO weekly_reports (through_day, numbers_json, bugs_json, "
                        + "top_feedback, next_week_focus, markdown, saved_at_ms, saved_by, version, week) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")) {
                    bind(ps, report, numbers, bugs, at, by);
                    ps.setString(9, week);
                    changed = ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE weekly_reports SET through_day = ?, numbers_json = ?, bugs_json = ?, "
                        + "top_feedback = ?, next_week_focus = ?, markdown = ?, saved_at_ms = ?, saved_by = ?, version = version + 1 "
                        + "WHERE week = ? AND version = ?")) {
                    bind(ps, report, numbers, bugs, at, by);
                    ps.setString(9, week);
                    ps.setLong(10, expected);
                    changed = ps.executeUpdate();
                }
                if (changed == 0) {
                    throw new SaveConflictException("The report of " + week + " was saved from another console since you opened it; "
                            + "reopen it to see that version (yours was not saved, your text is still here).");
                }
            }
            return new WeeklyReport(report.numbers(), report.bugs(), report.topFeedback(), report.nextWeekFocus(), report.markdown(),
                    new WeeklyReport.Saved(at, by, expected + 1));
        });
    }

    private static SaveConflictException conflict(String week, String by, Instant at) {
        return new SaveConflictException("A report of " + week + " was saved by " + by + " at " + at
                + " meanwhile; open it from the list of saved reports (yours was not saved, your text is still here).");
    }

    private static void bind(PreparedStatement ps, WeeklyReport r, String numbers, String bugs, Instant at, String by) throws SQLException {
        ps.setString(1, r.numbers().through().toString());
        ps.setString(2, numbers);
        ps.setString(3, bugs);
        ps.setString(4, r.topFeedback());
        ps.setString(5, r.nextWeekFocus());
        ps.setString(6, r.markdown());
        ps.setLong(7, at.toEpochMilli());
        ps.setString(8, by);
    }

    /** The saved report of a week, as it was saved. */
    public Optional<WeeklyReport> find(IsoWeek week) {
        return store.read("read the weekly report of " + week, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT numbers_json, bugs_json, top_feedback, next_week_focus, markdown, "
                    + "saved_at_ms, saved_by, version FROM weekly_reports WHERE week = ?")) {
                ps.setString(1, week.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    WeeklyNumbers numbers = read(rs.getString(1), WeeklyNumbers.class, week);
                    List<CriticalBug> bugs = read(rs.getString(2), BUGS, week);
                    return Optional.of(new WeeklyReport(numbers, bugs, rs.getString(3), rs.getString(4), rs.getString(5),
                            new WeeklyReport.Saved(Instant.ofEpochMilli(rs.getLong(6)), rs.getString(7), rs.getLong(8))));
                }
            }
        });
    }

    /** Every saved report, the latest week first. */
    public List<WeeklyReport.Summary> list() {
        return store.read("read the saved weekly reports", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT week, through_day, saved_at_ms, saved_by FROM weekly_reports");
                 ResultSet rs = ps.executeQuery()) {
                List<WeeklyReport.Summary> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new WeeklyReport.Summary(IsoWeek.parse(rs.getString(1)), LocalDate.parse(rs.getString(2)),
                            Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4)));
                }
                out.sort((a, b) -> b.week().compareTo(a.week()));
                return out;
            }
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the weekly report as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type, IsoWeek week) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StateStoreException("The saved report of " + week + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type, IsoWeek week) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StateStoreException("The saved report of " + week + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
