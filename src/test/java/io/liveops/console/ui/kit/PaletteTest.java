package io.liveops.console.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.shared.Status;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The colours drawn in code are the stylesheets' looked-up colours, not a second copy of them. */
class PaletteTest {

    @Test
    void theLightPaletteIsLightCss() {
        var css = ThemeColours.read(ThemeColours.LIGHT_CSS);
        assertThat(Palette.LIGHT.of(Status.OK)).isEqualTo(css.get("-lo-ok"));
        assertThat(Palette.LIGHT.of(Status.CRITICAL)).isEqualTo(css.get("-lo-critical"));
        assertThat(Palette.LIGHT.background()).isEqualTo(css.get("-lo-bg"));
        assertThat(Palette.LIGHT.ok()).isEqualTo(Color.web("#009e73")); // Okabe-Ito bluish green
    }

    @Test
    void theDarkPaletteIsLightCssWithDarkCssOnTop() {
        var dark = ThemeColours.read(ThemeColours.DARK_CSS);
        assertThat(Palette.DARK.of(Status.WARNING)).isEqualTo(dark.get("-lo-warning"));
        assertThat(Palette.DARK.text()).isEqualTo(dark.get("-lo-text")).isNotEqualTo(Palette.LIGHT.text());
        assertThat(Palette.of(true)).isSameAs(Palette.DARK);
    }
}
