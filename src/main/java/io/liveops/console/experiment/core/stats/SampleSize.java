package io.liveops.console.experiment.core.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Sample size per arm and power, by the standard normal approximation.
 * <p>Two proportions: n = (z₁₋α/₂·√(2p̄q̄) + z₁₋β·√(p₁q₁+p₂q₂))² / (p₁−p₂)², p̄ = (p₁+p₂)/2,
 * rounded up. Two means: n = 2σ²(z₁₋α/₂ + z₁₋β)² / δ², rounded up. With k arms, each of the k−1
 * variants is compared with control, and alpha is split Bonferroni-style (α/(k−1)) so the plan
 * stays valid under the Holm correction the analysis applies (Holm is never less powerful).
 *
 * @param perArm         users needed in every arm
 * @param total          perArm × arms
 * @param comparisonAlpha the two-sided alpha each comparison is planned at
 * @param baseline       p₁ (proportions) or the baseline mean
 * @param target         p₂ or the baseline mean + MDE
 * @param sd             the standard deviation (means), null for proportions
 */
public record SampleSize(Kind kind, long perArm, long total, int arms, double alpha, double comparisonAlpha, double power,
                         double baseline, double target, Double sd) {

    public enum Kind { PROPORTIONS, MEANS }

    /** Beyond this many users per arm a plan is not reachable (and a long would soon overflow). */
    public static final double MAX_PER_ARM = 1e12;

    /** Beyond this many days a plan is not reachable with the traffic given. */
    public static final long MAX_DAYS = 365;

    public static final String UNREACHABLE = "not reachable: over 10^12 users per arm";

    /** A point of the power-against-duration curve. */
    public record PowerPoint(int day, long perArm, double power) {}

    public static final String PROPORTIONS_FORMULA =
            "n per arm = (z_(1-alpha/2)*sqrt(2*pbar*qbar) + z_(1-beta)*sqrt(p1*q1 + p2*q2))^2 / (p1 - p2)^2, pbar = (p1 + p2)/2, rounded up; alpha/(arms-1) per comparison";
    public static final String MEANS_FORMULA =
            "n per arm = 2*sd^2*(z_(1-alpha/2) + z_(1-beta))^2 / mde^2, rounded up; alpha/(arms-1) per comparison";

    /**
     * @param mde      the minimum detectable effect, absolute (rate points) or, when {@code relative}, a fraction of the baseline
     */
    public static SampleSize proportions(double baseline, double mde, boolean relative, double alpha, double power, int arms) {
        Checks.probability("baseline", "The baseline rate", baseline);
        Checks.alpha(alpha);
        Checks.probability("power", "Power", power);
        checkArms(arms);
        checkMde(mde);
        double p2 = relative ? baseline * (1 + mde) : baseline + mde;
        if (!(p2 > 0 && p2 < 1)) {
            throw new InvalidInputException("mde", "Baseline " + baseline + " with MDE " + mde + (relative ? " (relative)" : "")
                    + " gives a target rate of " + p2 + ", outside 0–1: choose a smaller MDE.");
        }
        double a = alpha / (arms - 1);
        long perArm = ceil(proportionsN(baseline, p2, a, power));
        return new SampleSize(Kind.PROPORTIONS, perArm, perArm * arms, arms, alpha, a, power, baseline, p2, null);
    }

    public static SampleSize means(double baselineMean, double sd, double mde, double alpha, double power, int arms) {
        Checks.finite("baseline", "The baseline mean", baselineMean);
        Checks.finite("sd", "The standard deviation", sd);
        if (sd <= 0) {
            throw new InvalidInputException("sd", "The standard deviation must be greater than 0, got " + sd + ".");
        }
        Checks.alpha(alpha);
        Checks.probability("power", "Power", power);
        checkArms(arms);
        checkMde(mde);
        double a = alpha / (arms - 1);
        double z = Normal.quantile(1 - a / 2) + Normal.quantile(power);
        long perArm = ceil(2 * sd * sd * z * z / (mde * mde));

        return new SampleSize(Kind.MEANS, perArm, perArm * arms, arms, alpha, a, power, baselineMean, baselineMean + mde, sd);
    }

    /** Power of a two-sided two-proportion test with {@code perArm} users per arm: the formula above solved for z₁₋β. */
    public static double proportionsPower(double p1, double p2, double perArm, double alpha) {
        if (perArm <= 0) {
            return 0;
        }
        double pbar = (p1 + p2) / 2;
        double zA = Normal.quantile(1 - alpha / 2);
        double zB = (Math.abs(p1 - p2) * Math.sqrt(perArm) - zA * Math.sqrt(2 * pbar * (1 - pbar)))
                / Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return Normal.cdf(zB);
    }

    public static double meansPower(double sd, double mde, double perArm, double alpha) {
        if (perArm <= 0) {
            return 0;
        }
        double zA = Normal.quantile(1 - alpha / 2);
        return Normal.cdf(Math.abs(mde) * Math.sqrt(perArm / 2) / sd - zA);
    }

    /** Power of this plan after {@code perArm} users per arm. */
    public double powerAt(double perArmUsers) {
        return kind == Kind.PROPORTIONS
                ? proportionsPower(baseline, target, perArmUsers, comparisonAlpha)
                : meansPower(sd, target - baseline, perArmUsers, comparisonAlpha);
    }

    /** True when the plan's duration at {@code dailyUsers} a day is at most {@link #MAX_DAYS}. */
    public boolean reachableAt(double dailyUsers) {
        return days(dailyUsers) <= MAX_DAYS;
    }

    /** Days needed when {@code dailyUsers} new users a day enter the experiment, split evenly over the arms. */
    public long days(double dailyUsers) {
        if (!(dailyUsers > 0) || !Double.isFinite(dailyUsers)) {
            throw new InvalidInputException("traffic", "Daily traffic must be a positive number of users, got " + dailyUsers + ".");
        }
        return Math.max(1, (long) Math.ceil(total / dailyUsers));
    }

    /** Power after each day 1..maxDays at {@code dailyUsers} users a day. */
    public List<PowerPoint> powerCurve(double dailyUsers, int maxDays) {
        days(dailyUsers);
        List<PowerPoint> points = new ArrayList<>(maxDays);
        for (int day = 1; day <= maxDays; day++) {
            long perArmUsers = (long) Math.floor(dailyUsers * day / arms);
            points.add(new PowerPoint(day, perArmUsers, powerAt(perArmUsers)));
        }
        return points;
    }

    private static double proportionsN(double p1, double p2, double alpha, double power) {
        double pbar = (p1 + p2) / 2;
        double zA = Normal.quantile(1 - alpha / 2);
        double zB = Normal.quantile(power);
        double num = zA * Math.sqrt(2 * pbar * (1 - pbar)) + zB * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        double d = p1 - p2;
        return num * num / (d * d);
    }

    private static void checkArms(int arms) {
        if (arms < 2) {
            throw new InvalidInputException("arms", "An experiment needs at least 2 arms (control and a variant), got " + arms + ".");
        }
    }

    private static void checkMde(double mde) {
        Checks.finite("mde", "The minimum detectable effect", mde);
        if (mde == 0) {
            throw new InvalidInputException("mde", "The minimum detectable effect cannot be 0: no sample size detects a zero effect.");
        }
    }

    /** The exact value rounded up: a reported n must reach the power. Refuses plans past {@link #MAX_PER_ARM}. */
    private static long ceil(double x) {
        if (!(x <= MAX_PER_ARM)) {
            throw new InvalidInputException("unreachable", "The plan is " + UNREACHABLE + ": choose a larger minimum detectable effect.");
        }
        return (long) Math.ceil(x);
    }
}
