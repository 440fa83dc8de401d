package io.liveops.console.experiment.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveops.console.experiment.core.stats.ArmCounts;
import io.liveops.console.experiment.core.stats.ArmMoments;
import io.liveops.console.experiment.core.stats.Decision;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.Comparison;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.Format;
import io.liveops.console.experiment.core.stats.Guardrail;
import io.liveops.console.experiment.core.stats.Interval;
import io.liveops.console.experiment.core.stats.SampleSize;
import io.liveops.console.experiment.core.stats.Srm;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Markdown and JSON reports of an analysis, in the spirit of the game team's analyzer. JSON keys are
 * snake_case, numbers are unrounded, missing values are null (never NaN), and a {@code method}
 * object says how every number was computed.
 */
public final class ExperimentReport {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    // ---------------------------------------------------------------- JSON

    public String json(ExperimentAnalysis.Result r) {
        return write(jsonTree(r));
    }

    public ObjectNode jsonTree(ExperimentAnalysis.Result r) {
        ExperimentAnalysis.Input in = r.input();
        ObjectNode root = mapper.createObjectNode();
        root.put("experiment_id", in.experimentId());
        root.put("metric", in.metric());
        root.put("metric_kind", in.kind().name().toLowerCase(Locale.ROOT));
        root.put("alpha", in.alpha());
        root.set("method", method(in.kind()));
        ArrayNode arms = root.putArray("arms");
        for (ExperimentAnalysis.ArmSummary a : r.arms()) {
            ObjectNode o = arms.addObject();
            o.put("name", a.name());
            o.put("users", a.users());
            if (a.data() instanceof ArmCounts c) {
                o.put("successes", c.successes());
                o.put("rate", c.rate());
                o.put("wilson_lower", a.ci().lower());
                o.put("wilson_upper", a.ci().upper());
            } else if (a.data() instanceof ArmMoments m) {
                o.put("mean", m.mean());
                o.put("sd", m.sd());
                o.put("mean_ci_lower", a.ci().lower());
                o.put("mean_ci_upper", a.ci().upper());
            }
        }
        ArrayNode comps = root.putArray("comparisons");
        for (Comparison c : r.comparisons()) {
            ObjectNode o = comps.addObject();
            o.put("variant", c.variant());
            o.put("control", r.arms().get(0).name());
            o.put("absolute_lift", c.lift());
            putNullable(o, "relative_lift", c.relativeLift());
            o.put("ci_lower", c.liftCi().lower());
            o.put("ci_upper", c.liftCi().upper());
            if (c.proportions() != null) {
                var p = c.proportions();
                o.put("test", "two_proportion_z");
                o.put("control_rate", p.controlRate());
                o.put("variant_rate", p.variantRate());
                o.put("pooled_rate", p.pooledRate());
                o.put("pooled_standard_error", p.pooledStandardError());
                o.put("unpooled_standard_error", p.unpooledStandardError());
                putNullable(o, "z", p.z());
                putInterval(o, "relative_ci", p.relativeLiftCi());
                o.put("cohens_h", p.cohensH());
            } else {
                var w = c.means();
                o.put("test", "welch_t");
                o.put("control_mean", w.control().mean());
                o.put("variant_mean", w.variant().mean());
                o.put("standard_error", w.standardError());
                putNullable(o, "t", w.t());
                putNullable(o, "df", w.df());
                putInterval(o, "relative_ci", w.relativeLiftCi());
                putNullable(o, "cohens_d", w.cohensD());
            }
            o.put("p_value", c.rawP());
            o.put("p_value_holm", c.adjustedP());
            o.put("significant", c.significant());
            putNullable(o, "chance_to_beat_control", c.chanceToBeatControl());
            o.put("note", c.note());
        }
        ObjectNode checks = root.putObject("checks");
        checks.set("srm", srm(r.srm()));
        ArrayNode rails = checks.putArray("guardrails");
        for (Guardrail.Result g : r.guardrails()) {
            ObjectNode o = rails.addObject();
            o.put("metric", g.metric());
            o.put("variant", g.variant());
            o.put("direction", g.direction().name().toLowerCase(Locale.ROOT));
            o.put("tolerance", g.tolerance());
            o.put("control_value", g.controlValue());
            o.put("variant_value", g.variantValue());
            o.put("change", g.change());
            o.put("ci_lower", g.changeCi().lower());
            o.put("ci_upper", g.changeCi().upper());
            o.put("p_value", g.pValue());
            o.put("status", g.status().name());
        }
        ObjectNode peeking = checks.putObject("peeking");
        putNullable(peeking, "planned_per_arm", r.peeking().plannedPerArm());
        peeking.put("smallest_arm", r.peeking().smallestArm());
        peeking.put("early", r.peeking().early());
        ObjectNode rec = root.putObject("recommendation");
        rec.put("decision", r.decision().recommendation().name());
        rec.put("variant", r.decision().variant());
        rec.put("rule", r.decision().rule());
        return root;
    }

