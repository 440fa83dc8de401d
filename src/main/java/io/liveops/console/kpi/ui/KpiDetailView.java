package io.liveops.console.kpi.ui;

import io.liveops.console.kpi.core.KpiReading;
import io.liveops.console.kpi.core.Threshold;
import io.liveops.console.kpi.core.TrendPoint;
import io.liveops.console.kpi.core.Unit;

import io.liveops.console.shared.DisplayFormats;
import io.liveops.console.ui.kit.Icons;
import io.liveops.console.ui.kit.ChartTheme;
import io.liveops.console.ui.kit.Palette;
import java.awt.BasicStroke;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The selected tile's detail: its last 90 days as a JFreeChart time series with the warning and
 * critical bands, the threshold in words, the SQL file and the contract's definition, and the
 * threshold editor. Validation lives in {@link ThresholdEditorViewModel}; ControlsFX only draws it.
 */
final class KpiDetailView extends VBox {

    private final KpiDetailViewModel vm;
    private final ThresholdEditorViewModel editor;
    private final TimeSeriesCollection dataset = new TimeSeriesCollection();
    private final JFreeChart chart;
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label threshold = new Label();
    private final Label definition = new Label();
    private final Label sql = new Label();
    private final Label error = new Label();
    private final Label trendError = new Label();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final ValidationSupport validation = new ValidationSupport();
    private Palette palette = Palette.LIGHT;

    KpiDetailView(KpiDetailViewModel vm, ThresholdEditorViewModel editor, ObservableValue<Palette> themePalette) {
        this.vm = vm;
        this.editor = editor;
        setId("kpi-detail");
        getStyleClass().add("kpi-detail");
        setSpacing(6);
        setPadding(new Insets(10));
        setPrefWidth(KpiTilesView.DETAIL_WIDTH - 20);
        setMinWidth(300);

        title.getStyleClass().add("section-title");
        title.setId("detail-title");
        status.setId("detail-status");
        Button close = new Button("Close");
        close.setId("detail-close");
        close.setOnAction(e -> vm.closeDetail());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, close);
        header.setAlignment(Pos.CENTER_LEFT);

        chart = ChartFactory.createTimeSeriesChart(null, null, null, dataset, false, true, false);
        ChartTheme.isoDays((org.jfree.chart.axis.DateAxis) chart.getXYPlot().getDomainAxis());
        chart.setAntiAlias(true);
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("kpi-chart");
        viewer.setPrefSize(440, 260);
        viewer.setMinHeight(220);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(40, 40);
        loading.visibleProperty().bind(vm.trendLoadingProperty());
        trendError.setId("trend-error");
        trendError.setWrapText(true);
        trendError.getStyleClass().add("form-error");
        trendError.textProperty().bind(vm.trendErrorProperty());
        StackPane chartArea = new StackPane(viewer, loading, trendError);

        for (Label l : List.of(status, threshold, definition, sql, error)) {
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        threshold.setId("detail-threshold");
        definition.setId("detail-definition");
        sql.setId("detail-sql");
        error.setId("detail-error");
        error.getStyleClass().add("form-error");

        VBox.setVgrow(chartArea, Priority.ALWAYS);
        getChildren().addAll(header, status, chartArea, threshold, definition, sql, error, editorPane());

        vm.selectedTileProperty().addListener((o, was, t) -> show(t));
        vm.trendProperty().addListener((o, was, points) -> drawTrend());
        themePalette.addListener((o, was, p) -> {
            palette = p;
            styleChart();
            show(vm.selectedTileProperty().get());
        });
        palette = themePalette.getValue();
        styleChart();
    }

    private VBox editorPane() {
        Label heading = new Label("Edit threshold");
        heading.getStyleClass().add("section-title");
        ChoiceBox<Threshold.Direction> direction = new ChoiceBox<>(FXCollections.observableArrayList(Threshold.Direction.values()));
        direction.setId("threshold-direction");
        direction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Threshold.Direction d) {
                return d == null ? "" : d.id().replace('_', ' ');
            }

