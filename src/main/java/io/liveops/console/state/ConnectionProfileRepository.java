package io.liveops.console.state;

import io.liveops.console.warehouse.WarehouseProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The warehouse connection profiles the user saved, and which one is active. A profile holds the
 * NAME of the environment variable with the password, never the password: the table has no password
 * column, and URLs that carry one inline are refused.
 */
public final class ConnectionProfileRepository {

    private static final String COLUMNS = "name, jdbc_url, user_name, password_env";

    private final StateStore store;
    private final Clock clock;

    ConnectionProfileRepository(StateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** All profiles, by name. */
    public List<WarehouseProfile> list() {
        return store.read("read connection profiles", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM connection_profiles ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                List<WarehouseProfile> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row(rs));
                }
                return out;
            }
        });
    }

    public Optional<WarehouseProfile> find(String name) {
        Objects.requireNonNull(name, "name");
        return store.read("read connection profile '" + name + "'", c -> find(c, name));
    }

    /**
     * Creates the profile or replaces the one with the same name; committed when this returns.
     *
     * @throws IllegalArgumentException when the JDBC URL carries a password
     */
    public void save(WarehouseProfile profile) {
        Objects.requireNonNull(profile, "profile");
        if (profile.jdbcUrl().toLowerCase(Locale.ROOT).matches(".*[?&;](ssl)?password=.*")) {
            throw new IllegalArgumentException("The URL of connection profile '" + profile.name()
                    + "' contains a password: put the password in an environment variable and name that variable in the profile instead.");
        }
        long now = clock.millis();
        store.write("save connection profile '" + profile.name() + "'", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO connection_profiles (" + COLUMNS + ", updated_at_ms) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT (name) DO UPDATE SET jdbc_url = excluded.jdbc_url, user_name = excluded.user_name, "
                            + "password_env = excluded.password_env, updated_at_ms = excluded.updated_at_ms")) {
                ps.setString(1, profile.name());
                ps.setString(2, profile.jdbcUrl());
                ps.setString(3, profile.user());
                ps.setString(4, profile.passwordEnv());
                ps.setLong(5, now);
                return ps.executeUpdate();
            }
        });
    }

    /** Deletes the profile (and forgets it as the active one); true when it existed. */
    public boolean delete(String name) {
        Objects.requireNonNull(name, "name");
        return store.write("delete connection profile '" + name + "'", c -> {
            try (PreparedStatement active = c.prepareStatement("DELETE FROM active_connection_profile WHERE profile_name = ?");
                 PreparedStatement ps = c.prepareStatement("DELETE FROM connection_profiles WHERE name = ?")) {
                active.setString(1, name);
                active.executeUpdate();
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** The profile the console connects to, if one was chosen and still exists. */
    public Optional<WarehouseProfile> active() {
        return store.read("read the active connection profile", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT p.name, p.jdbc_url, p.user_name, p.password_env FROM active_connection_profile a "
                            + "JOIN connection_profiles p ON p.name = a.profile_name WHERE a.slot = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.<WarehouseProfile>empty();
            }
        });
    }

    /**
     * Makes a saved profile the active one.
     *
     * @throws IllegalArgumentException when no profile has that name
     */
    public void setActive(String name) {
        Objects.requireNonNull(name, "name");
        long now = clock.millis();
        boolean found = store.write("choose connection profile '" + name + "'", c -> {
            if (find(c, name).isEmpty()) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO active_connection_profile (slot, profile_name, updated_at_ms) VALUES (1, ?, ?) "
                            + "ON CONFLICT (slot) DO UPDATE SET profile_name = excluded.profile_name, updated_at_ms = excluded.updated_at_ms")) {
                ps.setString(1, name);
                ps.setLong(2, now);
                ps.executeUpdate();
            }
            return true;
        });
        if (!found) {
            throw new IllegalArgumentException("There is no connection profile named '" + name + "'.");
        }
    }

    /** Forgets which profile is active. */
    public void clearActive() {
        store.write("clear the active connection profile", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM active_connection_profile")) {
                return ps.executeUpdate();
            }
        });
    }

    private static Optional<WarehouseProfile> find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM connection_profiles WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static WarehouseProfile row(ResultSet rs) throws SQLException {
        return new WarehouseProfile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }
}
