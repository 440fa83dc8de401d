package io.liveops.console.ui.kit;

import io.liveops.console.shared.Status;
import javafx.scene.paint.Color;

/**
 * The theme's colours for nodes that ignore CSS (TilesFX tiles, JFreeChart charts). Status colours are
 * the Okabe-Ito colour-blind-safe set, the same as the CSS themes; every status is also written out.
 */
public record Palette(Color background, Color surface, Color text, Color muted, Color grid, Color ok, Color warning, Color critical,
                      Color unknown) {

    /** The light theme's colours, read from light.css: the stylesheet is their one source. */
    public static final Palette LIGHT = fromCss(ThemeColours.read(ThemeColours.LIGHT_CSS));
    /** The dark theme's colours: light.css with dark.css's redefinitions on top, as the scene applies them. */
    public static final Palette DARK = fromCss(ThemeColours.read(ThemeColours.LIGHT_CSS, ThemeColours.DARK_CSS));

    private static Palette fromCss(java.util.Map<String, Color> c) {
        return new Palette(ThemeColours.get(c, "-lo-bg"), ThemeColours.get(c, "-lo-surface"), ThemeColours.get(c, "-lo-text"),
                ThemeColours.get(c, "-lo-muted"), ThemeColours.get(c, "-lo-grid"), ThemeColours.get(c, "-lo-ok"),
                ThemeColours.get(c, "-lo-warning"), ThemeColours.get(c, "-lo-critical"), ThemeColours.get(c, "-lo-unknown"));
    }

    public static Palette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    public Color of(Status status) {
        return switch (status) {
            case OK -> ok;
            case WARNING -> warning;
            case CRITICAL -> critical;
            case UNKNOWN -> unknown;
        };
    }

    /**
     * Colours an icon in a way the themes' stylesheets cannot override (an inline style), keeping the
     * inline style the icon already has (Ikonli keeps its font there).
     */
    public static void colourIcon(javafx.scene.Node icon, Color color) {
        String base = icon.getStyle() == null ? "" : icon.getStyle().replaceAll("-fx-icon-color:[^;]*;?", "").strip();
        icon.setStyle((base.isEmpty() || base.endsWith(";") ? base : base + ";") + " -fx-icon-color: " + web(color) + ";");
    }

    /** "#rrggbb" for inline styles. */
    public static String web(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
