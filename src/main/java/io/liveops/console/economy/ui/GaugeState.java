package io.liveops.console.economy.ui;

import io.liveops.console.economy.core.Gauge;
import io.liveops.console.economy.core.GaugeReading;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.Threshold;
import io.liveops.console.kpi.core.Unit;
import io.liveops.console.shared.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One gauge as the tab draws it: the value in words and as a needle, its status word (colour is never the only cue),
 * the note under it (the threshold, or what is missing and why), and the dial: its range and the threshold's bands.
 *
 * @param decimals decimals of the needle's value and of the dial's ends
 */
public record GaugeState(Gauge gauge, String title, Double value, String valueText, Status status, boolean failed, String statusText,
                         String note, double min, double max, int decimals, List<Band> bands) {

    /** A stretch of the dial in one status colour. */
    public record Band(double from, double to, Status status) {}

    public GaugeState {
        Objects.requireNonNull(gauge, "gauge");
        bands = List.copyOf(bands);
    }

    /** A gauge waiting for its first value (or whose inputs just changed). */
    static GaugeState waiting(Gauge gauge, String title, String note, Optional<Threshold> threshold) {
        Dial d = Dial.of(threshold, null, decimalsOf(gauge), gauge == Gauge.FRAUD);
        return new GaugeState(gauge, title, null, "—", Status.UNKNOWN, false, "no data", note, d.min, d.max, decimalsOf(gauge), d.bands);
    }

    static GaugeState of(GaugeReading reading, String title, Optional<Threshold> threshold, String thresholdText, KpiFormat format) {
        Gauge g = reading.gauge();
        Dial d = Dial.of(threshold, reading.value(), decimalsOf(g), g == Gauge.FRAUD);
        String valueText = reading.failed() ? "error" : format.format(unitOf(g), reading.value());
        String word = reading.failed() ? "error" : reading.status() == Status.UNKNOWN ? "no data" : reading.status().id();
        String note = reading.value() == null ? reading.problem() : thresholdText;
        return new GaugeState(g, title, reading.value(), valueText, reading.status(), reading.failed(), word, note, d.min, d.max,
                decimalsOf(g), d.bands);
    }

    static Unit unitOf(Gauge g) {
        return switch (g) {
            case INFLATION -> Unit.INDEX;
            case RATIO -> Unit.RATIO;
            case FRAUD -> Unit.COUNT;
        };
    }

    static int decimalsOf(Gauge g) {
        return switch (g) {
            case INFLATION -> 3;
            case RATIO -> 2;
            case FRAUD -> 0;
        };
    }

    /** The dial: a range that shows the whole threshold with room on each side, widened to hold the value. */
    private record Dial(double min, double max, List<Band> bands) {

        static Dial of(Optional<Threshold> threshold, Double value, int decimals, boolean count) {
            if (threshold.isEmpty()) {
                double top = value == null || value <= 0 ? 1 : value * 2;
                return new Dial(0, round(top, decimals, true), List.of());
            }
            Threshold t = threshold.get();
            double min;
            double max;
            switch (t.direction()) {
                case LOWER_IS_BETTER -> {
                    double lo = t.target() != null ? t.target() : t.warning();
                    double span = Math.max(t.critical() - lo, 1e-9);
                    min = lo - span;
                    max = t.critical() + span;
                }
                case HIGHER_IS_BETTER -> {
                    double hi = t.target() != null ? t.target() : t.warning();
                    double span = Math.max(hi - t.critical(), 1e-9);
                    min = t.critical() - span;
                    max = hi + span;
                }
                default -> {
                    double span = t.criticalHigh() - t.criticalLow();
                    min = t.criticalLow() - span / 2;
                    max = t.criticalHigh() + span / 2;
                }
            }
            if (count) {
                min = Math.max(0, min);
            }
            if (value != null && value > max) {
                max = value + (value - min) * 0.05;
            }
            if (value != null && value < min) {
                min = value - (max - value) * 0.05;
            }
            min = round(min, decimals == 3 ? 2 : decimals, false);
            max = round(max, decimals == 3 ? 2 : decimals, true);
            return new Dial(min, max, bands(t, min, max));
        }

        private static List<Band> bands(Threshold t, double min, double max) {
            List<Band> bands = new ArrayList<>();
            switch (t.direction()) {
                case LOWER_IS_BETTER -> {
                    add(bands, min, t.warning(), Status.OK);
                    add(bands, t.warning(), t.critical(), Status.WARNING);
                    add(bands, t.critical(), max, Status.CRITICAL);
                }
                case HIGHER_IS_BETTER -> {
                    add(bands, min, t.critical(), Status.CRITICAL);
                    add(bands, t.critical(), t.warning(), Status.WARNING);
                    add(bands, t.warning(), max, Status.OK);
                }
                default -> {
                    add(bands, min, t.criticalLow(), Status.CRITICAL);
                    add(bands, t.criticalLow(), t.warningLow(), Status.WARNING);
                    add(bands, t.warningLow(), t.warningHigh(), Status.OK);
                    add(bands, t.warningHigh(), t.criticalHigh(), Status.WARNING);
                    add(bands, t.criticalHigh(), max, Status.CRITICAL);
                }
            }
            return bands;
        }

        private static void add(List<Band> bands, double from, double to, Status status) {
            if (to > from) {
                bands.add(new Band(from, to, status));
            }
        }

        private static double round(double v, int decimals, boolean up) {
            double f = Math.pow(10, decimals);
            return (up ? Math.ceil(v * f - 1e-9) : Math.floor(v * f + 1e-9)) / f;
        }
    }
}
