package io.liveops.console.ui.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * The theme's looked-up colours ({@code -lo-ok: #009e73;}) as the stylesheets define them, for the
 * nodes that ignore CSS (TilesFX tiles, JFreeChart charts, canvases): the stylesheets stay their one
 * source. Only plain {@code #rrggbb} definitions are read; a later stylesheet redefines an earlier one.
 */
final class ThemeColours {

    static final String LIGHT_CSS = "/assets/css/light.css";
    static final String DARK_CSS = "/assets/css/dark.css";
    private static final Pattern DEFINITION = Pattern.compile("(-lo-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");

    private ThemeColours() {}

    static Map<String, Color> read(String... stylesheets) {
        Map<String, Color> colours = new LinkedHashMap<>();
        for (String sheet : stylesheets) {
            try (InputStream in = ThemeColours.class.getResourceAsStream(sheet)) {
                if (in == null) {
                    throw new IllegalStateException("Missing stylesheet " + sheet);
                }
                Matcher m = DEFINITION.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    colours.put(m.group(1), Color.web(m.group(2)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + sheet, e);
            }
        }
        return colours;
    }

    static Color get(Map<String, Color> colours, String name) {
        Color c = colours.get(name);
        if (c == null) {
            throw new IllegalStateException("The theme defines no " + name + " (assets/css/light.css)");
        }
        return c;
    }
}
