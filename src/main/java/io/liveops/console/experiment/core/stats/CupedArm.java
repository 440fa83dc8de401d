package io.liveops.console.experiment.core.stats;

/**
 * One arm's moments for CUPED: per user, the metric after exposure (post) and the same metric in the
 * 14 days before exposure (pre, the covariate), as sums of squared deviations from the arm's means.
 *
 * @param ssPost     Σ(post − mean post)²
 * @param ssPre      Σ(pre − mean pre)²
 * @param spPrePost  Σ(pre − mean pre)(post − mean post)
 */
public record CupedArm(String name, long n, double meanPost, double meanPre, double ssPost, double ssPre, double spPrePost) {

    public CupedArm {
        if (n < 2) {
            throw new InvalidInputException("arm." + name, "Arm '" + name + "' needs at least 2 users for CUPED, got " + n + ".");
        }
        for (double v : new double[] {meanPost, meanPre, ssPost, ssPre, spPrePost}) {
            Checks.finite("arm." + name, "The CUPED moments of arm '" + name + "'", v);
        }
    }
}
