package io.liveops.console.calendar.core;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The numbers of the Monday market recap for day D: each watchlist symbol's price at the end of D
 * against seven days earlier, and the Fear &amp; Greed index on D against D-7. A number the warehouse
 * does not have is said to be missing, never printed as 0.
 */
public record MarketRecap(LocalDate day, List<PriceLine> prices, Integer fearGreedBefore, Integer fearGreedNow) {

    /** @param before null when the symbol had no price by asOfEnd - 7 days */
    public record PriceLine(String symbol, Double before, double now) {}

    public MarketRecap {
        prices = List.copyOf(prices);
    }

    /** The day the "before" values are read for: D-7 (prices at its end, i.e. asOfEnd - 7 days). */
    public LocalDate dayBefore() {
        return day.minusDays(7);
    }

    /** "BTC: $43,250 → $45,100 (+4.3%)", one line per symbol. */
    public String pricesText() {
        if (prices.isEmpty()) {
            return "(no watchlist prices up to " + day + ")";
        }
        return prices.stream().map(this::priceLine).collect(Collectors.joining("\n"));
    }

    private String priceLine(PriceLine p) {
        if (p.before() == null) {
            return p.symbol() + ": " + usd(p.now()) + " (no price by the end of " + dayBefore() + " to compare)";
        }
        String change = p.before() == 0 ? "" : " (" + percent(p.now() / p.before() - 1) + ")";
        return p.symbol() + ": " + usd(p.before()) + " → " + usd(p.now()) + change;
    }

    /** "Fear &amp; Greed: 25 → 35 (Fear → Neutral)". */
    public String fearGreedText() {
        if (fearGreedNow == null && fearGreedBefore == null) {
            return "Fear & Greed: no value for " + dayBefore() + " or " + day;
        }
        if (fearGreedNow == null) {
            return "Fear & Greed: " + fearGreedBefore + " on " + dayBefore() + " (" + label(fearGreedBefore) + "), no value for " + day;
        }
        if (fearGreedBefore == null) {
            return "Fear & Greed: " + fearGreedNow + " (" + label(fearGreedNow) + "), no value for " + dayBefore() + " to compare";
        }
        return "Fear & Greed: " + fearGreedBefore + " → " + fearGreedNow + " (" + label(fearGreedBefore) + " → " + label(fearGreedNow) + ")";
    }

    /** The index's bands: 0-24 extreme fear, 25-44 fear, 45-55 neutral, 56-75 greed, 76-100 extreme greed. */
    public static String label(int value) {
        if (value <= 24) {
            return "Extreme Fear";
        }
        if (value <= 44) {
            return "Fear";
        }
        if (value <= 55) {
            return "Neutral";
        }
        if (value <= 75) {
            return "Greed";
        }
        return "Extreme Greed";
    }

    /** Whole dollars from $1,000, cents from $1, four decimals below (a $0.25 coin must not read $0). */
    static String usd(double v) {
        String pattern = Math.abs(v) >= 1000 ? "#,##0" : Math.abs(v) >= 1 ? "#,##0.00" : "0.0000";
        return "$" + new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(v);
    }

    static String percent(double fraction) {
        String s = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.US)).format(fraction * 100);
        if (s.equals("-0.0")) {
            s = "0.0";
        }
        return (s.startsWith("-") ? s : "+" + s) + "%";
    }
}
