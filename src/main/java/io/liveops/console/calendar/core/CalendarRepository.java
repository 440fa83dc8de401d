package io.liveops.console.calendar.core;

import io.liveops.console.incident.core.ConcurrentEditException;
import io.liveops.console.state.StateStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calendar items and their histories in the state store. Every write commits (SQLite: fsynced WAL)
 * before it returns. Updates carry the version they were based on and fail with
 * {@link ConcurrentEditException} when another console saved the item meanwhile, as incidents do.
 */
public final class CalendarRepository {

    private static final String COLUMNS = "id, version, rule_id, slot_day, ical_uid, title, channel, starts_local, ends_local, zone, status, "
            + "owner, body, notes, link, template";

    private final StateStore store;
    private final Clock clock;

    public CalendarRepository(StateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Stores a new item (one-off, or a rule's slot made real) with its first history entries. */
    public CalendarItem create(CalendarItem item, List<HistoryEntry> entries) {
        if (item.id() != null) {
            throw new IllegalArgumentException("The item '" + item.title() + "' is already stored.");
        }
        return store.write("save the calendar item '" + item.title() + "'", c -> {
            long id;
            long now = clock.millis();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO calendar_items (version, rule_id, slot_day, ical_uid, title, channel, "
                    + "starts_local, ends_local, zone, starts_at_ms, status, owner, body, notes, link, template, created_at_ms, updated_at_ms) "
                    + "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                int n = bind(ps, item, 1);
                ps.setLong(n++, now);
                ps.setLong(n, now);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            } catch (SQLException e) {
                if (item.ruleId() != null && isUniqueViolation(e)) {
                    throw new ConcurrentEditException("'" + item.title() + "' on " + item.slotDay() + " was just saved by someone else — "
                            + "reload and apply your change again (nothing was overwritten).");
                }
                throw e;
            }
            insertEntries(c, id, entries);
            return item.withId(id, 1);
        });
    }

    /**
     * Saves a changed item and appends history in one transaction.
     *
     * @throws ConcurrentEditException when someone else saved the item since {@code changed.version()}
     */
    public CalendarItem update(CalendarItem changed, List<HistoryEntry> entries) {
        long id = requireId(changed);
        return store.write("save the calendar item '" + changed.title() + "'", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE calendar_items SET rule_id = ?, slot_day = ?, ical_uid = ?, title = ?, "
                    + "channel = ?, starts_local = ?, ends_local = ?, zone = ?, starts_at_ms = ?, status = ?, owner = ?, body = ?, notes = ?, "
                    + "link = ?, template = ?, updated_at_ms = ?, version = version + 1 WHERE id = ? AND version = ?")) {
                int n = bind(ps, changed, 1);
                ps.setLong(n++, clock.millis());
                ps.setLong(n++, id);
                ps.setLong(n, changed.version());
                if (ps.executeUpdate() == 0) {
                    throw new ConcurrentEditException("'" + changed.title() + "' was changed by someone else — reload it and apply your "
                            + "change again (nothing was overwritten).");
                }
            }
            insertEntries(c, id, entries);
            return changed.withVersion(changed.version() + 1);
        });
    }

    /** Deletes an item and its history, if nobody changed it since it was read. */
    public void delete(CalendarItem item) {
        long id = requireId(item);
        store.write("delete the calendar item '" + item.title() + "'", c -> {
            try (PreparedStatement check = c.prepareStatement("SELECT version FROM calendar_items WHERE id = ?")) {
                check.setLong(1, id);
                try (ResultSet rs = check.executeQuery()) {
                    if (!rs.next() || rs.getLong(1) != item.version()) {
                        throw new ConcurrentEditException("'" + item.title() + "' was changed by someone else — reload it before deleting.");
                    }
                }
            }
            try (PreparedStatement h = c.prepareStatement("DELETE FROM calendar_item_history WHERE item_id = ?");
                 PreparedStatement d = c.prepareStatement("DELETE FROM calendar_items WHERE id = ? AND version = ?")) {
                h.setLong(1, id);
                h.executeUpdate();
                d.setLong(1, id);
                d.setLong(2, item.version());
                d.executeUpdate();
            }
            return null;
        });
    }

    public Optional<CalendarItem> find(long id) {
        return store.read("read calendar item " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM calendar_items WHERE id = ?")) {
                ps.setLong(1, id);
                List<CalendarItem> l = list(ps);
                return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
            }
        });
    }

    /**
     * Items starting in {@code [from, to)}, plus every item that stands for a rule occurrence between
     * {@code slotFrom} and {@code slotTo} (wherever it was moved), so a moved slot is never generated again.
     */
    public List<CalendarItem> between(Instant from, Instant to, LocalDate slotFrom, LocalDate slotTo) {
        return store.read("read the calendar", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM calendar_items WHERE (starts_at_ms >= ? AND starts_at_ms < ?) "
                    + "OR (rule_id IS NOT NULL AND slot_day >= ? AND slot_day <= ?) ORDER BY starts_at_ms, id")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                ps.setString(3, slotFrom.toString());
                ps.setString(4, slotTo.toString());
                return list(ps);
            }
        });
    }

    /** Every stored item, by start: exports and imports use it. */
    public List<CalendarItem> all() {
        return store.read("read the calendar", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM calendar_items ORDER BY starts_at_ms, id")) {
                return list(ps);
            }
        });
    }

    public List<HistoryEntry> history(long itemId) {
        return store.read("read the history of calendar item " + itemId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT at_ms, kind, text FROM calendar_item_history WHERE item_id = ? ORDER BY at_ms, id")) {
                ps.setLong(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<HistoryEntry> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new HistoryEntry(Instant.ofEpochMilli(rs.getLong(1)), HistoryEntry.Kind.valueOf(rs.getString(2)), rs.getString(3)));
                    }
                    return out;
                }
            }
        });
    }

    /** Changes whenever an item is added, removed or saved, so a polling console reloads only then. */
    public String fingerprint() {
        return store.read("check the calendar for changes", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(version), 0), COALESCE(MAX(id), 0), "
                    + "COALESCE(MAX(updated_at_ms), 0) FROM calendar_items");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3) + ":" + rs.getLong(4);
            }
        });
    }

    private static boolean isUniqueViolation(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = String.valueOf(e.getMessage());
        return state.equals("23505") || msg.contains("UNIQUE constraint failed");
    }

    private static long requireId(CalendarItem i) {
        if (i.id() == null) {
            throw new IllegalArgumentException("The item '" + i.title() + "' is not stored yet.");
        }
        return i.id();
    }

    private static int bind(PreparedStatement ps, CalendarItem i, int start) throws SQLException {
        int n = start;
        ps.setString(n++, i.ruleId());
        ps.setString(n++, i.slotDay() == null ? null : i.slotDay().toString());
        ps.setString(n++, i.icalUid());
        ps.setString(n++, i.title());
        ps.setString(n++, i.channel().id());
        ps.setString(n++, i.start().toString());
        ps.setString(n++, i.end() == null ? null : i.end().toString());
        ps.setString(n++, i.zone().getId());
        ps.setLong(n++, i.startInstant().toEpochMilli());
        ps.setString(n++, i.status().name());
        ps.setString(n++, i.owner());
        ps.setString(n++, i.body());
        ps.setString(n++, i.notes());
        ps.setString(n++, i.link());
        ps.setString(n++, i.template());
        return n;
    }

    private static void insertEntries(Connection c, long itemId, List<HistoryEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO calendar_item_history (item_id, at_ms, kind, text) VALUES (?, ?, ?, ?)")) {
            for (HistoryEntry e : entries) {
                ps.setLong(1, itemId);
                ps.setLong(2, e.at().toEpochMilli());
                ps.setString(3, e.kind().name());
                ps.setString(4, e.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<CalendarItem> list(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<CalendarItem> out = new ArrayList<>();
            while (rs.next()) {
                String slot = rs.getString(4);
                String end = rs.getString(9);
                out.add(new CalendarItem(rs.getLong(1), rs.getLong(2), rs.getString(3), slot == null ? null : LocalDate.parse(slot),
                        rs.getString(5), rs.getString(6), Channel.of(rs.getString(7)), LocalDateTime.parse(rs.getString(8)),
                        end == null ? null : LocalDateTime.parse(end), ZoneId.of(rs.getString(10)), ItemStatus.valueOf(rs.getString(11)),
                        rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16)));
            }
            return out;
        }
    }
}
