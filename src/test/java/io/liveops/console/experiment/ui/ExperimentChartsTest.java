package io.liveops.console.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.experiment.core.stats.SampleSize;
import io.liveops.console.experiment.ui.ExperimentRows.ForestPoint;
import io.liveops.console.ui.kit.ChartTheme;
import io.liveops.console.ui.kit.Palette;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** Issue 15, item 2: the lift chart's axis holds every interval and zero, and the zero line is drawn. */
class ExperimentChartsTest {

    private static Range axisAfter(List<ForestPoint> points) {
        JFreeChart chart = ExperimentCharts.forestChart();
        ExperimentCharts.showForest(chart, points, "lift (percentage points)");
        var markers = chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND);
        assertThat(markers).as("zero line").anySatisfy(m -> assertThat(((ValueMarker) m).getValue()).isZero());
        return chart.getXYPlot().getDomainAxis().getRange();
    }

    @Test
    void axisContainsEveryIntervalAndZero() {
        // +7 pp with CI +2.6 to +11.4: the axis used to run 0.05 to 0.80 and draw nothing
        Range r = axisAfter(List.of(new ForestPoint("variant", 7, 2.6, 11.4, true)));
        assertThat(r.getLowerBound()).isLessThanOrEqualTo(0);
        assertThat(r.getUpperBound()).isGreaterThanOrEqualTo(11.4);
        // −1.40 to +2.12 ran off both edges
        r = axisAfter(List.of(new ForestPoint("variant", 0.36, -1.40, 2.12, false)));
        assertThat(r.getLowerBound()).isLessThan(-1.40);
        assertThat(r.getUpperBound()).isGreaterThan(2.12);
        // several variants, all below zero
        r = axisAfter(List.of(new ForestPoint("a", -5, -9, -1, true), new ForestPoint("b", -3, -4.5, -2, true)));
        assertThat(r.getLowerBound()).isLessThan(-9);
        assertThat(r.getUpperBound()).isGreaterThanOrEqualTo(0);
        assertThat(r.contains(0)).isTrue();
        // nothing to show yet: a sane axis around zero
        assertThat(axisAfter(List.of()).contains(0)).isTrue();
    }

    /** Issue 10: the charts take every colour from the theme's palette (no hex of their own), and follow a theme switch. */
    @Test
    void chartsAreColouredFromTheThemesPalette() {
        for (Palette p : List.of(Palette.DARK, Palette.LIGHT)) {
            JFreeChart forest = ExperimentCharts.forestChart();
            ExperimentCharts.showForest(forest, List.of(new ForestPoint("a", 7, 2.6, 11.4, true), new ForestPoint("b", 1, -1, 3, false)), "lift");
            ExperimentCharts.applyPalette(forest, p);
            var plot = forest.getXYPlot();
            assertThat(forest.getBackgroundPaint()).isEqualTo(ChartTheme.awt(p.surface(), 1));
            assertThat(plot.getBackgroundPaint()).isEqualTo(ChartTheme.awt(p.surface(), 1));
            assertThat(plot.getRenderer().getSeriesPaint(0)).as("significant").isEqualTo(ChartTheme.awt(p.ok(), 1));
            assertThat(plot.getRenderer().getSeriesPaint(1)).as("not significant").isEqualTo(ChartTheme.awt(p.muted(), 1));
            assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).allSatisfy(m -> assertThat(((ValueMarker) m).getPaint()).isEqualTo(ChartTheme.awt(p.muted(), 1)));
            assertThat(plot.getRangeAxis().getTickLabelPaint()).isEqualTo(ChartTheme.awt(p.muted(), 1));

            JFreeChart power = ExperimentCharts.powerChart();
            ExperimentCharts.showPower(power, List.of(new SampleSize.PowerPoint(1, 100, 0.2), new SampleSize.PowerPoint(2, 200, 0.5)), 0.8);
            ExperimentCharts.applyPalette(power, p);
            assertThat(power.getXYPlot().getRenderer().getSeriesPaint(0)).isEqualTo(ChartTheme.awt(p.text(), 1));
            assertThat(power.getXYPlot().getRangeMarkers(Layer.FOREGROUND)).singleElement()
                    .satisfies(m -> assertThat(((ValueMarker) m).getPaint()).as("target power").isEqualTo(ChartTheme.awt(p.ok(), 1)));
            assertThat(power.getBackgroundPaint()).isEqualTo(ChartTheme.awt(p.surface(), 1));
        }
    }
}
