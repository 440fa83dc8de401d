package io.liveops.console.experiment.core.stats;

import java.util.Locale;

/** Number formats for sentences and reports: locale-independent, never "NaN". */
public final class Format {

    private Format() {}

    /** A p-value: 4 significant digits, scientific below 0.0001. */
    public static String p(double p) {
        if (p < 1e-4) {
            return p == 0 ? "< 1e-300" : String.format(Locale.ROOT, "%.2e", p);
        }
        return String.format(Locale.ROOT, "%.4f", p);
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
