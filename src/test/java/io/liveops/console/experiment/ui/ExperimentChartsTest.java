package io.liveops.console.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.liveops.console.experiment.ui.ExperimentRows.ForestPoint;
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
}
