package io.liveops.console.checklist.core;

import io.liveops.console.state.StateStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Checklist days (their frozen routines) and item marks. Every write is committed before it returns. */
public final class ChecklistRepository {

    private final StateStore store;

    public ChecklistRepository(StateStore store) {
        this.store = store;
    }

    /** The frozen routines JSON of a day, if the day was opened before. */
    public Optional<String> day(LocalDate day) {
        return store.read("read the checklist of " + day, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT routines_json FROM checklist_days WHERE day = ?")) {
                ps.setString(1, day.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Stores a day's routines unless the day already has them (two consoles in team mode may open the
     * same day at once: the first one wins), and returns the day's routines as stored.
     */
    public String createDay(LocalDate day, String routinesJson, Instant at) {
        Objects.requireNonNull(routinesJson, "routinesJson");
        return store.write("start the checklist of " + day, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO checklist_days (day, routines_json, created_at_ms) VALUES (?, ?, ?) ON CONFLICT (day) DO NOTHING")) {
                ps.setString(1, day.toString());
                ps.setString(2, routinesJson);
                ps.setLong(3, at.toEpochMilli());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT routines_json FROM checklist_days WHERE day = ?")) {
                ps.setString(1, day.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    /** The latest day before {@code day} that was opened, if any. */
    public Optional<LocalDate> latestDayBefore(LocalDate day) {
        return store.read("find the previous checklist day", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(day) FROM checklist_days WHERE day < ?")) {
                ps.setString(1, day.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    String d = rs.next() ? rs.getString(1) : null;
                    return d == null ? Optional.<LocalDate>empty() : Optional.of(LocalDate.parse(d));
                }
            }
        });
    }

    /** Opened days in [from, to], oldest first, with their frozen routines JSON. */
    public Map<LocalDate, String> days(LocalDate from, LocalDate to) {
        return store.read("read checklist history", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT day, routines_json FROM checklist_days WHERE day >= ? AND day <= ? ORDER BY day")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    Map<LocalDate, String> out = new LinkedHashMap<>();
                    while (rs.next()) {
                        out.put(LocalDate.parse(rs.getString(1)), rs.getString(2));
                    }
                    return out;
                }
            }
        });
    }

    /** Marks of a day (items without a row are open). */
    public List<ChecklistMark> marks(LocalDate day) {
        return marks(day, day).getOrDefault(day, List.of());
    }

    /** Marks of the days in [from, to]. */
    public Map<LocalDate, List<ChecklistMark>> marks(LocalDate from, LocalDate to) {
        return store.read("read checklist marks", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT day, routine_id, item_id, state, marked_by, marked_at_ms, skip_reason, note "
                    + "FROM checklist_marks WHERE day >= ? AND day <= ? ORDER BY day, routine_id, item_id")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    Map<LocalDate, List<ChecklistMark>> out = new LinkedHashMap<>();
                    while (rs.next()) {
                        long at = rs.getLong(6);
                        Instant markedAt = rs.wasNull() ? null : Instant.ofEpochMilli(at);
                        out.computeIfAbsent(LocalDate.parse(rs.getString(1)), d -> new ArrayList<>()).add(new ChecklistMark(
                                rs.getString(2), rs.getString(3), ChecklistMark.State.valueOf(rs.getString(4)), rs.getString(5),
                                markedAt, rs.getString(7), rs.getString(8)));
                    }
                    return out;
                }
            }
        });
    }

    /** Stores an item's mark for a day, replacing the previous one. */
    public void save(LocalDate day, ChecklistMark mark, Instant at) {
        Objects.requireNonNull(mark, "mark");
        store.write("save checklist item '" + mark.itemId() + "' of " + day, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO checklist_marks (day, routine_id, item_id, state, marked_by, marked_at_ms, skip_reason, note, updated_at_ms) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day, routine_id, item_id) DO UPDATE SET "
                            + "state = excluded.state, marked_by = excluded.marked_by, marked_at_ms = excluded.marked_at_ms, "
                            + "skip_reason = excluded.skip_reason, note = excluded.note, updated_at_ms = excluded.updated_at_ms")) {
                ps.setString(1, day.toString());
                ps.setString(2, mark.routineId());
                ps.setString(3, mark.itemId());
                ps.setString(4, mark.state().name());
                ps.setString(5, mark.markedBy());
                if (mark.markedAt() == null) {
                    ps.setNull(6, Types.BIGINT);
                } else {
                    ps.setLong(6, mark.markedAt().toEpochMilli());
                }
                ps.setString(7, mark.skipReason());
                ps.setString(8, mark.note());
                ps.setLong(9, at.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }
}