    public ObjectNode srm(Srm s) {
        if (s == null) {
            ObjectNode o = mapper.createObjectNode();
            o.put("checked", false);
            o.put("reason", "no planned split given");
            return o;
        }
        ObjectNode o = mapper.createObjectNode();
        o.put("checked", true);
        ArrayNode obs = o.putArray("observed");
        Arrays.stream(s.observed()).forEach(obs::add);
        ArrayNode w = o.putArray("planned_weights");
        Arrays.stream(s.weights()).forEach(w::add);
        ArrayNode e = o.putArray("expected");
        Arrays.stream(s.expected()).forEach(e::add);
        o.put("chi_square", s.chiSquare());
        o.put("df", s.df());
        o.put("p_value", s.pValue());
        o.put("threshold", Srm.THRESHOLD);
        o.put("mismatch", s.mismatch());
        o.put("method", "Pearson chi-square goodness of fit of the arm sizes against the planned split; mismatch when p < 0.001");
        return o;
    }

    public String srmJson(Srm s) {
        return write(srm(s));
    }

    public ObjectNode sampleSize(SampleSize s, Double dailyTraffic) {
        ObjectNode o = mapper.createObjectNode();
        o.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
        o.put("per_arm", s.perArm());
        o.put("total", s.total());
        o.put("arms", s.arms());
        o.put("alpha", s.alpha());
        o.put("comparison_alpha", s.comparisonAlpha());
        o.put("power", s.power());
        o.put("baseline", s.baseline());
        o.put("target", s.target());
        o.put("mde_absolute", s.target() - s.baseline());
        putNullable(o, "sd", s.sd());
        putNullable(o, "daily_traffic", dailyTraffic);
        if (dailyTraffic != null) {
            o.put("days", s.days(dailyTraffic));
        }
        o.put("method", s.kind() == SampleSize.Kind.PROPORTIONS ? SampleSize.PROPORTIONS_FORMULA : SampleSize.MEANS_FORMULA);
        return o;
    }

    public String sampleSizeJson(SampleSize s, Double dailyTraffic) {
        return write(sampleSize(s, dailyTraffic));
    }

