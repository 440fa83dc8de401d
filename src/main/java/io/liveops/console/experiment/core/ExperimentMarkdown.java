package io.liveops.console.experiment.core;

import io.liveops.console.experiment.core.stats.ArmCounts;
import io.liveops.console.experiment.core.stats.ArmMoments;
import io.liveops.console.experiment.core.stats.Correction;
import io.liveops.console.experiment.core.stats.Cuped;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.Comparison;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricResult;
import io.liveops.console.experiment.core.stats.Format;
import io.liveops.console.experiment.core.stats.Guardrail;
import io.liveops.console.experiment.core.stats.Interval;
import java.util.Locale;
import java.util.Map;

/** The Markdown report of an analysis: decision first, then arms, variants, other metrics, checks and method. */
final class ExperimentMarkdown {

    private ExperimentMarkdown() {}

    static String of(ExperimentAnalysis.Result r, Map<String, String> method) {
        ExperimentAnalysis.Input in = r.input();
        ExperimentAnalysis.Options o = in.options();
        boolean binary = in.kind() == MetricKind.BINARY;
        StringBuilder md = new StringBuilder();
        md.append("# Experiment ").append(in.experimentId()).append("\n\n");
        md.append("**Recommendation: ").append(r.decision().recommendation()).append("**");
        if (r.decision().variant() != null) {
            md.append(" (").append(r.decision().variant()).append(")");
        }
        md.append("  \n").append(r.decision().rule()).append("\n\n");
        md.append("Metric `").append(in.metric()).append("` (").append(binary ? "binary" : "continuous").append("), alpha ")
                .append(Format.plain(in.alpha())).append(", correction: ").append(o.correction().description()).append(", ")
                .append(o.sequential() ? "sequential (always-valid) results, N* = " + Format.plain(o.sequentialNStar()) : "fixed-horizon tests")
                .append(".\n\n");

        md.append("## Arms\n\n");
        if (binary) {
            md.append("| arm | users | conversions | rate | Wilson ").append(ci(in.alpha())).append(" |\n|---|---:|---:|---:|---|\n");
            for (var a : r.arms()) {
                ArmCounts c = (ArmCounts) a.data();
                md.append("| ").append(a.name()).append(" | ").append(c.trials()).append(" | ").append(c.successes()).append(" | ")
                        .append(Format.percent(c.rate())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f %% to %.2f %%", 100 * a.ci().lower(), 100 * a.ci().upper())).append(" |\n");
            }
        } else {
            md.append("| arm | users | mean | sd | ").append(ci(in.alpha())).append(" of the mean |\n|---|---:|---:|---:|---|\n");
            for (var a : r.arms()) {
                ArmMoments m = (ArmMoments) a.data();
                md.append("| ").append(a.name()).append(" | ").append(m.n()).append(" | ").append(Format.plain(m.mean())).append(" | ")
                        .append(Format.plain(m.sd())).append(" | ").append(Format.plain(a.ci().lower())).append(" to ")
                        .append(Format.plain(a.ci().upper())).append(" |\n");
            }
        }

        String adjusted = o.correction() == Correction.NONE ? "p" : "p (" + o.correction().label() + ")";
        md.append("\n## Variants against control\n\n");
        md.append("| variant | lift | relative lift | ").append(ci(in.alpha())).append(o.sequential() ? " (always valid)" : "").append(" of the lift | ")
                .append(binary ? "z" : "t (df)").append(" | p | ").append(adjusted).append(" | ")
                .append(binary ? "Cohen's h | chance to beat control" : "Cohen's d")
                .append(" |\n|---|---:|---:|---|---:|---:|---:|---:|").append(binary ? "---:|" : "").append("\n");
        for (Comparison c : r.comparisons()) {
            md.append("| ").append(c.variant()).append(" | ").append(Format.change(c.lift(), binary)).append(" | ")
                    .append(Format.signedPercent(c.relativeLift())).append(" | ").append(Format.interval(c.liftCi(), binary)).append(" | ");
            if (binary) {
                var p = c.proportions();
                md.append(p.z() == null ? "undefined" : Format.plain(p.z())).append(" | ")
                        .append(Format.p(c.rawP(), c.undefined())).append(" | ").append(Format.p(c.adjustedP(), c.undefined())).append(" | ")
                        .append(Format.plain(p.cohensH())).append(" | ").append(Format.percent(c.chanceToBeatControl())).append(" |\n");
            } else {
                var w = c.means();
                md.append(w.t() == null ? "undefined" : Format.plain(w.t()) + " (" + Format.plain(w.df()) + ")").append(" | ")
                        .append(Format.p(c.rawP(), c.undefined())).append(" | ").append(Format.p(c.adjustedP(), c.undefined())).append(" | ")
                        .append(w.cohensD() == null ? "undefined" : Format.plain(w.cohensD())).append(" |\n");
            }
            if (c.note() != null) {
                md.append("\n> ").append(c.note()).append("\n\n");
            }
        }
        cuped(md, r.metrics().get(0), in.alpha());

        if (r.metrics().size() > 1) {
            md.append("\n## Other metrics\n\n| metric | role | variant | lift | ").append(ci(in.alpha())).append(" | p | ").append(adjusted)
                    .append(" |\n|---|---|---|---:|---|---:|---:|\n");
            for (MetricResult m : r.metrics().subList(1, r.metrics().size())) {
                boolean rate = m.data().kind() == MetricKind.BINARY;
                for (Comparison c : m.comparisons()) {
                    md.append("| ").append(m.data().metric()).append(m.cuped() != null ? " (CUPED)" : "").append(" | ")
                            .append(m.data().role().name().toLowerCase(Locale.ROOT)).append(" | ").append(c.variant()).append(" | ")
                            .append(Format.change(c.lift(), rate)).append(" | ").append(Format.interval(c.liftCi(), rate)).append(" | ")
                            .append(Format.p(c.rawP(), c.undefined())).append(" | ").append(Format.p(c.adjustedP(), c.undefined())).append(" |\n");
                }
            }
        }

        md.append("\n## Checks\n\n");
        md.append("- ").append(ExperimentReport.srmLine(r.srm())).append("\n");
        if (o.sequential()) {
            md.append("- Peeking: not a concern, the results are always valid (sequential testing).\n");
        } else if (r.peeking().plannedPerArm() != null) {
            md.append("- Peeking: smallest arm ").append(r.peeking().smallestArm()).append(" of ").append(r.peeking().plannedPerArm())
                    .append(" planned users per arm").append(r.peeking().early() ? " — **planned sample size not reached yet**." : " (reached).").append("\n");
        } else {
            md.append("- Peeking: no planned sample size given.\n");
        }
        if (r.guardrails().isEmpty()) {
            md.append("- Guardrails: none.\n");
        }
        for (Guardrail.Result g : r.guardrails()) {
            md.append("- Guardrail `").append(g.metric()).append("` in ").append(g.variant()).append(": ").append(g.status().label())
                    .append(" (change ").append(Format.change(g.change(), g.binary())).append(", ").append(ci(in.alpha())).append(" ")
                    .append(Format.interval(g.changeCi(), g.binary()))
                    .append(g.undefined() == null ? "" : " (undefined: " + g.undefined() + ")")
                    .append(", tolerated ").append(Format.change(g.tolerance(), g.binary()).replace("+", "")).append(", ")
                    .append(g.direction() == Guardrail.Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better").append(")\n");
        }
        md.append("\n## Method\n\n");
        method.forEach((k, v) -> md.append("- ").append(k.replace('_', ' ')).append(": ").append(v).append("\n"));
        return md.toString();
    }

    private static void cuped(StringBuilder md, MetricResult m, double alpha) {
        Cuped cuped = m.cuped();
        if (cuped == null) {
            return;
        }
        boolean rate = m.data().kind() == MetricKind.BINARY;
        md.append("\n### CUPED (pre-exposure adjustment)\n\n");
        md.append("theta = ").append(Format.plain(cuped.theta())).append("; adjusted means: ");
        for (int i = 0; i < cuped.adjustedArms().size(); i++) {
            md.append(i == 0 ? "" : ", ").append(cuped.adjustedArms().get(i).name()).append(" ").append(Format.plain(cuped.unadjustedArms().get(i).mean()))
                    .append(" → ").append(Format.plain(cuped.adjustedArms().get(i).mean()));
        }
        md.append(".\n\n| variant | unadjusted lift | unadjusted ").append(ci(alpha)).append(" | adjusted lift | adjusted ").append(ci(alpha))
                .append(" | variance reduction | equivalent extra days |\n|---|---:|---|---:|---|---:|---:|\n");
        for (Comparison c : m.comparisons()) {
            Cuped.Comparison cc = c.cuped();
            Interval before = cc.unadjusted().differenceCi();
            md.append("| ").append(c.variant()).append(" | ").append(Format.change(c.unadjustedLift(), rate)).append(" | ")
                    .append(Format.interval(before, rate)).append(" | ").append(Format.change(c.lift(), rate)).append(" | ")
                    .append(Format.interval(c.liftCi(), rate)).append(" | ")
                    .append(cc.varianceReduction() == null ? "undefined" : Format.percent(cc.varianceReduction())).append(" | ")
                    .append(cc.extraDays() == null ? "n/a" : String.format(Locale.ROOT, "%.1f", cc.extraDays())).append(" |\n");
        }
    }

    private static String ci(double alpha) {
        return Format.plain(100 * (1 - alpha)) + " % CI";
    }
}
