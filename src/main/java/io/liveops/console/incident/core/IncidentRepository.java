package io.liveops.console.incident.core;

import io.liveops.console.state.StateStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Incidents and timelines in the state store. Every write commits (SQLite: fsynced WAL) before it
 * returns, so the UI only says "saved" for what is on disk. Updates are optimistic: they carry the
 * version they were based on and fail with {@link ConcurrentEditException} when the row moved on.
 * Every user action's entry carries its {@link ActionId} under a unique constraint: a write whose
 * action is already stored returns the incident as stored instead of writing it again, so a retry
 * after a lost commit reply cannot duplicate a note or refuse a move as someone else's change.
 */
public final class IncidentRepository {

    private static final String COLUMNS = "id, version, title, severity, status, feature, description, user_issue, eta, what_happened, "
            + "what_we_did, declared_at_ms, acknowledged_at_ms, resolved_at_ms, last_update_at_ms, runbooks, runbooks_done, post_mortem";

    private final StateStore store;

    public IncidentRepository(StateStore store) {
        this.store = store;
    }

    /** Stores a new incident with its first timeline entries; returns it with id and version 1. */
    public Incident create(Incident incident, List<TimelineEntry> entries) {
        if (incident.id() != null) {
            throw new IllegalArgumentException("Incident " + incident.id() + " is already stored.");
        }
        return store.write("save the incident '" + incident.title() + "'", c -> {
            Optional<Incident> done = alreadyStored(c, entries);
            if (done.isPresent()) {
                return done.get();
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO incidents (version, title, severity, status, feature, description, "
                    + "user_issue, eta, what_happened, what_we_did, declared_at_ms, acknowledged_at_ms, resolved_at_ms, last_update_at_ms, "
                    + "runbooks, runbooks_done, post_mortem) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                bindFields(ps, incident, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            insertEntries(c, id, entries);
            return incident.withId(id, 1);
        });
    }

    /**
     * Saves a changed incident and appends entries in one transaction.
     *
     * @throws ConcurrentEditException when someone else saved the incident since {@code changed.version()}
     */
    public Incident update(Incident changed, List<TimelineEntry> entries) {
        long id = requireId(changed);
        return store.write("save incident " + changed.label(), c -> {
            Optional<Incident> done = alreadyStored(c, entries);
            if (done.isPresent()) {
                return done.get();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET title = ?, severity = ?, status = ?, feature = ?, "
                    + "description = ?, user_issue = ?, eta = ?, what_happened = ?, what_we_did = ?, declared_at_ms = ?, acknowledged_at_ms = ?, "
                    + "resolved_at_ms = ?, last_update_at_ms = ?, runbooks = ?, runbooks_done = ?, post_mortem = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?")) {
                int n = bindFields(ps, changed, 1);
                ps.setLong(n, id);
                ps.setLong(n + 1, changed.version());
                if (ps.executeUpdate() == 0) {
                    throw new ConcurrentEditException("Incident " + changed.label() + " was changed by someone else — reload it and "
                            + "apply your change again (nothing was overwritten).");
                }
            }
            insertEntries(c, id, entries);
            return changed.withVersion(changed.version() + 1);
        });
    }

    /**
     * Appends a note: notes never conflict (they only add), so no version check, but the version is
     * bumped so other consoles notice the change.
     */
    public void appendNote(long incidentId, TimelineEntry entry) {
        store.write("add a note to incident #" + incidentId, c -> {
            if (alreadyStored(c, List.of(entry)).isPresent()) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET version = version + 1 WHERE id = ?")) {
                ps.setLong(1, incidentId);
                if (ps.executeUpdate() == 0) {
                    throw new SQLException("incident #" + incidentId + " does not exist");
                }
            }
            insertEntries(c, incidentId, List.of(entry));
            return null;
        });
    }

    public Optional<Incident> find(long id) {
        return store.read("read incident #" + id, c -> find(c, id));
    }

