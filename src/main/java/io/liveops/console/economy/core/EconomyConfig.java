package io.liveops.console.economy.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.liveops.console.shared.JsonConfig;
import java.nio.file.Path;

/**
 * The user's {@code economy.json} in the config folder (defaults shipped as {@code defaults/economy.json}).
 *
 * @param kpiCurrency the currency the contract's earn_spend_ratio_7d counts ("gold unless configured"); the SQL file
 *                    {@code earn_spend_ratio_7d.sql} names it, and a team that overrides that file for another
 *                    currency names the same currency here, so the Economy tab knows which ratio is the KPI's
 */
public record EconomyConfig(int schemaVersion, String kpiCurrency) {

    public static final String FILE_NAME = "economy.json";
    static final String DEFAULTS = "defaults/economy.json";

    @JsonCreator
    public EconomyConfig(@JsonProperty(value = "schema_version", required = true) int schemaVersion,
                         @JsonProperty(value = "kpi_currency", required = true) String kpiCurrency) {
        if (schemaVersion != 1) {
            throw new IllegalArgumentException("schema_version " + schemaVersion + " is not supported (expected 1)");
        }
        if (kpiCurrency == null || kpiCurrency.isBlank()) {
            throw new IllegalArgumentException("kpi_currency must name a currency of economy_ledger, e.g. \"gold\"");
        }
        this.schemaVersion = schemaVersion;
        this.kpiCurrency = kpiCurrency.strip();
    }

    /** The user's file, or the defaults with the problem when the file is refused. */
    public static JsonConfig.Loaded<EconomyConfig> load(Path configDir) {
        return JsonConfig.load(JsonConfig.mapper(), configDir == null ? null : configDir.resolve(FILE_NAME), DEFAULTS, EconomyConfig.class);
    }
}
