package io.liveops.console.kpi;

import java.text.NumberFormat;
import java.util.Locale;

/** Formats KPI values in their unit, the one way tiles, tables, tooltips and reports show them. */
public final class KpiFormat {

    private final Locale locale;

    public KpiFormat(Locale locale) {
        this.locale = locale;
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
        NumberFormat f = NumberFormat.getIntegerInstance(locale);
        f.setGroupingUsed(true);
        return f;
    }

    private NumberFormat decimals(int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f;
    }

    private NumberFormat money() {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        f.setMinimumFractionDigits(2);
        return f;
    }
}