    private ObjectNode method(MetricKind kind) {
        ObjectNode m = mapper.createObjectNode();
        if (kind == MetricKind.BINARY) {
            m.put("test", "two-proportion z-test; z uses the pooled standard error sqrt(p*(1-p)*(1/n1+1/n2)) with p = (x1+x2)/(n1+n2); p-value two-sided");
            m.put("difference_ci", "unpooled: (p2-p1) +/- z_(1-alpha/2)*sqrt(p1*q1/n1 + p2*q2/n2); relative CI = difference CI / control rate");
            m.put("arm_interval", "Wilson score interval");
            m.put("effect_size", "Cohen's h = 2*asin(sqrt(p2)) - 2*asin(sqrt(p1))");
            m.put("bayes", "chance to beat control = P(p_variant > p_control) with Beta(1,1) priors, Gauss-Legendre integration of f_variant(x)*F_control(x)");
        } else {
            m.put("test", "Welch's t-test, Welch-Satterthwaite degrees of freedom, two-sided");
            m.put("difference_ci", "(m2-m1) +/- t_(1-alpha/2, df)*sqrt(s1^2/n1 + s2^2/n2)");
            m.put("arm_interval", "t interval of the mean");
            m.put("effect_size", "Cohen's d = (m2-m1) / pooled sd, pooled sd = sqrt(((n1-1)s1^2 + (n2-1)s2^2)/(n1+n2-2))");
            m.put("metric_value", "per-user sum of the metric's event values, 0 for users without events");
        }
        m.put("multiple_comparisons", "every variant against control; Holm step-down adjusted p-values (p_value_holm) decide, raw p-values shown");
        m.put("srm", "Pearson chi-square of arm sizes against the planned split, mismatch when p < 0.001");
        m.put("guardrails", "DEGRADED when the whole (1-alpha) CI of the change is worse than the tolerated change; AT_RISK when only the estimate is");
        m.put("sample_size_formula", kind == MetricKind.BINARY ? SampleSize.PROPORTIONS_FORMULA : SampleSize.MEANS_FORMULA);
        m.put("decision_rules", Decision.RULES);
        return m;
    }

    // ---------------------------------------------------------------- Markdown

    public String markdown(ExperimentAnalysis.Result r) {
        ExperimentAnalysis.Input in = r.input();
        boolean binary = in.kind() == MetricKind.BINARY;
        StringBuilder md = new StringBuilder();
        md.append("# Experiment ").append(in.experimentId()).append("\n\n");
        md.append("**Recommendation: ").append(r.decision().recommendation()).append("**");
        if (r.decision().variant() != null) {
            md.append(" (").append(r.decision().variant()).append(")");
        }
        md.append("  \n").append(r.decision().rule()).append("\n\n");
        md.append("Metric `").append(in.metric()).append("` (").append(binary ? "binary" : "continuous").append("), alpha ")
                .append(Format.plain(in.alpha())).append(".\n\n");

        md.append("## Arms\n\n");
        if (binary) {
            md.append("| arm | users | conversions | rate | Wilson ").append(ci(in.alpha())).append(" |\n|---|---:|---:|---:|---|\n");
            for (var a : r.arms()) {
                ArmCounts c = (ArmCounts) a.data();
                md.append("| ").append(a.name()).append(" | ").append(c.trials()).append(" | ").append(c.successes()).append(" | ")
                        .append(Format.percent(c.rate())).append(" | ").append(pct(a.ci())).append(" |\n");
            }
        } else {
            md.append("| arm | users | mean | sd | ").append(ci(in.alpha())).append(" of the mean |\n|---|---:|---:|---:|---|\n");
            for (var a : r.arms()) {
                ArmMoments m = (ArmMoments) a.data();
                md.append("| ").append(a.name()).append(" | ").append(m.n()).append(" | ").append(Format.plain(m.mean())).append(" | ")
                        .append(Format.plain(m.sd())).append(" | ").append(plain(a.ci())).append(" |\n");
            }
        }

        md.append("\n## Variants against control\n\n");
        md.append("| variant | lift | relative lift | ").append(ci(in.alpha())).append(" of the lift | ")
                .append(binary ? "z" : "t (df)").append(" | p | p (Holm) | ").append(binary ? "Cohen's h | chance to beat control" : "Cohen's d")
                .append(" |\n|---|---:|---:|---|---:|---:|---:|---:|").append(binary ? "---:|" : "").append("\n");
        for (Comparison c : r.comparisons()) {
            md.append("| ").append(c.variant()).append(" | ");
            if (binary) {
                var p = c.proportions();
                md.append(pp(c.lift())).append(" | ").append(Format.signedPercent(c.relativeLift())).append(" | ")
                        .append(ppInterval(c.liftCi())).append(" | ").append(p.z() == null ? "n/a" : Format.plain(p.z())).append(" | ")
                        .append(Format.p(c.rawP())).append(" | ").append(Format.p(c.adjustedP())).append(" | ")
                        .append(Format.plain(p.cohensH())).append(" | ").append(Format.percent(c.chanceToBeatControl())).append(" |\n");
            } else {
                var w = c.means();
                md.append(Format.signed(c.lift())).append(" | ").append(Format.signedPercent(c.relativeLift())).append(" | ")
                        .append(plain(c.liftCi())).append(" | ")
                        .append(w.t() == null ? "n/a" : Format.plain(w.t()) + " (" + Format.plain(w.df()) + ")").append(" | ")
                        .append(Format.p(c.rawP())).append(" | ").append(Format.p(c.adjustedP())).append(" | ")
                        .append(w.cohensD() == null ? "n/a" : Format.plain(w.cohensD())).append(" |\n");
            }
            if (c.note() != null) {
                md.append("\n> ").append(c.note()).append("\n\n");
            }
        }

        md.append("\n## Checks\n\n");
        md.append("- ").append(srmLine(r.srm())).append("\n");
        if (r.peeking().plannedPerArm() != null) {
            md.append("- Peeking: smallest arm ").append(r.peeking().smallestArm()).append(" of ").append(r.peeking().plannedPerArm())
                    .append(" planned users per arm").append(r.peeking().early() ? " — **planned sample size not reached yet**." : " (reached).").append("\n");
        } else {
            md.append("- Peeking: no planned sample size given.\n");
        }
        if (r.guardrails().isEmpty()) {
            md.append("- Guardrails: none.\n");
        }
        for (Guardrail.Result g : r.guardrails()) {
            md.append("- Guardrail `").append(g.metric()).append("` in ").append(g.variant()).append(": ").append(g.status())
                    .append(" (change ").append(Format.signed(g.change())).append(", ").append(ci(in.alpha())).append(" ").append(plain(g.changeCi()))
                    .append(", tolerated ").append(Format.plain(g.tolerance())).append(", ")
                    .append(g.direction() == Guardrail.Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better").append(")\n");
        }
        md.append("\n## Method\n\n");
        method(in.kind()).properties().forEach(e -> md.append("- ").append(e.getKey().replace('_', ' ')).append(": ").append(e.getValue().asText()).append("\n"));
        return md.toString();
    }

