package io.liveops.console.ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.liveops.console.shared.JsonConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the window was when it closed, the tab it showed and its theme, so the console opens as it was left.
 * Kept in a small file of the data folder ({@code window.json}) so the window can be placed before
 * the state store is open; a file that does not read is ignored (the console opens centred).
 */
public record WindowPlacement(@JsonProperty("x") double x, @JsonProperty("y") double y, @JsonProperty("width") double width,
                              @JsonProperty("height") double height, @JsonProperty("maximized") boolean maximized,
                              @JsonProperty("tab") String tab, @JsonProperty("dark") boolean dark) {

    public static final String FILE_NAME = "window.json";

    /** Reads the file (a millisecond: call it off the FX thread all the same). */
    public static Optional<WindowPlacement> read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            WindowPlacement p = JsonConfig.parse(JsonConfig.mapper(), file, WindowPlacement.class);
            return p.width() >= 200 && p.height() >= 150 ? Optional.of(p) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the file atomically (call it off the FX thread). */
    public void write(Path file) {
        JsonConfig.writeAtomically(JsonConfig.mapper(), file, this);
    }
}
