package io.liveops.console.kpi.core;

import java.text.NumberFormat;
import java.util.Locale;

/** Formats KPI values in their unit, the one way tiles, tables, tooltips and reports show them. */
public final class KpiFormat {

    private final Locale locale;
    /**
     * Built once per thread: NumberFormat is not thread-safe, and building one looks up the locale's
     * providers, which was most of the time a board rebuild took on the FX thread.
     */
    private final ThreadLocal<Formats> formats;

    private record Formats(NumberFormat integer, NumberFormat[] decimals, NumberFormat money) {}

    public KpiFormat(Locale locale) {
        this.locale = locale;
        this.formats = ThreadLocal.withInitial(() -> {
            NumberFormat[] decimals = new NumberFormat[4];
            for (int d = 0; d < decimals.length; d++) {
                decimals[d] = newDecimals(d);
            }
            return new Formats(newInteger(), decimals, newMoney());
        });
    }

    public String format(Unit unit, Double value) {
        if (value == null) {
            return "—";
        }
        return switch (unit) {
            case COUNT, POINTS -> integer().format(Math.round(value));
            case FRACTION -> decimals(1).format(value * 100) + " %";
            case CHANGE -> (value > 0 ? "+" : "") + decimals(1).format(value * 100) + " %";
            case USD -> money().format(value);
            case MILLISECONDS -> decimals(1).format(value) + " ms";
            case SCORE -> decimals(1).format(value);
            case INDEX -> decimals(3).format(value);
            case RATIO -> decimals(2).format(value);
        };
    }

    /** A change between two values of a unit: percentage points for fractions, relative change otherwise. */
    public String delta(Unit unit, Double current, Double previous) {
        if (current == null || previous == null) {
            return "—";
        }
        if (unit == Unit.FRACTION || unit == Unit.CHANGE) {
            double pp = (current - previous) * 100;
            return signed(decimals(1).format(pp), pp) + " pp";
        }
        if (previous == 0) {
            return current == 0 ? "±0 %" : "new";
        }
        double rel = (current - previous) / Math.abs(previous) * 100;
        return signed(decimals(1).format(rel), rel) + " %";
    }

    private static String signed(String formatted, double v) {
        if (v > 0) {
            return "+" + formatted;
        }
        if (v == 0) {
            return "±" + formatted.replace("-", "");
        }
        return formatted;
    }

    private NumberFormat integer() {
        return formats.get().integer();
    }

    private NumberFormat decimals(int digits) {
        return formats.get().decimals()[digits];
    }

    private NumberFormat money() {
        return formats.get().money();
    }

    private NumberFormat newInteger() {
        NumberFormat f = NumberFormat.getIntegerInstance(locale);
        f.setGroupingUsed(true);
        return f;
    }

    private NumberFormat newDecimals(int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f;
    }

    private NumberFormat newMoney() {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        f.setMinimumFractionDigits(2);
        return f;
    }
}
