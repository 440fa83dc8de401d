package io.liveops.console.economy.ui;

import io.liveops.console.economy.core.Flow;
import io.liveops.console.economy.core.Fraud;
import io.liveops.console.economy.core.IndexPoint;
import io.liveops.console.economy.core.Ledger;
import io.liveops.console.economy.core.Prices;
import io.liveops.console.kpi.core.Threshold;
import io.liveops.console.ui.kit.ChartTheme;
import io.liveops.console.ui.kit.Palette;
import java.awt.BasicStroke;
import java.awt.Font;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.paint.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.CategoryTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Economy tab's JFreeChart charts: sources above and sinks below the axis with the 7-day ratio on a second axis; the
 * inflation index since the season started with the threshold's bands; fraud flags per day by rule. JFreeChart draws
 * outside CSS: every chart is redrawn from the data and the theme's {@link Palette} together.
 */
final class EconomyCharts {

    /** A chart and what its legend shows (drawn as JavaFX nodes under it: JFreeChart's own legend mis-measures text in FX). */
    record Drawn(JFreeChart chart, List<Key> legend) {}

    /** One legend entry: a series name and its colour; {@code line} for a line series, else a bar. */
    record Key(String name, Color colour, boolean line) {}

    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final long DAY_MS = 86_400_000L;

    private EconomyCharts() {}

    static Drawn emptyChart() {
        XYPlot plot = new XYPlot(new XYSeriesCollection(), dateAxis(), numberAxis(null), new XYLineAndShapeRenderer(true, false));
        return new Drawn(chart(plot), List.of());
    }

