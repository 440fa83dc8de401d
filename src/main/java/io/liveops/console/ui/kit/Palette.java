package io.liveops.console.ui.kit;

import io.liveops.console.shared.Status;
import javafx.scene.paint.Color;

/**
 * The theme's colours for nodes that ignore CSS (TilesFX tiles, JFreeChart charts). Status colours are
 * the Okabe-Ito colour-blind-safe set, the same as the CSS themes; every status is also written out.
 */
public record Palette(Color background, Color surface, Color text, Color muted, Color grid, Color ok, Color warning, Color critical,
                      Color unknown) {

    public static final Palette LIGHT = new Palette(Color.web("#f6f7f9"), Color.web("#ffffff"), Color.web("#1d2330"),
            Color.web("#5b6474"), Color.web("#d5d9e0"), Color.web("#009e73"), Color.web("#e69f00"), Color.web("#d55e00"),
            Color.web("#7f8794"));
    public static final Palette DARK = new Palette(Color.web("#161a22"), Color.web("#1f2430"), Color.web("#e6e9ef"),
            Color.web("#a3abba"), Color.web("#323949"), Color.web("#2fbf8f"), Color.web("#f0b429"), Color.web("#ff7a3d"),
            Color.web("#8a93a3"));

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
