package io.liveops.console.ui;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveops.console.shared.JsonConfig;
import java.util.Optional;

/**
 * Where the window was when it closed, and the tab it showed, so the console opens as it was left.
 * Stored as one JSON setting; a value that does not read is ignored (the console opens centred).
 */
public record WindowPlacement(@JsonProperty("x") double x, @JsonProperty("y") double y, @JsonProperty("width") double width,
                              @JsonProperty("height") double height, @JsonProperty("maximized") boolean maximized,
                              @JsonProperty("tab") String tab) {

    public static final String SETTING = "ui.window";
    private static final ObjectMapper JSON = JsonConfig.mapper();

    public String toJson() {
        try {
            return JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Optional<WindowPlacement> fromJson(String json) {
        try {
            WindowPlacement p = JSON.readValue(json, WindowPlacement.class);
            return p.width() >= 200 && p.height() >= 150 ? Optional.of(p) : Optional.empty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
