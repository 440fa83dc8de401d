package io.liveops.console.warehouse;

import io.liveops.console.background.Cancellation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouse the console is reading now: its read-only pool, its SQL catalogue (with the user's
 * overrides from the config folder) and the day the board opens on. Every feature that reads the
 * warehouse is handed this one object; switching warehouses is {@link #open} (slow, off the FX
 * thread) then {@link #use} (quick), after which listeners learn of the switch and the old pool is
 * closed. Plain Java and thread-safe.
 */
public final class WarehouseSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WarehouseSession.class);

    /**
     * An opened warehouse; {@code defaultAsOf} is its latest complete day (or yesterday when unknown); {@code firstDay}
     * and {@code latestDay} bound the days it has data for (read once when it is opened).
     */
    public record Connection(WarehouseProfile profile, Warehouse warehouse, SqlCatalog catalog, LocalDate defaultAsOf,
                             Optional<LocalDate> latestDay, Optional<LocalDate> firstDay) {
        public Connection {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(warehouse, "warehouse");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(defaultAsOf, "defaultAsOf");
            latestDay = latestDay == null ? Optional.empty() : latestDay;
            firstDay = firstDay == null ? Optional.empty() : firstDay;
        }

        /** A connection whose first day is not known (every day up to the latest is offered). */
        public Connection(WarehouseProfile profile, Warehouse warehouse, SqlCatalog catalog, LocalDate defaultAsOf,
                          Optional<LocalDate> latestDay) {
            this(profile, warehouse, catalog, defaultAsOf, latestDay, Optional.empty());
        }

        /** The last day the board offers: the latest day with data, or the default day when that is unknown. */
        public LocalDate lastOfferedDay() {
            return latestDay.filter(l -> l.isAfter(defaultAsOf)).orElse(defaultAsOf);
        }

        public Dialect dialect() {
            return warehouse.dialect();
        }
    }

    private final Path configDir;
    private final Map<String, String> env;
    private final Clock clock;
    private final Duration queryTimeout;
    private final List<Consumer<Connection>> listeners = new CopyOnWriteArrayList<>();
    private volatile Connection current;

    /**
     * @param configDir    the user's config folder, whose {@code sql/warehouse/<dialect>/} files override the shipped SQL
     * @param env          where password environment variables are read
     * @param queryTimeout the time limit of one warehouse query
     */
    public WarehouseSession(Path configDir, Map<String, String> env, Clock clock, Duration queryTimeout) {
        this.configDir = configDir;
        this.env = Objects.requireNonNull(env, "env");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.queryTimeout = Objects.requireNonNull(queryTimeout, "queryTimeout");
    }

    /** The SQL catalogue of a dialect as this console uses it: shipped files, overridden by the user's. */
    public SqlCatalog catalogFor(Dialect dialect) {
        return new SqlCatalog(dialect, configDir);
    }

    public Duration queryTimeout() {
        return queryTimeout;
    }

    /**
     * Opens a warehouse and finds its latest day, without switching to it (blocking: call it on a
     * background thread). A warehouse that answers but whose latest day cannot be read still opens;
     * the board's refresh then reports the problem.
     */
    public Connection open(WarehouseProfile profile, Cancellation cancellation) {
        Warehouse w = Warehouse.open(profile, env);
        try {
            SqlCatalog catalog = catalogFor(w.dialect());
            WarehouseInspector inspector = new WarehouseInspector(w, catalog);
            Optional<LocalDate> latest;
            try {
                latest = inspector.latestDay(queryTimeout, cancellation);
            } catch (RuntimeException e) {
                LOG.warn("Latest day unknown for {}: {}", profile.safeUrl(), e.getMessage());
                latest = Optional.empty();
            }
            Optional<LocalDate> first;
            try {
                first = latest.isEmpty() ? Optional.empty() : inspector.firstDay(queryTimeout, cancellation);
            } catch (RuntimeException e) {
                LOG.warn("First day unknown for {}: {}", profile.safeUrl(), e.getMessage());
                first = Optional.empty();
            }
            LocalDate yesterday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
            return new Connection(profile, w, catalog, WarehouseInspector.defaultAsOf(yesterday, latest), latest, first);
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /**
     * Opens a throw-away pool for a profile and checks which contract tables it has, with the SQL the
     * console would use (the user's overrides included); the pool is closed again (blocking).
     */
    public WarehouseInspector.ConnectionCheck test(WarehouseProfile profile, Duration timeout, Cancellation cancellation) {
        try (Warehouse w = Warehouse.open(profile, env)) {
            return new WarehouseInspector(w, catalogFor(w.dialect())).check(timeout, cancellation);
        }
    }

    /** Checks the warehouse in use: its contract tables and which recommended indexes it has (blocking). */
    public WarehouseInspector.ConnectionCheck inspect(Cancellation cancellation) {
        Connection c = require();
        return new WarehouseInspector(c.warehouse(), c.catalog()).check(queryTimeout, cancellation);
    }

    /** Switches to an opened warehouse: listeners hear of it on this thread, then the previous pool is closed. */
    public void use(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        Connection previous;
        synchronized (this) {
            previous = current;
            current = connection;
        }
        LOG.info("Using warehouse {} ({})", connection.profile().name(), connection.profile().safeUrl());
        for (Consumer<Connection> l : listeners) {
            l.accept(connection);
        }
        if (previous != null && previous != connection) {
            previous.warehouse().close();
        }
    }

    /** The warehouse in use, if one was opened yet. */
    public Optional<Connection> current() {
        return Optional.ofNullable(current);
    }

    /** The warehouse in use, or a sentence saying there is none yet. */
    public Connection require() {
        Connection c = current;
        if (c == null) {
            throw new WarehouseException("No warehouse is open yet.");
        }
        return c;
    }

    /** Called on the thread that switches warehouses (the FX thread in the console). */
    public void addListener(Consumer<Connection> listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.warehouse().close();
            current = null;
        }
    }
}
