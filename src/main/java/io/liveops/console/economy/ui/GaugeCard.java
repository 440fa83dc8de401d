package io.liveops.console.economy.ui;

import eu.hansolo.tilesfx.Section;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import io.liveops.console.shared.Status;
import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.kit.Palette;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One economy gauge: a TilesFX tile with the gauge skin (the threshold's bands on the dial, the needle, the value), and
 * under it the status as an icon and a word and the note (the threshold, or what is missing and why). TilesFX draws
 * outside CSS, so the tile takes its colours from the theme's {@link Palette}; the labels use economy.css.
 */
final class GaugeCard extends VBox {

    static final double WIDTH = 212;
    private static final double TILE_HEIGHT = 172;

    private static final Map<Status, PseudoClass> STATUS = new EnumMap<>(Status.class);
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    static {
        for (Status s : Status.values()) {
            STATUS.put(s, PseudoClass.getPseudoClass(s.id()));
        }
    }

    private final Tile tile;
    private final Label status = new Label();
    private final FontIcon statusIcon = Icons.UNKNOWN.create();
    private final Label value = new Label();
    private final Label note = new Label();
    private final Label marks = new Label();
    private final Tooltip tooltip = new Tooltip();
    private GaugeState shown;
    private Palette palette;

    GaugeCard(String id, GaugeState initial, Palette palette) {
        setId("gauge-" + id);
        getStyleClass().add("economy-gauge");
        this.palette = palette;
        tile = TileBuilder.create()
                .skinType(Tile.SkinType.GAUGE)
                .prefSize(WIDTH, TILE_HEIGHT)
                .title(initial.title())
                .unit("")
                .decimals(initial.decimals())
                .tickLabelDecimals(Math.min(2, initial.decimals()))
                .minValue(initial.min())
                .maxValue(initial.max())
                .value(initial.min())
                .sectionsVisible(true)
                .highlightSections(false)
                .thresholdVisible(false)
                .animated(false)
                .autoScale(false)
                .roundedCorners(false)
                .build();
        tile.setMinSize(WIDTH, TILE_HEIGHT);
        tile.setMaxSize(WIDTH, TILE_HEIGHT);
        statusIcon.setIconSize(14);
        status.setGraphic(statusIcon);
        status.setGraphicTextGap(4);
        status.getStyleClass().add("gauge-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        value.getStyleClass().add("gauge-value");
        value.setId("gauge-value-" + id);
        value.setMinWidth(Region.USE_PREF_SIZE);
        marks.getStyleClass().add("gauge-marks");
        marks.setMinWidth(Region.USE_PREF_SIZE);
        note.getStyleClass().add("gauge-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setMaxWidth(WIDTH);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusRow = new HBox(6, status, value, gap, marks);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        StackPane frame = new StackPane(tile);
        frame.getStyleClass().add("gauge-frame");
        getChildren().addAll(frame, statusRow, note);
        setSpacing(4);
        setPadding(new Insets(6));
        setPrefWidth(WIDTH + 12);
        setMinWidth(WIDTH + 12);
        setMaxWidth(WIDTH + 12);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(this, tooltip);
        show(initial, palette);
    }

    /** Shows a state in a palette; the tile is updated in place (TilesFX tiles are costly to rebuild). */
    void show(GaugeState g, Palette p) {
        boolean themeChanged = p != palette;
        palette = p;
        tile.setTitle(g.title());
        tile.setDecimals(g.decimals());
        tile.setTickLabelDecimals(Math.min(2, g.decimals()));
        // widen before narrowing so min never passes max on the way
        tile.setMaxValue(Math.max(g.max(), tile.getMaxValue()));
        tile.setMinValue(g.min());
        tile.setMaxValue(g.max());
        tile.setSections(sections(g, p));
        tile.setValueVisible(g.value() != null);
        tile.setValue(g.value() == null ? g.min() : g.value());
        if (themeChanged || shown == null) {
            tile.setBackgroundColor(p.surface());
            tile.setTitleColor(p.muted());
            tile.setValueColor(p.text());
            tile.setUnitColor(p.muted());
            tile.setNeedleColor(p.text());
            tile.setBarColor(p.grid());
        }
        tile.setNeedleColor(g.value() == null ? Color.TRANSPARENT : p.text());
        statusIcon.setIconCode((g.failed() ? Icons.ERROR : Icons.forStatus(g.status())).ikon());
        for (Status s : Status.values()) {
            pseudoClassStateChanged(STATUS.get(s), !g.failed() && s == g.status());
        }
        pseudoClassStateChanged(FAILED, g.failed());
        status.setText(g.statusText());
        value.setText(g.value() == null ? "" : g.valueText());
        note.setText(g.note());
        tooltip.setText(g.title() + ": " + (g.value() == null ? g.statusText() : g.valueText() + " (" + g.statusText() + ")") + "\n" + g.note());
        shown = g;
    }

    /** The whole card's freshness: a reload in flight (updating) and a failed one (stale). */
    void marks(boolean updating, boolean stale) {
        pseudoClassStateChanged(STALE, stale);
        marks.setText(stale ? "stale" : updating ? "updating" : "");
        marks.setGraphic(updating && !stale ? Icons.REFRESH.create() : null);
    }

    GaugeState shown() {
        return shown;
    }

    Tile tile() {
        return tile;
    }

    private static List<Section> sections(GaugeState g, Palette p) {
        List<Section> list = new ArrayList<>();
        for (GaugeState.Band b : g.bands()) {
            list.add(new Section(b.from(), b.to(), b.status().id(), p.of(b.status())));
        }
        return list;
    }
}
