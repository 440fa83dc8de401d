package io.liveops.console.experiment.ui;

import io.liveops.console.experiment.ui.ExperimentRows.ForestPoint;
import io.liveops.console.experiment.core.stats.SampleSize;
import io.liveops.console.ui.kit.ChartTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The two JFreeChart charts of the Experiments tab: power against duration, and the forest plot of lifts. */
final class ExperimentCharts {

    private static final Color ACCENT = new Color(0x2563eb);
    private static final Color GOOD = new Color(0x15803d);
    private static final Color GREY = new Color(0x6b7280);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ExperimentCharts() {}

    static JFreeChart powerChart() {
        NumberAxis x = new NumberAxis("days");
        NumberAxis y = new NumberAxis("power");
        y.setRange(0, 1.0);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        styleAxis(x);
        styleAxis(y);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, ACCENT);
        r.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xe5e7eb));
        plot.setDomainGridlinePaint(new Color(0xe5e7eb));
        return chart(plot);
    }

    static void showPower(JFreeChart chart, List<SampleSize.PowerPoint> points, double targetPower) {
        XYPlot plot = chart.getXYPlot();
        XYSeries s = new XYSeries("power");
        for (SampleSize.PowerPoint p : points) {
            s.add(p.day(), p.power());
        }
        plot.setDataset(new XYSeriesCollection(s));
        plot.clearRangeMarkers();
        if (!points.isEmpty()) {
            ValueMarker m = new ValueMarker(targetPower, GOOD, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f));
            plot.addRangeMarker(m);
        }
    }

    static JFreeChart forestChart() {
        NumberAxis x = new NumberAxis("lift");
        x.setAutoRangeIncludesZero(true);
        styleAxis(x);
        SymbolAxis y = new SymbolAxis(null, new String[0]);
        styleAxis(y);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDrawXError(true);
        r.setCapLength(6);
        r.setErrorStroke(new BasicStroke(2f));
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setSeriesPaint(0, GOOD);
        r.setSeriesPaint(1, GREY);
        XYPlot plot = new XYPlot(new XYIntervalSeriesCollection(), x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xe5e7eb));
        plot.setRangeGridlinesVisible(false);
        plot.addDomainMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        return chart(plot);
    }

    /** Each variant on its own row: significant lifts in green, the others grey; the x axis in {@code unit}. */
    static void showForest(JFreeChart chart, List<ForestPoint> points, String unit) {
        XYPlot plot = chart.getXYPlot();
        XYIntervalSeries sig = new XYIntervalSeries("significant");
        XYIntervalSeries not = new XYIntervalSeries("not significant");
        String[] labels = new String[points.size()];
        for (int i = 0; i < points.size(); i++) {
            ForestPoint p = points.get(i);
            // the first variant at the top
            int row = points.size() - 1 - i;
            labels[row] = p.label();
            (p.significant() ? sig : not).add(p.estimate(), p.lower(), p.upper(), row, row, row);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(sig);
        data.addSeries(not);
        plot.setDataset(data);
        SymbolAxis y = new SymbolAxis(null, labels);
        styleAxis(y);
        y.setRange(-0.7, Math.max(0.7, points.size() - 0.3));
        plot.setRangeAxis(y);
        plot.getDomainAxis().setLabel(unit);
        // auto-range follows the estimates only, so intervals ran off the edges and zero could fall outside: set it from the intervals and 0
        plot.getDomainAxis().setRange(forestRange(points));
        plot.clearDomainMarkers();
        plot.addDomainMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1.2f)));
    }

    /** The lift axis: every interval and zero, with 6 % of room on each side. */
    static org.jfree.data.Range forestRange(List<ForestPoint> points) {
        double lo = 0;
        double hi = 0;
        for (ForestPoint p : points) {
            lo = Math.min(lo, Math.min(p.lower(), p.estimate()));
            hi = Math.max(hi, Math.max(p.upper(), p.estimate()));
        }
        double span = hi - lo;
        double pad = span > 0 ? 0.06 * span : 1;
        return new org.jfree.data.Range(lo - pad, hi + pad);
    }

    /**
     * Colours a chart for the theme: background, grid, axes and zero line from the palette (the
     * series keep their colours, which read on both themes). Call again after {@link #showForest},
     * which replaces the forest plot's row axis.
     */
    static void applyPalette(JFreeChart chart, io.liveops.console.ui.kit.Palette palette) {
        XYPlot plot = chart.getXYPlot();
        ChartTheme.apply(chart, palette);
        plot.setOutlinePaint(awt(palette.grid()));
        plot.getDomainAxis().setTickMarkPaint(awt(palette.grid()));
        plot.getRangeAxis().setTickMarkPaint(awt(palette.grid()));
        for (Object marker : plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null ? List.of()
                : plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)) {
            ((ValueMarker) marker).setPaint(awt(palette.muted()));
        }
    }

    private static Color awt(javafx.scene.paint.Color c) {
        return ChartTheme.awt(c, c.getOpacity());
    }

    private static JFreeChart chart(XYPlot plot) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        return chart;
    }

    private static void styleAxis(org.jfree.chart.axis.ValueAxis axis) {
        axis.setLabelFont(SMALL);
        axis.setTickLabelFont(SMALL);
    }
}
