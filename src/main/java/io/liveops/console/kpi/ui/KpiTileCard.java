package io.liveops.console.kpi.ui;

import io.liveops.console.kpi.core.KpiReading;
import io.liveops.console.shared.Status;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.kit.Palette;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One KPI as a TilesFX tile (custom skin: the tile draws the frame, title and footer; the content is
 * ours so the value is always the formatted text, never clipped to a gauge range). The status is a
 * coloured frame AND an icon with the word, so it reads without colour. Built once per KPI and updated
 * in place on every refresh: rebuilding TilesFX tiles would stall the FX thread.
 */
final class KpiTileCard extends StackPane {

    static final double WIDTH = 236;
    static final double HEIGHT = 176;
    private static final double SPARK_W = 200;
    private static final double SPARK_H = 30;
    private static final double FRAME = 3;

    private final Tile tile;
    /** Our own title, not the TilesFX one: TilesFX draws its title at ~9 px grey from the tile's size and ignores CSS. */
    private final Label title = new Label();
    private final Label value = new Label();
    private final Label status = new Label();
    private final Label dayDelta = new Label();
    private final Label weekDelta = new Label();
    private final Label note = new Label();
    /** Drawn, not built from shape nodes: a canvas repaints as one image and adds nothing to layout or CSS. */
    private final Canvas spark = new Canvas(SPARK_W + 4, SPARK_H);
    // a still mark, not a spinning ProgressIndicator: two dozen spinners re-render every frame and
    // stalled the FX pulse by 50-90 ms during each refresh (bench --board)
    private final Label busy = new Label("updating", Icons.REFRESH.create());
    private static final Map<Status, PseudoClass> STATUS_CLASSES = new EnumMap<>(Status.class);
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    static {
        for (Status s : Status.values()) {
            STATUS_CLASSES.put(s, PseudoClass.getPseudoClass(s.id()));
        }
    }

    private final Tooltip tooltip = new Tooltip();
    private final FontIcon statusIcon = Icons.UNKNOWN.create();
    private KpiTilesViewModel.KpiTile shown;
    private Palette palette = Palette.LIGHT;

