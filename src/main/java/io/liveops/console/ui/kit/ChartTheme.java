package io.liveops.console.ui.kit;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

/**
 * Colours a JFreeChart chart from the theme's {@link Palette}: JFreeChart draws outside CSS, so the
 * KPI detail and the Experiments charts are themed in code, through here.
 */
public final class ChartTheme {

    private ChartTheme() {}

    /** Background, grid lines and axes (line, labels, tick labels) in the palette's colours; series are left to the caller. */
    public static void apply(JFreeChart chart, Palette palette) {
        XYPlot plot = chart.getXYPlot();
        chart.setBackgroundPaint(awt(palette.surface(), 1));
        plot.setBackgroundPaint(awt(palette.surface(), 1));
        plot.setDomainGridlinePaint(awt(palette.grid(), 1));
        plot.setRangeGridlinePaint(awt(palette.grid(), 1));
        for (ValueAxis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setTickLabelPaint(awt(palette.muted(), 1));
            axis.setLabelPaint(awt(palette.muted(), 1));
            axis.setAxisLinePaint(awt(palette.grid(), 1));
        }
    }

    /** A JavaFX colour as an AWT one, with the given opacity (0..1). */
    public static java.awt.Color awt(javafx.scene.paint.Color c, double alpha) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) alpha);
    }

    /**
     * Days on a time axis as the console writes them ({@code DisplayFormats.AXIS_DAY_PATTERN}, "09-14"), in UTC like the
     * warehouse's days, instead of JFreeChart's locale format ("14-Sep", "Sep-2025").
     */
    public static void isoDays(org.jfree.chart.axis.DateAxis axis) {
        java.util.TimeZone utc = java.util.TimeZone.getTimeZone(java.time.ZoneOffset.UTC);
        java.text.SimpleDateFormat f = new java.text.SimpleDateFormat(io.liveops.console.shared.DisplayFormats.AXIS_DAY_PATTERN,
                java.util.Locale.ROOT);
        f.setTimeZone(utc);
        axis.setTimeZone(utc);
        axis.setDateFormatOverride(f);
    }
}
