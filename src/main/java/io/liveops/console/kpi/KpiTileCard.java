package io.liveops.console.kpi;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import io.liveops.console.ui.Icons;
import io.liveops.console.ui.Palette;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
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

    private final Tile tile;
    private final Label value = new Label();
    private final Label status = new Label();
    private final Label dayDelta = new Label();
    private final Label weekDelta = new Label();
    private final Label note = new Label();
    private final Pane spark = new Pane();
    // a still mark, not a spinning ProgressIndicator: two dozen spinners re-render every frame and
    // stalled the FX pulse by 50-90 ms during each refresh (bench --board)
    private final Label busy = new Label("updating", Icons.REFRESH.create());
    private final Tooltip tooltip = new Tooltip();
    private KpiTilesViewModel.Tile shown;
    private Palette palette = Palette.LIGHT;

    KpiTileCard(String id) {
        setId("tile-" + id.replace(':', '-'));
        getStyleClass().add("kpi-tile");
        value.setId("tile-value");
        value.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 26));
        value.setMinHeight(Region.USE_PREF_SIZE);
        status.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 12));
        status.setGraphicTextGap(4);
        status.getStyleClass().add("tile-status");
        for (Label l : List.of(dayDelta, weekDelta, note)) {
            l.setFont(Font.font("DejaVu Sans", 11));
        }
        note.setWrapText(true);
        note.setMaxHeight(30);
        spark.setPrefSize(SPARK_W, SPARK_H);
        spark.setMinSize(SPARK_W, SPARK_H);
        spark.setMaxSize(SPARK_W, SPARK_H);
        HBox deltas = new HBox(10, dayDelta, weekDelta);
        VBox content = new VBox(2, value, status, deltas, spark, note);
        content.setAlignment(Pos.TOP_LEFT);
        content.setPadding(new Insets(0, 2, 0, 2));

        tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .prefSize(WIDTH, HEIGHT)
                .title("")
                .textVisible(false)
                .graphic(content)
                .roundedCorners(true)
                .animated(false)
                .build();
        busy.setFont(Font.font("DejaVu Sans", 10));
        busy.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        busy.setVisible(false);
        busy.getStyleClass().add("tile-progress");
        StackPane.setAlignment(busy, Pos.TOP_RIGHT);
        StackPane.setMargin(busy, new Insets(6, 8, 0, 0));
        getChildren().addAll(tile, busy);
        setMaxSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        HBox.setHgrow(spark, Priority.NEVER);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        Tooltip.install(this, tooltip);
    }

    void update(KpiTilesViewModel.Tile t, Palette p) {
        if (t.equals(shown) && p == palette) {
            return; // nothing changed: keep the FX thread free
        }
        busy.setVisible(t.loading());
        KpiTilesViewModel.Tile before = shown;
        boolean themeChanged = p != palette;
        shown = t;
        palette = p;
        if (!themeChanged && before != null && before.withLoading(t.loading()).equals(t)) {
            return; // only the spinner changed (a refresh started or ended)
        }
        Status s = t.failed() ? Status.UNKNOWN : t.status();
        boolean look = themeChanged || before == null || before.failed() != t.failed() || before.status() != t.status()
                || before.stale() != t.stale();
        if (before == null || !before.label().equals(t.label())) {
            tile.setTitle(t.label());
        }
        if (look) {
            tile.setBackgroundColor(p.surface());
            tile.setTitleColor(p.muted());
            tile.setForegroundColor(p.text());
            tile.setBorderColor(t.failed() ? p.critical() : p.of(s));
            tile.setBorderWidth(s == Status.OK && !t.failed() ? 1.5 : 3);
            FontIcon icon = t.failed() ? Icons.ERROR.create() : Icons.forStatus(s).create();
            icon.setIconSize(14);
            Palette.colourIcon(icon, t.failed() ? p.critical() : p.of(s)); // inline: the themes' stylesheets would win over a setter
            status.setGraphic(icon);
            fill(value, t.stale() ? p.muted() : p.text());
            fill(status, t.failed() ? p.critical() : p.of(s));
            fill(dayDelta, p.muted());
            fill(weekDelta, p.muted());
            fill(note, t.failed() || t.stale() ? p.critical() : p.muted());
        }
        value.setText(t.valueText());
        status.setText(t.stale() ? t.statusText() + " · stale" : t.statusText());
        dayDelta.setText(t.dayDeltaText());
        weekDelta.setText(t.weekDeltaText());
        note.setText(t.failed() ? t.errorText() : t.stale() ? t.staleText() : t.thresholdText());
        if (look || before == null || !before.sparkline().equals(t.sparkline())) {
            drawSparkline(t.sparkline(), p.of(s), p.muted());
        }
        tooltip.setText(t.label() + " (" + t.id() + "), as of " + t.asOf() + "\n" + t.definition()
                + "\nThreshold: " + t.thresholdText() + "\nSQL: " + t.sqlSource()
                + (t.failed() ? "\nError: " + t.errorText() : "") + (t.stale() ? "\n" + t.staleText() : ""));
    }

    private static void fill(Label label, javafx.scene.paint.Color color) {
        label.setStyle("-fx-text-fill: " + Palette.web(color) + ";");
    }

    KpiTilesViewModel.Tile shown() {
        return shown;
    }

    /** The last 14 days as a line, scaled to its own min..max, with the as-of day as a dot; gaps for days without a value. */
    private void drawSparkline(List<Double> points, javafx.scene.paint.Color last, javafx.scene.paint.Color line) {
        spark.getChildren().clear();
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
        List<Double> segment = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Double v = points.get(i);
            if (v == null) {
                flush(segment, line);
                continue;
            }
            segment.add(i * step);
            segment.add(SPARK_H - 3 - (v - min) / span * (SPARK_H - 6));
        }
        flush(segment, line);
        Double end = points.get(points.size() - 1);
        if (end != null) {
            Circle dot = new Circle(SPARK_W, SPARK_H - 3 - (end - min) / span * (SPARK_H - 6), 3, last);
            spark.getChildren().add(dot);
        }
    }

    private void flush(List<Double> segment, javafx.scene.paint.Color color) {
        if (segment.size() >= 4) {
            Polyline p = new Polyline();
            p.getPoints().setAll(segment);
            p.setStroke(color);
            p.setStrokeWidth(1.5);
            spark.getChildren().add(p);
        }
        segment.clear();
    }
}