            @Override
            public Threshold.Direction fromString(String s) {
                return Threshold.Direction.fromId(s.replace(' ', '_'));
            }
        });
        direction.valueProperty().bindBidirectional(editor.directionProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.add(new Label("Direction"), 0, 0);
        grid.add(direction, 1, 0);
        String[] names = {ThresholdEditorViewModel.TARGET, ThresholdEditorViewModel.WARNING, ThresholdEditorViewModel.CRITICAL,
                ThresholdEditorViewModel.WARNING_LOW, ThresholdEditorViewModel.WARNING_HIGH, ThresholdEditorViewModel.CRITICAL_LOW,
                ThresholdEditorViewModel.CRITICAL_HIGH};
        Label directionLabel = (Label) grid.getChildren().get(0);
        directionLabel.setMinWidth(Region.USE_PREF_SIZE);
        int i = 0;
        for (String name : names) {
            String[] f = {name};
            TextField field = new TextField();
            field.setId("threshold-" + f[0].replace('_', '-'));
            field.setPrefColumnCount(8);
            field.setMinWidth(70);
            field.textProperty().bindBidirectional(editor.field(f[0]));
            fields.put(f[0], field);
            // "Warning above" / "Warning below": the label says which side breaches, in the direction chosen
            Label label = new Label();
            label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> editor.fieldLabel(name),
                    editor.directionProperty()));
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setId("threshold-label-" + f[0].replace('_', '-'));
            boolean band = f[0].contains("_");
            boolean single = f[0].equals(ThresholdEditorViewModel.WARNING) || f[0].equals(ThresholdEditorViewModel.CRITICAL);
            ObservableValue<Boolean> applies = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
                boolean isBand = editor.directionProperty().get() == Threshold.Direction.BAND;
                return band ? isBand : !single || !isBand;
            }, editor.directionProperty());
            field.visibleProperty().bind(applies);
            field.managedProperty().bind(applies);
            label.visibleProperty().bind(applies);
            label.managedProperty().bind(applies);
            // one limit per row: two side by side cut the labels ("Warn…") in a pane 400 px wide
            grid.add(label, 0, 1 + i);
            grid.add(field, 1, 1 + i);
            i++;
            validation.registerValidator(field, false, (c, text) -> ValidationResult.fromMessageIf(c, editor.errorProperty().get(),
                    Severity.ERROR, f[0].equals(editor.errorFieldProperty().get())));
        }
        CheckBox inclusive = new CheckBox("The limit itself counts as a breach (≥ / ≤)");
        inclusive.setWrapText(true);
        inclusive.setId("threshold-inclusive");
        inclusive.selectedProperty().bindBidirectional(editor.inclusiveProperty());
        Label unitHint = new Label();
        unitHint.getStyleClass().add("hint");
        unitHint.setWrapText(true);
        unitHint.textProperty().bind(editor.unitHintProperty());
        Label reason = new Label();
        reason.setId("threshold-error");
        reason.setWrapText(true);
        reason.getStyleClass().add("form-error");
        reason.textProperty().bind(editor.errorProperty());
        Label message = new Label();
        message.setId("threshold-message");
        message.setWrapText(true);
        message.getStyleClass().add("form-ok");
        message.textProperty().bind(editor.messageProperty());
        Button save = new Button("Save threshold");
        save.setId("threshold-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(editor.canSaveProperty().not());
        save.setOnAction(e -> editor.save());
        Button reset = new Button("Default");
        reset.setId("threshold-reset");
        reset.disableProperty().bind(editor.savingProperty());
        reset.setOnAction(e -> editor.resetToDefault());
        HBox buttons = new HBox(8, save, reset);
        editor.errorProperty().addListener((o, was, is) -> validation.revalidate());
        editor.errorFieldProperty().addListener((o, was, is) -> validation.revalidate());
        return new VBox(6, heading, grid, inclusive, unitHint, reason, buttons, message);
    }

    private void show(KpiTilesViewModel.KpiTile tile) {
        if (tile == null) {
            return;
        }
        KpiReading t = tile.reading();
        title.setText(t.label());
        if (t.unjudged()) {
            status.setGraphic(null); // no threshold: no verdict to show
        } else {
            var icon = t.failed() ? Icons.ERROR.create() : Icons.forStatus(t.status()).create();
            // appended: the icon keeps its own inline font style
            Palette.colourIcon(icon, t.failed() ? palette.critical() : palette.of(t.status()));
            status.setGraphic(icon);
        }
        status.setText(t.valueText() + (t.statusText().isEmpty() ? "" : " · " + t.statusText()) + " · as of "
                + DisplayFormats.date(t.day()) + " · " + t.dayDeltaText() + " · " + t.weekDeltaText());
        threshold.setText("Threshold: " + t.thresholdText());
        definition.setText("Definition: " + t.definition().definition());
        sql.setText("SQL file: " + t.sqlSourceText());
        error.setText(t.failed() ? t.error() : tile.stale() ? tile.staleText() : "");
        if (!t.id().equals(editor.kpiIdProperty().get())) {
            editor.edit(t.id(), t.label(), t.unit());
        }
        drawTrend();
    }

    /** The series in display units (percent for fractions), with the bands of the threshold in force. */
    private void drawTrend() {
        KpiReading t = vm.selectedTileProperty().get() == null ? null : vm.selectedTileProperty().get().reading();
        dataset.removeAllSeries();
        XYPlot plot = chart.getXYPlot();
        plot.clearRangeMarkers();
        if (t == null) {
            return;
        }
        double scale = t.unit() == Unit.FRACTION || t.unit() == Unit.CHANGE ? 100 : 1;
        TimeSeries series = new TimeSeries(t.label());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (TrendPoint p : vm.trendProperty().get()) {
            Day day = new Day(p.day().getDayOfMonth(), p.day().getMonthValue(), p.day().getYear());
            Double v = p.value() == null ? null : p.value() * scale;
            series.add(day, v);
            if (v != null) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (series.getItemCount() == 0) {
            return;
        }
        dataset.addSeries(series);
        Optional<Threshold> th = vm.thresholdOf(t.id());
        if (th.isPresent()) {
            Threshold x = th.get();
            for (Double limit : new Double[] {x.target(), x.warning(), x.critical(), x.warningLow(), x.warningHigh(), x.criticalLow(),
                    x.criticalHigh()}) {
                if (limit != null) {
                    lo = Math.min(lo, limit * scale);
                    hi = Math.max(hi, limit * scale);
                }
            }
        }
        if (lo == Double.POSITIVE_INFINITY) {
            return;
        }
        double pad = hi - lo == 0 ? Math.max(1, Math.abs(hi) * 0.1) : (hi - lo) * 0.08;
        double bottom = lo - pad;
        double top = hi + pad;
        th.ifPresent(x -> {
            java.awt.Color warn = awt(palette.warning(), 0.22);
            java.awt.Color crit = awt(palette.critical(), 0.22);
            switch (x.direction()) {
                case HIGHER_IS_BETTER -> {
                    plot.addRangeMarker(band(bottom, x.critical() * scale, crit, "critical"));
                    plot.addRangeMarker(band(x.critical() * scale, x.warning() * scale, warn, "warning"));
                }
                case LOWER_IS_BETTER -> {
                    plot.addRangeMarker(band(x.warning() * scale, x.critical() * scale, warn, "warning"));
                    plot.addRangeMarker(band(x.critical() * scale, top, crit, "critical"));
                }
                case BAND -> {
                    plot.addRangeMarker(band(bottom, x.criticalLow() * scale, crit, "critical"));
                    plot.addRangeMarker(band(x.criticalLow() * scale, x.warningLow() * scale, warn, "warning"));
                    plot.addRangeMarker(band(x.warningHigh() * scale, x.criticalHigh() * scale, warn, "warning"));
                    plot.addRangeMarker(band(x.criticalHigh() * scale, top, crit, "critical"));
                }
            }
            if (x.target() != null) {
                ValueMarker target = new ValueMarker(x.target() * scale, awt(palette.ok(), 1), new BasicStroke(1.5f,
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                target.setLabel("target");
                target.setLabelPaint(awt(palette.muted(), 1));
                target.setLabelFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 10));
                target.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
                target.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
                target.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
                plot.addRangeMarker(target);
            }
        });
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setRange(bottom, top);
        axis.setLabel(switch (t.unit()) {
            case FRACTION, CHANGE -> "%";
            case USD -> "USD";
            case MILLISECONDS -> "ms";
            default -> null;
        });
    }

    private IntervalMarker band(double from, double to, java.awt.Color color, String label) {
        IntervalMarker m = new IntervalMarker(Math.min(from, to), Math.max(from, to), color);
        m.setLabel(label);
        m.setLabelPaint(awt(palette.muted(), 1));
        m.setLabelFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 10));
        m.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
        return m;
    }

    private void styleChart() {
        XYPlot plot = chart.getXYPlot();
        ChartTheme.apply(chart, palette);
        plot.setOutlineVisible(false);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, awt(palette.text(), 1));
        renderer.setSeriesStroke(0, new BasicStroke(1.8f));
        drawTrend();
    }

    private static java.awt.Color awt(javafx.scene.paint.Color c, double alpha) {
        return ChartTheme.awt(c, alpha);
    }

    ScrollPane inScrollPane() {
        ScrollPane scroll = new ScrollPane(this);
        scroll.setFitToWidth(true);
        scroll.setId("kpi-detail-scroll");
        return scroll;
    }
}