    public static String srmLine(Srm s) {
        if (s == null) {
            return "Sample ratio: not checked (no planned split given).";
        }
        return s.mismatch()
                ? "**Sample-ratio mismatch**: chi-square " + Format.plain(s.chiSquare()) + ", p = " + Format.p(s.pValue())
                  + " < 0.001. The split differs from the plan: do not trust this result."
                : "Sample ratio OK: chi-square " + Format.plain(s.chiSquare()) + ", p = " + Format.p(s.pValue()) + ".";
    }

    private static String ci(double alpha) {
        return Format.plain(100 * (1 - alpha)) + " % CI";
    }

    private static String pp(double x) {
        return (x > 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f pp", 100 * x);
    }

    private static String ppInterval(Interval i) {
        return String.format(Locale.ROOT, "[%.2f, %.2f] pp", 100 * i.lower(), 100 * i.upper());
    }

    private static String pct(Interval i) {
        return String.format(Locale.ROOT, "[%.2f %%, %.2f %%]", 100 * i.lower(), 100 * i.upper());
    }

    private static String plain(Interval i) {
        return "[" + Format.plain(i.lower()) + ", " + Format.plain(i.upper()) + "]";
    }

    private static void putNullable(ObjectNode o, String key, Number v) {
        if (v == null) {
            o.putNull(key);
        } else if (v instanceof Long l) {
            o.put(key, l);
        } else {
            o.put(key, v.doubleValue());
        }
    }

    private static void putInterval(ObjectNode o, String prefix, Interval i) {
        if (i == null) {
            o.putNull(prefix + "_lower");
            o.putNull(prefix + "_upper");
        } else {
            o.put(prefix + "_lower", i.lower());
            o.put(prefix + "_upper", i.upper());
        }
    }

    private String write(Object tree) {
        try {
            return mapper.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
