package io.liveops.console.alert.core;

import io.liveops.console.state.StateStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Alert history, per-key last levels and snoozes. Times are given by the caller (the alert center
 * stamps them from its clock). Every write is committed before the method returns.
 */
public final class AlertHistoryRepository {

    private static final String COLUMNS =
            "id, source, alert_key, level, kind, title, detail, raised_at_ms, silenced, acknowledged_by, acknowledged_at_ms";

    private final StateStore store;

    public AlertHistoryRepository(StateStore store) {
        this.store = store;
    }

    /** Stores a new record and returns it with its id. */
    public AlertRecord append(AlertRecord record) {
        return append(record, null);
    }

    /**
     * Stores a new record and, in the same transaction, the key's new level, so the history and the
     * remembered level never disagree after a crash.
     *
     * @param newLevel null to leave remembered levels alone
     */
    public AlertRecord append(AlertRecord record, KeyLevel newLevel) {
        Objects.requireNonNull(record, "record");
        if (record.id() != null) {
            throw new IllegalArgumentException("Alert record " + record.id() + " is already stored.");
        }
        long id = store.write("record alert '" + record.title() + "'", c -> {
            if (newLevel != null) {
                saveLevel(c, newLevel);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO alert_history (source, alert_key, level, kind, title, detail, raised_at_ms, silenced, "
                            + "acknowledged_by, acknowledged_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, record.source());
                ps.setString(2, record.key());
                ps.setString(3, record.level());
                ps.setString(4, record.kind().name());
                ps.setString(5, record.title());
                ps.setString(6, record.detail());
                ps.setLong(7, record.raisedAt().toEpochMilli());
                ps.setInt(8, record.silenced() ? 1 : 0);
                ps.setString(9, record.acknowledgedBy());
                if (record.acknowledgedAt() == null) {
                    ps.setNull(10, Types.BIGINT);
                } else {
                    ps.setLong(10, record.acknowledgedAt().toEpochMilli());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return record.withId(id);
    }

    public Optional<AlertRecord> find(long id) {
        return store.read("read alert " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alert_history WHERE id = ?")) {
                ps.setLong(1, id);
                return first(list(ps));
            }
        });
    }

    /** The newest {@code limit} records, newest first. */
    public List<AlertRecord> recent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return store.read("read alert history", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM alert_history ORDER BY raised_at_ms DESC, id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                return list(ps);
            }
        });
    }

    /** Raised (not recovered) records nobody acknowledged yet, newest first. */
    public List<AlertRecord> unacknowledged() {
        return store.read("read unacknowledged alerts", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alert_history "
                    + "WHERE kind = ? AND acknowledged_at_ms IS NULL ORDER BY raised_at_ms DESC, id DESC")) {
                ps.setString(1, AlertRecord.Kind.RAISED.name());
                return list(ps);
            }
        });
    }

    /** The newest raised record for a source and key at or after {@code since}, for de-duplication. */
    public Optional<AlertRecord> lastRaisedSince(String source, String key, Instant since) {
        return store.read("read alert history of '" + key + "'", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alert_history "
                    + "WHERE source = ? AND alert_key = ? AND kind = ? AND raised_at_ms >= ? ORDER BY raised_at_ms DESC, id DESC LIMIT 1")) {
                ps.setString(1, source);
                ps.setString(2, key);
                ps.setString(3, AlertRecord.Kind.RAISED.name());
                ps.setLong(4, since.toEpochMilli());
                return first(list(ps));
            }
        });
    }

    /**
     * Marks a record acknowledged. The first acknowledgement stands (in team mode two directors may
     * click at once); returns false when the record does not exist or was already acknowledged.
     */
    public boolean acknowledge(long id, String by, Instant at) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        return store.write("acknowledge alert " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE alert_history SET acknowledged_by = ?, acknowledged_at_ms = ? WHERE id = ? AND acknowledged_at_ms IS NULL")) {
                ps.setString(1, by);
                ps.setLong(2, at.toEpochMilli());
                ps.setLong(3, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Remembers the level last seen for an observed key. */
    public void saveLevel(KeyLevel level) {
        Objects.requireNonNull(level, "level");
        store.write("remember the level of '" + level.key() + "'", c -> saveLevel(c, level));
    }

    private static int saveLevel(Connection c, KeyLevel level) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO alert_key_levels (source, alert_key, level, changed_at_ms) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (source, alert_key) DO UPDATE SET level = excluded.level, changed_at_ms = excluded.changed_at_ms")) {
            ps.setString(1, level.source());
            ps.setString(2, level.key());
            ps.setString(3, level.level());
            ps.setLong(4, level.changedAt().toEpochMilli());
            return ps.executeUpdate();
        }
    }

    /** Every remembered key level. */
    public List<KeyLevel> levels() {
        return store.read("read remembered alert levels", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT source, alert_key, level, changed_at_ms FROM alert_key_levels ORDER BY source, alert_key");
                 ResultSet rs = ps.executeQuery()) {
                List<KeyLevel> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new KeyLevel(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))));
                }
                return out;
            }
        });
    }

    /** Silences a key until the given instant (replacing any earlier snooze of it). */
    public void snooze(String key, Instant until, Instant at) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(at, "at");
        store.write("snooze '" + key + "'", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO alert_snoozes (alert_key, until_ms, created_at_ms) VALUES (?, ?, ?) "
                            + "ON CONFLICT (alert_key) DO UPDATE SET until_ms = excluded.until_ms, created_at_ms = excluded.created_at_ms")) {
                ps.setString(1, key);
                ps.setLong(2, until.toEpochMilli());
                ps.setLong(3, at.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    /** Ends a snooze early; true when the key was snoozed. */
    public boolean unsnooze(String key) {
        return store.write("end the snooze of '" + key + "'", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM alert_snoozes WHERE alert_key = ?")) {
                ps.setString(1, key);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Snoozes still running at {@code now}, key to until-instant; expired ones are deleted on the way. */
    public Map<String, Instant> snoozes(Instant now) {
        return store.write("read snoozes", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM alert_snoozes WHERE until_ms <= ?")) {
                del.setLong(1, now.toEpochMilli());
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT alert_key, until_ms FROM alert_snoozes ORDER BY alert_key");
                 ResultSet rs = ps.executeQuery()) {
                Map<String, Instant> out = new LinkedHashMap<>();
                while (rs.next()) {
                    out.put(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)));
                }
                return out;
            }
        });
    }

    private static List<AlertRecord> list(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<AlertRecord> out = new ArrayList<>();
            while (rs.next()) {
                long ackAt = rs.getLong(11);
                Instant acknowledgedAt = rs.wasNull() ? null : Instant.ofEpochMilli(ackAt);
                out.add(new AlertRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        AlertRecord.Kind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        Instant.ofEpochMilli(rs.getLong(8)), rs.getInt(9) != 0, rs.getString(10), acknowledgedAt));
            }
            return out;
        }
    }

    private static Optional<AlertRecord> first(List<AlertRecord> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