    /** Earned per reason above zero, spent per reason below, per day; the 7-day ratio as a line on the right axis with its healthy band. */
    static Drawn ledger(Ledger ledger, Optional<Threshold> ratioThreshold, Palette p) {
        CategoryTableXYDataset bars = new CategoryTableXYDataset();
        List<String> sources = ledger.chartReasons(Flow.SOURCE);
        List<String> sinks = ledger.chartReasons(Flow.SINK);
        Map<LocalDate, Map<String, Long>> earned = ledger.daily(Flow.SOURCE);
        Map<LocalDate, Map<String, Long>> spent = ledger.daily(Flow.SINK);
        for (LocalDate day : ledger.chartDays()) {
            double x = noon(day);
            for (String r : sources) {
                bars.add(x, earned.getOrDefault(day, Map.of()).getOrDefault(r, 0L), "earned: " + r);
            }
            for (String r : sinks) {
                bars.add(x, -spent.getOrDefault(day, Map.of()).getOrDefault(r, 0L), "spent: " + r);
            }
        }
        StackedXYBarRenderer barRenderer = new StackedXYBarRenderer(0.15);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        List<Key> legend = new java.util.ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Color c = shade(p.ok(), p.surface(), i, sources.size());
            barRenderer.setSeriesPaint(i, awt(c));
            legend.add(new Key("earned: " + sources.get(i), c, false));
        }
        for (int i = 0; i < sinks.size(); i++) {
            Color c = shade(p.critical(), p.surface(), i, sinks.size());
            barRenderer.setSeriesPaint(sources.size() + i, awt(c));
            legend.add(new Key("spent: " + sinks.get(i), c, false));
        }
        legend.add(new Key("7-day earn/spend ratio (right axis)", p.text(), true));
        XYPlot plot = new XYPlot(bars, dateAxis(), numberAxis(ledger.currency() + " per day"), barRenderer);
        XYSeries ratio = new XYSeries("7-day earn/spend ratio", false, true);
        ledger.ratioByDay().forEach((day, v) -> ratio.add(noon(day), v));
        NumberAxis ratioAxis = numberAxis("7-day earn/spend ratio");
        ratioAxis.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, awt(p.text()));
        line.setSeriesStroke(0, new BasicStroke(2f));
        // the line's renderer and axis first: a dataset without its own renderer would be drawn (and ranged) as stacked bars
        plot.setRenderer(1, line);
        plot.setRangeAxis(1, ratioAxis);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setDataset(1, new XYSeriesCollection(ratio));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.addRangeMarker(new ValueMarker(0, awt(p.muted()), new BasicStroke(1f)));
        ratioThreshold.filter(t -> t.direction() == Threshold.Direction.BAND).ifPresent(t -> {
            IntervalMarker healthy = new IntervalMarker(t.warningLow(), t.warningHigh(), ChartTheme.awt(p.ok(), 0.12));
            plot.addRangeMarker(1, healthy, Layer.BACKGROUND);
            double top = Math.max(t.criticalHigh(), ratio.getMaxY() * 1.05);
            ratioAxis.setRange(0, Double.isFinite(top) ? top : t.criticalHigh());
            legend.add(new Key("healthy ratio " + t.warningLow() + " to " + t.warningHigh(), p.ok().interpolate(p.surface(), 0.75), false));
        });
        return new Drawn(theme(chart(plot), p), legend);
    }

    /** The index per day since the season started, over the same bands as the gauge, with the target line. */
    static Drawn index(Prices prices, List<GaugeState.Band> bands, Optional<Threshold> threshold, Palette p) {
        XYSeries series = new XYSeries("inflation index", false, true);
        for (IndexPoint pt : prices.series()) {
            series.add(noon(pt.day()), pt.value());
        }
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, awt(p.text()));
        line.setSeriesStroke(0, new BasicStroke(2f));
        line.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        NumberAxis y = numberAxis("index (base window = 1)");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), dateAxis(), y, line);
        double lo = series.getItemCount() == 0 ? 1 : series.getMinY();
        double hi = series.getItemCount() == 0 ? 1 : series.getMaxY();
        for (GaugeState.Band b : bands) {
            plot.addRangeMarker(new IntervalMarker(b.from(), b.to(), ChartTheme.awt(p.of(b.status()), 0.14)), Layer.BACKGROUND);
            lo = Math.min(lo, b.to());
            hi = Math.max(hi, b.from());
        }
        threshold.map(Threshold::target).ifPresent(target -> plot.addRangeMarker(new ValueMarker(target, awt(p.muted()),
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f))));
        double pad = Math.max(0.01, (hi - lo) * 0.08);
        if (Double.isFinite(lo) && Double.isFinite(hi)) {
            y.setRange(lo - pad, hi + pad);
        }
        List<Key> legend = new java.util.ArrayList<>(List.of(new Key("inflation index", p.text(), true)));
        for (io.liveops.console.shared.Status s : List.of(io.liveops.console.shared.Status.OK, io.liveops.console.shared.Status.WARNING,
                io.liveops.console.shared.Status.CRITICAL)) {
            if (bands.stream().anyMatch(b -> b.status() == s)) {
                legend.add(new Key(s.id() + " band", p.of(s).interpolate(p.surface(), 0.7), false));
            }
        }
        return new Drawn(theme(chart(plot), p), legend);
    }

    /** Flags per day, stacked by rule, for the last 30 days. */
    static Drawn fraud(Fraud fraud, Palette p) {
        CategoryTableXYDataset bars = new CategoryTableXYDataset();
        List<String> rules = fraud.chartRules();
        Map<LocalDate, Map<String, Long>> byDay = new java.util.HashMap<>();
        for (Fraud.DayCount c : fraud.daily()) {
            byDay.computeIfAbsent(c.day(), d -> new java.util.HashMap<>()).merge(c.rule(), c.flags(), Long::sum);
        }
        for (LocalDate day : fraud.chartDays()) {
            for (String rule : rules) {
                bars.add(noon(day), byDay.getOrDefault(day, Map.of()).getOrDefault(rule, 0L), rule);
            }
        }
        StackedXYBarRenderer r = new StackedXYBarRenderer(0.15);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        List<Color> hues = List.of(p.critical(), p.warning(), p.muted(), p.critical().interpolate(p.surface(), 0.5),
                p.warning().interpolate(p.surface(), 0.5), p.text());
        List<Key> legend = new java.util.ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            r.setSeriesPaint(i, awt(hues.get(i % hues.size())));
            legend.add(new Key(rules.get(i), hues.get(i % hues.size()), false));
        }
        NumberAxis y = numberAxis("flags per day");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(bars, dateAxis(), y, r);
        return new Drawn(theme(chart(plot), p), legend);
    }

    private static JFreeChart chart(XYPlot plot) {
        JFreeChart chart = new JFreeChart(null, SMALL, plot, false);
        chart.setAntiAlias(true);
        return chart;
    }

    /** The palette on background, grid, axes (the second axis too) and legend; series colours are set by each chart. */
    private static JFreeChart theme(JFreeChart chart, Palette p) {
        ChartTheme.apply(chart, p);
        XYPlot plot = chart.getXYPlot();
        plot.setOutlinePaint(awt(p.grid()));
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            ValueAxis axis = plot.getRangeAxis(i);
            if (axis != null) {
                axis.setTickLabelPaint(awt(p.muted()));
                axis.setLabelPaint(awt(p.muted()));
                axis.setAxisLinePaint(awt(p.grid()));
            }
        }
        return chart;
    }

    private static DateAxis dateAxis() {
        DateAxis x = new DateAxis(null);
        ChartTheme.isoDays(x);
        x.setTickLabelFont(SMALL);
        x.setLabelFont(SMALL);
        return x;
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis y = new NumberAxis(label);
        y.setTickLabelFont(SMALL);
        y.setLabelFont(SMALL);
        return y;
    }

    /** The middle of a UTC day, so a day's bar is centred on it. */
    private static double noon(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + DAY_MS / 2.0;
    }

    /** The i-th of n shades from a colour towards the surface: one hue per flow, a shade per reason. */
    private static Color shade(Color base, Color surface, int i, int n) {
        return n <= 1 ? base : base.interpolate(surface, 0.6 * i / (n - 1));
    }

    private static java.awt.Color awt(Color c) {
        return ChartTheme.awt(c, c.getOpacity());
    }
}
