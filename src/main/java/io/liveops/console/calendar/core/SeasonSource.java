package io.liveops.console.calendar.core;

import io.liveops.console.background.Cancellation;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseSession;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The seasons season-relative rules count from: the warehouse's {@code seasons} table, or the rule
 * set's (the playbook's S1/S2 dates) when no warehouse is open, the table is empty or cannot be read.
 * Read once per warehouse connection.
 */
final class SeasonSource {

    /** The seasons and a few words on where they came from, for the view. */
    record Seasons(List<Season> seasons, String source) {}

    private final CalendarWarehouse warehouse;
    private final Supplier<Optional<WarehouseSession.Connection>> connection;
    private final RuleSetStore rules;
    private WarehouseSession.Connection readFrom;
    private List<Season> read;

    SeasonSource(CalendarWarehouse warehouse, Supplier<Optional<WarehouseSession.Connection>> connection, RuleSetStore rules) {
        this.warehouse = warehouse;
        this.connection = connection;
        this.rules = rules;
    }

    synchronized Seasons current(Cancellation cancel) {
        Optional<WarehouseSession.Connection> c = connection.get();
        String fallback;
        if (c.isPresent()) {
            if (c.get() != readFrom) {
                try {
                    read = warehouse.seasons(c.get(), cancel);
                    readFrom = c.get();
                } catch (WarehouseException e) {
                    return new Seasons(rules.current().seasons(), "Seasons from the rules file: the warehouse's could not be read ("
                            + e.getMessage() + ")");
                }
            }
            if (!read.isEmpty()) {
                return new Seasons(read, "Seasons from the warehouse");
            }
            fallback = "Seasons from the rules file: the warehouse's seasons table is empty";
        } else {
            fallback = "Seasons from the rules file: no warehouse is open";
        }
        return new Seasons(rules.current().seasons(), fallback);
    }
}
