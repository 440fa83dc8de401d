package io.liveops.console.experiment.core;

import io.liveops.console.experiment.core.stats.ArmCounts;
import io.liveops.console.experiment.core.stats.ArmMoments;
import io.liveops.console.experiment.core.stats.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses what a user types, in the CLI and in the form alike: {@code 450/1000} for counts,
 * {@code MEAN,SD,N} for means, plain numbers and comma lists. Every refusal names the field and
 * says what was expected.
 */
public final class ArmInputs {

    private ArmInputs() {}

    /** Parses {@code successes/trials}. */
    public static ArmCounts counts(String field, String arm, String text) {
        String t = trimmed(field, arm, text, "successes/trials, e.g. 450/1000");
        String[] parts = t.split("/", -1);
        if (parts.length != 2) {
            throw new InvalidInputException(field, "Counts of " + arm + " must look like successes/trials, e.g. 450/1000, got '" + t + "'.");
        }
        long s = whole(field, "The successes of " + arm, parts[0]);
        long n = whole(field, "The trials of " + arm, parts[1]);
        if (n < 0 || s < 0) {
            throw new InvalidInputException(field, "Counts of " + arm + " cannot be negative, got '" + t + "'.");
        }
        if (n == 0) {
            throw new InvalidInputException(field, "The trials of " + arm + " must be at least 1, got 0.");
        }
        if (s > n) {
            throw new InvalidInputException(field, "The successes of " + arm + " (" + s + ") cannot exceed its trials (" + n + ").");
        }
        return new ArmCounts(arm, s, n);
    }

    /** Parses {@code MEAN,SD,N}. */
    public static ArmMoments moments(String field, String arm, String text) {
        String t = trimmed(field, arm, text, "MEAN,SD,N, e.g. 4.2,3.1,1500");
        String[] parts = t.split(",", -1);
        if (parts.length != 3) {
            throw new InvalidInputException(field, "The summary of " + arm + " must look like MEAN,SD,N, e.g. 4.2,3.1,1500, got '" + t + "'.");
        }
        double mean = number(field, "The mean of " + arm, parts[0]);
        double sd = number(field, "The standard deviation of " + arm, parts[1]);
        long n = whole(field, "The number of users of " + arm, parts[2]);
        if (sd < 0) {
            throw new InvalidInputException(field, "The standard deviation of " + arm + " cannot be negative, got " + parts[1].trim() + ".");
        }
        if (n < 2) {
            throw new InvalidInputException(field, "The number of users of " + arm + " must be at least 2, got " + n + ".");
        }
        return new ArmMoments(arm, mean, sd, n);
    }

    /** A decimal number (a dot as decimal separator, whatever the locale). */
    public static double number(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, label + " is missing.");
        }
        String t = text.trim();
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException(t);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, label + " must be a number, got '" + t + "'.");
        }
    }

    /** A number strictly between 0 and 1 (alpha, power, baseline rate). */
    public static double probability(String field, String label, String text) {
        double v = number(field, label, text);
        if (v <= 0 || v >= 1) {
            throw new InvalidInputException(field, label + " must be between 0 and 1 (exclusive), got " + text.trim() + ".");
        }
        return v;
    }

    public static long whole(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, label + " is missing.");
        }
        String t = text.trim().replace("_", "");
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, label + " must be a whole number, got '" + text.trim() + "'.");
        }
    }

    /** A comma-separated list of numbers, e.g. planned weights {@code 0.5,0.5}. */
    public static double[] numbers(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, label + " is missing.");
        }
        String[] parts = text.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = number(field, label, parts[i]);
        }
        return out;
    }

    public static long[] wholes(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, label + " is missing.");
        }
        String[] parts = text.split(",", -1);
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = whole(field, label, parts[i]);
            if (out[i] < 0) {
                throw new InvalidInputException(field, label + " cannot be negative, got " + out[i] + ".");
            }
        }
        return out;
    }

    /** Names of {@code count} arms: control, then variant (one) or variant_1, variant_2, … (several). */
    public static List<String> armNames(int count) {
        List<String> names = new ArrayList<>(count);
        names.add("control");
        for (int i = 1; i < count; i++) {
            names.add(count == 2 ? "variant" : String.format(Locale.ROOT, "variant_%d", i));
        }
        return names;
    }

    private static String trimmed(String field, String arm, String text, String expected) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "Enter " + arm + " as " + expected + ".");
        }
        return text.trim();
    }
}
