package io.liveops.console.experiment.ui;

import io.liveops.console.experiment.ui.ExperimentRows.ForestPoint;
import io.liveops.console.experiment.core.stats.SampleSize;
import io.liveops.console.ui.kit.ChartTheme;
import io.liveops.console.ui.kit.Palette;
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
import org.jfree.chart.ui.Layer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The two JFreeChart charts of the Experiments tab: power against duration, and the forest plot of lifts. */
final class ExperimentCharts {

    private static final BasicStroke TARGET = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f);
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
        r.setSeriesStroke(0, new BasicStroke(2f));
        return chart(new XYPlot(new XYSeriesCollection(), x, y, r));
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
            ValueMarker m = new ValueMarker(targetPower);
            m.setStroke(TARGET);
            plot.addRangeMarker(m);
        }
    }

    static JFreeChart forestChart() {
        NumberAxis x = new NumberAxis("lift");
        x.setAutoRangeIncludesZero(true);
        styleAxis(x);
        SymbolAxis y = new SymbolAxis(null, new String[0]);
        styleAxis(y);
        y.setGridBandsVisible(false);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDrawXError(true);
        r.setCapLength(6);
        r.setErrorStroke(new BasicStroke(2f));
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        XYPlot plot = new XYPlot(new XYIntervalSeriesCollection(), x, y, r);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setRangeGridlinesVisible(false);
        plot.addDomainMarker(zeroLine());
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
        y.setGridBandsVisible(false); // its fixed grey bands ignore the theme
        y.setRange(-0.7, Math.max(0.7, points.size() - 0.3));
        plot.setRangeAxis(y);
        plot.getDomainAxis().setLabel(unit);
        // auto-range follows the estimates only, so intervals ran off the edges and zero could fall outside: set it from the intervals and 0
        plot.getDomainAxis().setRange(forestRange(points));
        plot.clearDomainMarkers();
        plot.addDomainMarker(zeroLine());
    }

    private static ValueMarker zeroLine() {
        ValueMarker zero = new ValueMarker(0);
        zero.setStroke(new BasicStroke(1.2f));
        return zero;
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
     * Colours a chart from the theme's palette: background, grid and axes through {@link ChartTheme}; the power
     * curve in the text colour with the target power dashed in the "ok" colour; significant lifts in the "ok"
     * colour, the others muted; the zero line muted. Call again after {@link #showPower} or {@link #showForest},
     * which replace the markers (and the forest plot's row axis).
     */
    static void applyPalette(JFreeChart chart, Palette palette) {
        XYPlot plot = chart.getXYPlot();
        ChartTheme.apply(chart, palette);
        plot.setOutlinePaint(awt(palette.grid()));
        plot.getDomainAxis().setTickMarkPaint(awt(palette.grid()));
        plot.getRangeAxis().setTickMarkPaint(awt(palette.grid()));
        if (plot.getRenderer() instanceof XYErrorRenderer forest) {
            forest.setSeriesPaint(0, awt(palette.ok()));
            forest.setSeriesPaint(1, awt(palette.muted()));
        } else {
            plot.getRenderer().setSeriesPaint(0, awt(palette.text()));
        }
        paint(plot.getDomainMarkers(Layer.FOREGROUND), awt(palette.muted()));
        paint(plot.getRangeMarkers(Layer.FOREGROUND), awt(palette.ok()));
    }

    private static void paint(java.util.Collection<?> markers, Color colour) {
        if (markers != null) {
            for (Object marker : markers) {
                ((ValueMarker) marker).setPaint(colour);
            }
        }
    }

    private static Color awt(javafx.scene.paint.Color c) {
        return ChartTheme.awt(c, c.getOpacity());
    }

    /** A chart without title or legend, in the light theme's colours until {@link #applyPalette} is called. */
    private static JFreeChart chart(XYPlot plot) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setAntiAlias(true);
        applyPalette(chart, Palette.LIGHT);
        return chart;
    }

    private static void styleAxis(org.jfree.chart.axis.ValueAxis axis) {
        axis.setLabelFont(SMALL);
        axis.setTickLabelFont(SMALL);
    }
}
