package io.liveops.console.kpi.core;

import java.util.Objects;

/**
 * One KPI of the warehouse contract.
 *
 * @param id         the contract id, also the SQL file name
 * @param definition the contract's sentence, shown to the user next to the number
 * @param keyed      true when the query returns one value per key (watchlist symbols): ids are {@code id:KEY}
 */
public record KpiDefinition(String id, KpiGroup group, String label, Unit unit, String definition, boolean keyed) {

    public static final char KEY_SEPARATOR = ':';

    public KpiDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(definition, "definition");
    }

    /** What the user reads for a value of this KPI: "DAU", or "24 h change BTC" for a keyed id. */
    public String labelFor(String valueId) {
        int sep = valueId.indexOf(KEY_SEPARATOR);
        return sep < 0 ? label : label + " " + valueId.substring(sep + 1);
    }

    /** The id of one key's value, e.g. {@code watch_change_24h:BTC}. */
    public String keyedId(String key) {
        return id + KEY_SEPARATOR + key;
    }
}
