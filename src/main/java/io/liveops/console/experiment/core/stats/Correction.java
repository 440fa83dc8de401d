package io.liveops.console.experiment.core.stats;

import java.util.Locale;

/** How p-values are corrected when several variants (and metrics) are tested against control at once. */
public enum Correction {
    HOLM("holm", "Holm", "Holm's step-down (family-wise error rate)"),
    BH("bh", "Benjamini-Hochberg", "Benjamini-Hochberg step-up (false discovery rate)"),
    NONE("none", "uncorrected", "no correction");

    private final String id;
    private final String label;
    private final String description;

    Correction(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    /** The name on the command line and in JSON: holm, bh, none. */
    public String id() {
        return id;
    }

    /** A short name for sentences and column headers, e.g. "Holm". */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Correction parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Correction c : values()) {
            if (c.id.equals(t)) {
                return c;
            }
        }
        throw new InvalidInputException("correction", "The correction must be holm, bh or none, got '" + (text == null ? "" : text.trim()) + "'.");
    }

    /**
     * Adjusted p-values in the order of {@code raw}. An undefined p-value (null) stays undefined and is
     * not part of the family: the family is the tests that have a p-value.
     */
    public Double[] adjust(Double[] raw) {
        int defined = 0;
        for (Double p : raw) {
            if (p != null) {
                defined++;
            }
        }
        double[] family = new double[defined];
        int k = 0;
        for (Double p : raw) {
            if (p != null) {
                family[k++] = p;
            }
        }
        double[] adjusted = switch (this) {
            case HOLM -> Holm.adjust(family);
            case BH -> BenjaminiHochberg.adjust(family);
            case NONE -> family;
        };
        Double[] out = new Double[raw.length];
        k = 0;
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] == null ? null : adjusted[k++];
        }
        return out;
    }
}