    private static Optional<Incident> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM incidents WHERE id = ?")) {
            ps.setLong(1, id);
            List<Incident> l = list(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        }
    }

    /** The incident whose timeline holds the entry of this action, if the action was stored. */
    public Optional<Long> incidentOfAction(ActionId action) {
        return store.read("look for your last change on the board", c -> incidentOfAction(c, action.value()));
    }

    private static Optional<Long> incidentOfAction(Connection c, String actionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT incident_id FROM incident_timeline WHERE action_id = ?")) {
            ps.setString(1, actionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The incident as stored when one of these entries' actions is stored already (a retry), else empty. */
    private static Optional<Incident> alreadyStored(Connection c, List<TimelineEntry> entries) throws SQLException {
        for (TimelineEntry e : entries) {
            if (e.actionId() != null) {
                Optional<Long> id = incidentOfAction(c, e.actionId());
                if (id.isPresent()) {
                    return find(c, id.get());
                }
            }
        }
        return Optional.empty();
    }

    /** Every incident, newest first. */
    public List<Incident> all() {
        return store.read("read the incidents", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM incidents ORDER BY declared_at_ms DESC, id DESC")) {
                return list(ps);
            }
        });
    }

    public List<TimelineEntry> timeline(long incidentId) {
        return store.read("read the timeline of incident #" + incidentId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, incident_id, at_ms, kind, text, detail, action_id FROM incident_timeline WHERE incident_id = ? ORDER BY at_ms, id")) {
                ps.setLong(1, incidentId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<TimelineEntry> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new TimelineEntry(rs.getLong(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)),
                                TimelineEntry.Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * A cheap fingerprint of the whole board: it changes whenever an incident is added or any version
     * moves, so a polling console reloads only when something happened.
     */
    public String fingerprint() {
        return store.read("check the incidents for changes", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(version), 0), COALESCE(MAX(id), 0) FROM incidents");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3);
            }
        });
    }

    private static long requireId(Incident i) {
        if (i.id() == null) {
            throw new IllegalArgumentException("The incident '" + i.title() + "' is not stored yet.");
        }
        return i.id();
    }

    private static int bindFields(PreparedStatement ps, Incident i, int start) throws SQLException {
        int n = start;
        ps.setString(n++, i.title());
        ps.setString(n++, i.severity().name());
        ps.setString(n++, i.status().name());
        ps.setString(n++, i.feature());
        ps.setString(n++, i.description());
        ps.setString(n++, i.userIssue());
        ps.setString(n++, i.eta());
        ps.setString(n++, i.whatHappened());
        ps.setString(n++, i.whatWeDid());
        ps.setLong(n++, i.declaredAt().toEpochMilli());
        setInstant(ps, n++, i.acknowledgedAt());
        setInstant(ps, n++, i.resolvedAt());
        setInstant(ps, n++, i.lastUpdateAt());
        // enum constant names separated by spaces: names never contain spaces, so no quoting is needed
        ps.setString(n++, i.runbooks().stream().map(Enum::name).collect(Collectors.joining(" ")));
        ps.setString(n++, i.runbooksDone().stream().sorted().map(Enum::name).collect(Collectors.joining(" ")));
        ps.setString(n++, i.postMortem());
        return n;
    }

    private static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
        if (at == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, at.toEpochMilli());
        }
    }

    private static void insertEntries(Connection c, long incidentId, List<TimelineEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO incident_timeline (incident_id, at_ms, kind, text, detail, action_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (TimelineEntry e : entries) {
                ps.setLong(1, incidentId);
                ps.setLong(2, e.at().toEpochMilli());
                ps.setString(3, e.kind().name());
                ps.setString(4, e.text());
                ps.setString(5, e.detail());
                ps.setString(6, e.actionId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static List<Incident> list(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<Incident> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Incident(rs.getLong(1), rs.getLong(2), rs.getString(3), Severity.valueOf(rs.getString(4)),
                        Status.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), Instant.ofEpochMilli(rs.getLong(12)), instant(rs, 13), instant(rs, 14),
                        instant(rs, 15), runbooks(rs.getString(16)), EnumSet.copyOf(runbooksOrNone(rs.getString(17))), rs.getString(18)));
            }
            return out;
        }
    }

    private static Instant instant(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static List<Runbook> runbooks(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.trim().split(" ")).map(Runbook::valueOf).toList();
    }

    private static Set<Runbook> runbooksOrNone(String text) {
        List<Runbook> l = runbooks(text);
        return l.isEmpty() ? EnumSet.noneOf(Runbook.class) : EnumSet.copyOf(l);
    }
}
