package io.liveops.console.experiment.core.stats;

import org.apache.commons.math3.special.Beta;

/**
 * Bayesian "chance to beat control" for conversion rates: with Beta(1,1) (uniform) priors the
 * posteriors are Beta(s+1, n−s+1), and for integer parameters P(p_B &gt; p_A) has a closed form
 * (Evan Miller, "Formulas for Bayesian A/B testing", 2015):
 * <pre>  Σ_{i=0}^{α_B−1} B(α_A+i, β_A+β_B) / ((β_B+i)·B(1+i, β_B)·B(α_A, β_A))</pre>
 * The terms follow t₀ = B(α_A, β_A+β_B)/B(α_A, β_A) = Π_{j&lt;β_B} (β_A+j)/(α_A+β_A+j) and t_{i+1}/t_i = (α_A+i)(β_B+i) / ((α_A+β_A+β_B+i)(1+i)), so
 * the sum is one logarithm per term, accumulated with compensated summation. Of the four equivalent sums
 * (P(B&gt;A), 1 − P(A&gt;B), and both again on the failure rates) the shortest is taken, and the sum stops
 * once the terms, past their peak, fall below 1e-18 of it. Accurate to 1e-13 for arms of up to ~10⁵
 * users; beyond, the double precision of log B itself (≈1e-16 × its size) bounds it, ≈1e-10 at 10⁷ users.
 */
final class BayesBeta {

    /** @return P(variant rate &gt; control rate) under Beta(1,1) priors, in [0, 1] */
    public double chanceToBeatControl(ArmCounts control, ArmCounts variant) {
        double aA = control.successes() + 1.0;
        double bA = control.trials() - control.successes() + 1.0;
        double aB = variant.successes() + 1.0;
        double bB = variant.trials() - variant.successes() + 1.0;
        double shortest = Math.min(Math.min(aA, aB), Math.min(bA, bB));
        double p;
        if (shortest == aB) {
            p = sum(aA, bA, aB, bB);
        } else if (shortest == aA) {
            p = 1 - sum(aB, bB, aA, bA);
        } else if (shortest == bA) {
            // p_B > p_A ⇔ q_A > q_B with q = 1 − p ~ Beta(β, α)
            p = sum(bB, aB, bA, aA);
        } else {
            p = 1 - sum(bA, aA, bB, aB);
        }
        return Math.max(0, Math.min(1, p));
    }

    /**
     * log t₀ = log B(aA, bA+bB) − log B(aA, bA) = Σ_{j&lt;bB} log((bA+j)/(aA+bA+j)): as a compensated sum of small logarithms
     * it keeps ~1e-15 where the difference of two log B of size 10⁵ would lose ~1e-11; past 2·10⁶ terms log B is used.
     */
    private static double logFirstTerm(double aA, double bA, double bB) {
        if (bB > 2e6) {
            return Beta.logBeta(aA, bA + bB) - Beta.logBeta(aA, bA);
        }
        double sum = 0;
        double c = 0;
        for (int j = 0; j < (int) bB; j++) {
            double step = Math.log1p(-aA / (aA + bA + j));
            double next = sum + step;
            c += Math.abs(sum) >= Math.abs(step) ? (sum - next) + step : (step - next) + sum;
            sum = next;
        }
        return sum + c;
    }

    /** P(X_B &gt; X_A) for X_A ~ Beta(aA, bA), X_B ~ Beta(aB, bB), aB a positive integer: Miller's sum of aB terms. */
    static double sum(double aA, double bA, double aB, double bB) {
        double logTerm = logFirstTerm(aA, bA, bB);
        double compensation = 0;
        double total = 0;
        int terms = (int) aB;
        for (int i = 0; i < terms; i++) {
            double term = Math.exp(logTerm + compensation);
            total += term;
            double ratio = (aA + i) * (bB + i) / ((aA + bA + bB + i) * (1.0 + i));
            if (ratio < 1 && term < 1e-18 * total) {
                break; // the terms only shrink from here on
            }
            // Neumaier's compensated sum keeps the running log free of drift over millions of terms
            double step = Math.log((aA + i) / (aA + bA + bB + i)) + Math.log((bB + i) / (1.0 + i));
            double next = logTerm + step;
            compensation += Math.abs(logTerm) >= Math.abs(step) ? (logTerm - next) + step : (step - next) + logTerm;
            logTerm = next;
        }
        return total;
    }
}
