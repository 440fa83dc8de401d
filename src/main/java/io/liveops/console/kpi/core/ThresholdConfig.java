package io.liveops.console.kpi.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.shared.JsonConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's {@code thresholds.json} in the config folder, with the playbooks' table shipped as
 * {@code defaults/thresholds.json}. A file that does not parse or validate is reported (path, line, column)
 * and the defaults are used; the user's file is left as it is so they can fix it.
 */
public final class ThresholdConfig {

    public static final String FILE_NAME = "thresholds.json";
    public static final String DEFAULTS_RESOURCE = "defaults/thresholds.json";
    /** The file format this console reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    /** The thresholds in force and, when the user's file was refused, why. */
    public record Loaded(Thresholds thresholds, Optional<JsonConfig.Problem> problem, boolean fromUserFile) {}

    /** The file's JSON shape. */
    @JsonPropertyOrder({"schema_version", "thresholds"})
    public record ThresholdFile(
            @JsonProperty("schema_version") Integer schemaVersion,
            @JsonProperty("thresholds") Map<String, Threshold> thresholds) {

        @JsonCreator
        public ThresholdFile {
            if (schemaVersion == null) {
                throw new IllegalArgumentException("schema_version is missing (this console writes " + SCHEMA_VERSION + ")");
            }
            if (schemaVersion < 1 || schemaVersion > SCHEMA_VERSION) {
                throw new IllegalArgumentException("schema_version " + schemaVersion + " is not supported: this console reads 1 to "
                        + SCHEMA_VERSION);
            }
            thresholds = thresholds == null ? Map.of() : new LinkedHashMap<>(thresholds);
            KpiCatalog catalog = KpiCatalog.standard();
            for (Map.Entry<String, Threshold> e : thresholds.entrySet()) {
                if (catalog.byId(e.getKey()).isEmpty()) {
                    throw new IllegalArgumentException("unknown KPI id '" + e.getKey() + "' in thresholds; known ids: "
                            + String.join(", ", catalog.ids()) + " (keyed: watch_change_24h:SYMBOL)");
                }
                if (e.getValue() == null) {
                    throw new IllegalArgumentException("the threshold of '" + e.getKey() + "' is null; remove the entry instead");
                }
            }
        }
    }

    private final Path file;
    private final ObjectMapper mapper = JsonConfig.mapper();

    public ThresholdConfig(Path configDir) {
        this.file = Objects.requireNonNull(configDir, "configDir").resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        JsonConfig.Loaded<ThresholdFile> loaded = JsonConfig.load(mapper, file, DEFAULTS_RESOURCE, ThresholdFile.class);
        return new Loaded(new Thresholds(loaded.value().thresholds()), loaded.problem(), loaded.fromUserFile());
    }

    public Thresholds defaults() {
        return new Thresholds(JsonConfig.load(mapper, null, DEFAULTS_RESOURCE, ThresholdFile.class).value().thresholds());
    }

    /** Writes the user's file atomically (never half a file). */
    public void save(Thresholds thresholds) {
        JsonConfig.writeAtomically(mapper, file, new ThresholdFile(SCHEMA_VERSION, thresholds.asMap()));
    }
}
