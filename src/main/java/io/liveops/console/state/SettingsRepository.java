package io.liveops.console.state;

import io.liveops.console.shared.JsonConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings the console keeps for itself (not the user's editable config files): a name and a JSON
 * value. Values are checked to be JSON on the way in, so a reader never meets a half-written string.
 */
public final class SettingsRepository {

    private final StateStore store;
    private final Clock clock;
    private final ObjectMapper json = JsonConfig.mapper();

    SettingsRepository(StateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The JSON value stored under {@code name}. */
    public Optional<String> get(String name) {
        return find(name).map(Setting::valueJson);
    }

    /** The setting with its last-write time. */
    public Optional<Setting> find(String name) {
        Objects.requireNonNull(name, "name");
        return store.read("read setting '" + name + "'", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, value_json, updated_at_ms FROM settings WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<Setting>empty();
                }
            }
        });
    }

    /** Every setting, by name. */
    public List<Setting> all() {
        return store.read("read settings", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, value_json, updated_at_ms FROM settings ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                List<Setting> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        });
    }

    /**
     * Stores (or replaces) a setting; committed when this returns.
     *
     * @param valueJson a JSON document, e.g. {@code "\"dark\""}, {@code "42"}, {@code "{\"a\":1}"}
     * @throws IllegalArgumentException when the value is not JSON
     */
    public void put(String name, String valueJson) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueJson, "valueJson");
        try {
            json.readTree(valueJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The value for setting '" + name + "' is not JSON: " + e.getOriginalMessage(), e);
        }
        long now = clock.millis();
        store.write("save setting '" + name + "'", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO settings (name, value_json, updated_at_ms) VALUES (?, ?, ?) "
                            + "ON CONFLICT (name) DO UPDATE SET value_json = excluded.value_json, updated_at_ms = excluded.updated_at_ms")) {
                ps.setString(1, name);
                ps.setString(2, valueJson);
                ps.setLong(3, now);
                return ps.executeUpdate();
            }
        });
    }

    /** Removes a setting; true when there was one. */
    public boolean remove(String name) {
        Objects.requireNonNull(name, "name");
        return store.write("remove setting '" + name + "'", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM settings WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static Setting row(ResultSet rs) throws java.sql.SQLException {
        return new Setting(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)));
    }
}
