package io.liveops.console.kpi.core;

import java.util.Optional;

/** Says a threshold in words and in the KPI's unit ("warning below 25.0 %"), for tiles, the detail pane and alerts. */
public final class ThresholdText {

    private final KpiFormat format;

    public ThresholdText(KpiFormat format) {
        this.format = format;
    }

    public String describe(Unit unit, Optional<Threshold> threshold) {
        if (threshold.isEmpty()) {
            return "No threshold: the value is shown, never judged";
        }
        Threshold t = threshold.get();
        String below = t.inclusive() ? "at or below " : "below ";
        String above = t.inclusive() ? "at or above " : "above ";
        String target = t.target() == null ? "" : "target " + format.format(unit, t.target()) + " · ";
        return switch (t.direction()) {
            case HIGHER_IS_BETTER -> target + "warning " + below + format.format(unit, t.warning())
                    + " · critical " + below + format.format(unit, t.critical());
            case LOWER_IS_BETTER -> target + "warning " + above + format.format(unit, t.warning())
                    + " · critical " + above + format.format(unit, t.critical());
            case BAND -> target + "ok from " + format.format(unit, t.warningLow()) + " to " + format.format(unit, t.warningHigh())
                    + " · critical outside " + format.format(unit, t.criticalLow()) + " to " + format.format(unit, t.criticalHigh());
        };
    }
}