    /**
     * @param label   the tile's title, set before the tile is first laid out: TilesFX sizes and places
     *                its title text when the tile is resized, not when the title changes later
     * @param palette the colours the tile starts with, for the same reason
     */
    KpiTileCard(String id, String label, Palette palette) {
        setId("tile-" + id.replace(':', '-'));
        getStyleClass().add("kpi-tile");
        title.setId("tile-title");
        title.getStyleClass().add("tile-title");
        title.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 13));
        title.setText(label);
        title.setTextFill(palette.text());
        title.setMaxWidth(WIDTH - 2 * FRAME - 20);
        value.setId("tile-value");
        value.getStyleClass().add("tile-value");
        dayDelta.getStyleClass().add("tile-delta");
        weekDelta.getStyleClass().add("tile-delta");
        note.getStyleClass().add("tile-note");
        value.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 26));
        value.setMinHeight(Region.USE_PREF_SIZE);
        status.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 12));
        status.setGraphicTextGap(4);
        statusIcon.setIconSize(14);
        status.setGraphic(statusIcon);
        status.getStyleClass().add("tile-status");
        for (Label l : List.of(dayDelta, weekDelta, note)) {
            l.setFont(Font.font("DejaVu Sans", 11));
        }
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE); // wraps to as many lines as the threshold needs (a band's takes three)
        note.setId("tile-note");
        spark.setId("tile-sparkline");
        HBox deltas = new HBox(10, dayDelta, weekDelta);
        VBox content = new VBox(2, title, value, status, deltas, spark, note);
        content.setAlignment(Pos.TOP_LEFT);
        content.setPadding(new Insets(0, 2, 0, 2));

        tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .prefSize(WIDTH, HEIGHT)
                .title("")
                .foregroundColor(palette.text())
                .backgroundColor(palette.surface())
                .textVisible(false)
                .graphic(content)
                .roundedCorners(false)
                .borderColor(Color.TRANSPARENT)
                .borderWidth(0)
                .animated(false)
                .build();
        busy.setFont(Font.font("DejaVu Sans", 10));
        busy.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        busy.setVisible(false);
        busy.getStyleClass().add("tile-progress");
        StackPane.setAlignment(busy, Pos.TOP_RIGHT);
        StackPane.setMargin(busy, new Insets(6, 8, 0, 0));
        // The tile is placed by layoutChildren below, not by the StackPane: an unmanaged node is a
        // layout root, so a label changing inside it re-lays out this tile only instead of every
        // pane up to the window (FlowPane, ScrollPane, SplitPane...), which was most of the layout
        // work of an as-of switch.
        tile.setManaged(false);
        getChildren().addAll(tile, busy);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(this, tooltip);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        tile.resizeRelocate(FRAME, FRAME, getWidth() - 2 * FRAME, getHeight() - 2 * FRAME);
    }

    /** True when the card already shows this tile in this palette. */
    boolean isShowing(KpiTilesViewModel.KpiTile t, Palette p) {
        return t.equals(shown) && p == palette;
    }

    void update(KpiTilesViewModel.KpiTile t, Palette p) {
        if (t.equals(shown) && p == palette) {
            return; // nothing changed: keep the FX thread free
        }
        busy.setVisible(t.loading());
        KpiTilesViewModel.KpiTile before = shown;
        boolean themeChanged = p != palette;
        shown = t;
        palette = p;
        if (!themeChanged && before != null && before.withLoading(t.loading()).equals(t)) {
            return; // only the spinner changed (a refresh started or ended)
        }
        KpiReading r = t.reading();
        Status s = t.failed() ? Status.UNKNOWN : r.status();
        boolean unjudged = r.unjudged();
        boolean look = themeChanged || before == null || before.failed() != t.failed() || before.reading().status() != r.status()
                || before.stale() != t.stale() || before.reading().unjudged() != unjudged;
        if (before == null || !before.reading().label().equals(r.label())) {
            title.setText(r.label());
        }
        if (look) {
            title.setTextFill(p.text());
            tile.setForegroundColor(p.text());
            // ok draws a softer frame than warning/critical; a value without threshold a neutral one (green would read
            // as healthy); the frame's width stays the same, since a tile that changes size re-lays out its TilesFX text
            Color frameColour = t.failed() ? p.critical() : unjudged ? p.grid() : p.of(s);
            frame(s == Status.OK && !t.failed() && !unjudged ? frameColour.interpolate(p.surface(), 0.45) : frameColour, p.surface());
            // one icon node that changes shape: a new node per status change would add CSS work to the frame
            statusIcon.setIconCode((t.failed() ? Icons.ERROR : Icons.forStatus(s)).ikon());
            status.setGraphic(unjudged ? null : statusIcon);
            status.setVisible(!unjudged || t.stale());
            status.setManaged(!unjudged || t.stale());
            // the labels' colours come from kpi-board.css through these pseudo-classes: an inline style per
            // label re-applied all of the card's CSS on every status change
            for (Status each : Status.values()) {
                pseudoClassStateChanged(STATUS_CLASSES.get(each), !t.failed() && !unjudged && each == s);
            }
            pseudoClassStateChanged(FAILED, t.failed());
            pseudoClassStateChanged(STALE, t.stale());
        }
        value.setText(r.valueText());
        status.setText(!t.stale() ? r.statusText() : unjudged ? "stale" : r.statusText() + " · stale");
        dayDelta.setText(r.dayDeltaText());
        weekDelta.setText(r.weekDeltaText());
        // a unit stays with its number when the threshold wraps ("+10.0 %", never "+10.0" then "%")
        note.setText(t.failed() ? r.error() : t.stale() ? t.staleText() : r.thresholdText().replace(" %", "\u00A0%"));
        if (look || before == null || !before.reading().sparkline().equals(r.sparkline())) {
            drawSparkline(r.sparkline(), unjudged ? p.text() : p.of(s), p.muted());
        }
        tooltip.setText(r.label() + " (" + r.id() + "), as of " + r.day() + "\n" + r.definition().definition()
                + "\nThreshold: " + r.thresholdText() + "\nSQL: " + r.sqlSourceText()
                + (t.failed() ? "\nError: " + r.error() : "") + (t.stale() ? "\n" + t.staleText() : ""));
    }

    /**
     * The status frame is the card's own fill showing around the tile, which sits {@link #FRAME} px
     * inside it; not a stroked border, and not two layered fills: the software renderer rasterises a
     * stroked rectangle over its whole area and draws layered fills through a scaled image, which made
     * repainting the board several times slower (bench --board).
     */
    private void frame(Color colour, Color surface) {
        setBackground(Background.fill(colour));
        tile.setBackgroundColor(surface);
    }

    KpiTilesViewModel.KpiTile shown() {
        return shown;
    }

    /** The last 14 days as a line, scaled to its own min..max, with the as-of day as a dot; gaps for days without a value. */
    private void drawSparkline(List<Double> points, Color last, Color line) {
        GraphicsContext g = spark.getGraphicsContext2D();
        g.clearRect(0, 0, spark.getWidth(), spark.getHeight());
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Double v : points) {
            if (v != null) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (points.size() < 2 || min == Double.POSITIVE_INFINITY) {
            return;
        }
        double span = max - min == 0 ? 1 : max - min;
        double step = SPARK_W / (points.size() - 1);
        g.setStroke(line);
        g.setLineWidth(1.5);
        List<double[]> segment = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Double v = points.get(i);
            if (v == null) {
                stroke(g, segment);
                continue;
            }
            segment.add(new double[] {i * step, y(v, min, span)});
        }
        stroke(g, segment);
        Double end = points.get(points.size() - 1);
        if (end != null) {
            g.setFill(last);
            g.fillOval(SPARK_W - 3, y(end, min, span) - 3, 6, 6);
        }
    }

    private static double y(double v, double min, double span) {
        return SPARK_H - 3 - (v - min) / span * (SPARK_H - 6);
    }

    /** Strokes a run of two or more points, then starts a new run. */
    private static void stroke(GraphicsContext g, List<double[]> segment) {
        if (segment.size() >= 2) {
            double[] xs = new double[segment.size()];
            double[] ys = new double[segment.size()];
            for (int i = 0; i < segment.size(); i++) {
                xs[i] = segment.get(i)[0];
                ys[i] = segment.get(i)[1];
            }
            g.strokePolyline(xs, ys, xs.length);
        }
        segment.clear();
    }
}
