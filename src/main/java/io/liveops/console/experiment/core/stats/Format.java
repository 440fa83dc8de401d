package io.liveops.console.experiment.core.stats;

import java.util.Locale;

/** Number formats for sentences and reports: locale-independent, never "NaN". */
public final class Format {

    private Format() {}

    /** A p-value: 4 significant digits, scientific below 0.0001, "< 1e-300" for a p that underflowed to 0. */
    public static String p(double p) {
        if (p < 1e-4) {
            return p == 0 ? "< 1e-300" : String.format(Locale.ROOT, "%.2e", p);
        }
        return String.format(Locale.ROOT, "%.4f", p);
    }

    /** A p-value as the end of "p …": "= 0.0017", or "< 1e-300" (never "= < 1e-300"). */
    public static String pIs(Double p) {
        if (p == null) {
            return "undefined";
        }
        return p == 0 ? "< 1e-300" : "= " + p(p);
    }

    /** A p-value or "undefined: reason". */
    public static String p(Double p, String undefined) {
        return p == null ? "undefined: " + (undefined == null ? "no data" : undefined) : p(p.doubleValue());
    }

    /** A number with up to 4 decimals, without trailing zeros. */
    public static String plain(double x) {
        if (!Double.isFinite(x)) {
            return "n/a";
        }
        String s = String.format(Locale.ROOT, "%.4f", x);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return "-0".equals(s) ? "0" : s;
    }

    public static String signed(double x) {
        String s = plain(x);
        return x > 0 && !s.equals("0") ? "+" + s : s;
    }

    /** A change of a rate in percentage points ("+0.20 pp"), or of a continuous metric in its units ("+0.002"). */
    public static String change(double x, boolean rate) {
        return rate ? String.format(Locale.ROOT, "%+.2f pp", 100 * x).replace("+0.00 pp", "0.00 pp").replace("-0.00 pp", "0.00 pp") : signed(x);
    }

    /** An interval written "a to b": rates in percentage points, continuous metrics in their units. */
    public static String interval(Interval i, boolean rate) {
        if (i == null) {
            return "undefined";
        }
        return rate ? String.format(Locale.ROOT, "%+.2f to %+.2f pp", 100 * i.lower(), 100 * i.upper())
                : signed(i.lower()) + " to " + signed(i.upper());
    }

    /** A share as a percentage with 2 decimals. */
    public static String percent(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.2f %%", 100 * x) : "n/a";
    }

    public static String signedPercent(Double x) {
        if (x == null || !Double.isFinite(x)) {
            return "n/a";
        }
        return (x > 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f %%", 100 * x);
    }
}
