package io.liveops.console.experiment.core;

import io.liveops.console.shared.JsonConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveops.console.experiment.core.stats.ArmCounts;
import io.liveops.console.experiment.core.stats.ArmMoments;
import io.liveops.console.experiment.core.stats.Correction;
import io.liveops.console.experiment.core.stats.Cuped;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.Comparison;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricResult;
import io.liveops.console.experiment.core.stats.Format;
import io.liveops.console.experiment.core.stats.Guardrail;
import io.liveops.console.experiment.core.stats.Interval;
import io.liveops.console.experiment.core.stats.SampleSize;
import io.liveops.console.experiment.core.stats.SequentialTest;
import io.liveops.console.experiment.core.stats.Srm;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * JSON reports of an analysis, a plan and a sample-ratio check, and (through {@link ExperimentMarkdown})
 * the Markdown report. JSON keys are snake_case, numbers are unrounded, undefined statistics are null
 * with an {@code undefined_reason} (never NaN, infinity or a made-up 0), and a {@code method} object says
 * how every number was computed.
 */
public final class ExperimentReport {

    private final ObjectMapper mapper = JsonConfig.mapper();

    public String json(ExperimentAnalysis.Result r) {
        return write(jsonTree(r));
    }

    public String markdown(ExperimentAnalysis.Result r) {
        return ExperimentMarkdown.of(r, ExperimentMethod.describe(r.input()));
    }

    public ObjectNode jsonTree(ExperimentAnalysis.Result r) {
        ExperimentAnalysis.Input in = r.input();
        ExperimentAnalysis.Options options = in.options();
        ObjectNode root = mapper.createObjectNode();
        root.put("experiment_id", in.experimentId());
        root.put("metric", in.metric());
        root.put("metric_kind", in.kind().name().toLowerCase(Locale.ROOT));
        root.put("alpha", in.alpha());
        ObjectNode opts = root.putObject("options");
        opts.put("correction", options.correction().id());
        opts.put("sequential", options.sequential());
        putNullable(opts, "n_star", options.sequentialNStar());
        opts.put("cuped", options.cuped());
        ObjectNode method = root.putObject("method");
        ExperimentMethod.describe(in).forEach(method::put);
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
        String control = r.arms().get(0).name();
        ArrayNode comps = root.putArray("comparisons");
        r.comparisons().forEach(c -> comparison(comps.addObject(), c, control, options.correction()));
        ArrayNode metrics = root.putArray("metrics");
        for (MetricResult m : r.metrics()) {
            ObjectNode o = metrics.addObject();
            o.put("metric", m.data().metric());
            o.put("kind", m.data().kind().name().toLowerCase(Locale.ROOT));
            o.put("role", m.data().role().name().toLowerCase(Locale.ROOT));
            o.set("cuped", cuped(m.cuped(), m.data().cuped() != null, options.cuped()));
            ArrayNode mc = o.putArray("comparisons");
            m.comparisons().forEach(c -> comparison(mc.addObject(), c, control, options.correction()));
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
            putInterval(o, "ci", g.changeCi());
            putNullable(o, "p_value", g.pValue());
            o.put("status", g.status().name());
            o.put("undefined_reason", g.undefined());
        }
        ObjectNode peeking = checks.putObject("peeking");
        putNullable(peeking, "planned_per_arm", r.peeking().plannedPerArm());
        peeking.put("smallest_arm", r.peeking().smallestArm());
        peeking.put("early", r.peeking().early());
        ObjectNode rec = root.putObject("recommendation");
        rec.put("decision", r.decision().recommendation().name());
        rec.put("label", r.decision().recommendation().label());
        rec.put("variant", r.decision().variant());
        rec.put("rule", r.decision().rule());
        return root;
    }

    private void comparison(ObjectNode o, Comparison c, String control, Correction correction) {
        o.put("metric", c.metric());
        o.put("variant", c.variant());
        o.put("control", control);
        o.put("absolute_lift", c.lift());
        putNullable(o, "relative_lift", c.relativeLift());
        putInterval(o, "ci", c.liftCi());
        putInterval(o, "relative_ci", c.effect().relativeCi());
        if (c.proportions() != null) {
            var p = c.proportions();
            o.put("test", "two_proportion_z");
            o.put("control_rate", p.controlRate());
            o.put("variant_rate", p.variantRate());
            o.put("pooled_rate", p.pooledRate());
            o.put("pooled_standard_error", p.pooledStandardError());
            o.put("unpooled_standard_error", p.unpooledStandardError());
            putNullable(o, "z", p.z());
            o.put("cohens_h", p.cohensH());
        } else {
            var w = c.means();
            o.put("test", "welch_t");
            o.put("control_mean", w.control().mean());
            o.put("variant_mean", w.variant().mean());
            o.put("standard_error", w.standardError());
            putNullable(o, "t", w.t());
            putNullable(o, "df", w.df());
            putNullable(o, "cohens_d", w.cohensD());
        }
        if (c.cuped() != null) {
            o.put("unadjusted_lift", c.unadjustedLift());
            putInterval(o, "unadjusted_ci", c.cuped().unadjusted().differenceCi());
            putNullable(o, "unadjusted_p_value", c.cuped().unadjusted().pValue());
            putNullable(o, "variance_reduction", c.cuped().varianceReduction());
            putNullable(o, "equivalent_extra_days", c.cuped().extraDays());
        }
        SequentialTest s = c.effect().sequential();
        if (s != null) {
            ObjectNode so = o.putObject("sequential");
            so.put("n_star", s.nStar());
            so.put("rho", s.rho());
            so.put("users", s.users());
        }
        putNullable(o, "p_value", c.rawP());
        o.put("correction", correction.id());
        putNullable(o, "p_value_adjusted", c.adjustedP());
        if (correction == Correction.HOLM) {
            putNullable(o, "p_value_holm", c.adjustedP());
        }
        o.put("significant", c.significant());
        putNullable(o, "chance_to_beat_control", c.chanceToBeatControl());
        o.put("undefined_reason", c.undefined());
        o.put("note", c.note());
    }

    private ObjectNode cuped(Cuped cuped, boolean hasPreData, boolean enabled) {
        ObjectNode o = mapper.createObjectNode();
        o.put("applied", cuped != null);
        if (cuped == null) {
            o.put("reason", !enabled ? "turned off" : hasPreData ? "the pre-exposure values do not vary" : "no pre-exposure data");
            return o;
        }
        o.put("theta", cuped.theta());
        o.put("pre_mean", cuped.preMean());
        ArrayNode arms = o.putArray("adjusted_means");
        for (int i = 0; i < cuped.adjustedArms().size(); i++) {
            ObjectNode a = arms.addObject();
            a.put("arm", cuped.adjustedArms().get(i).name());
            a.put("mean", cuped.unadjustedArms().get(i).mean());
            a.put("adjusted_mean", cuped.adjustedArms().get(i).mean());
            a.put("adjusted_sd", cuped.adjustedArms().get(i).sd());
        }
        return o;
    }

    public ObjectNode srm(Srm s) {
        ObjectNode o = mapper.createObjectNode();
        if (s == null) {
            o.put("checked", false);
            o.put("reason", "no planned split given");
            return o;
        }
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
            boolean reachable = s.reachableAt(dailyTraffic);
            o.put("reachable", reachable);
            putNullable(o, "days", reachable ? (Long) s.days(dailyTraffic) : null);
        }
        o.put("method", s.kind() == SampleSize.Kind.PROPORTIONS ? SampleSize.PROPORTIONS_FORMULA : SampleSize.MEANS_FORMULA);
        return o;
    }

    public String sampleSizeJson(SampleSize s, Double dailyTraffic) {
        return write(sampleSize(s, dailyTraffic));
    }

    /** The refusal of a plan past 10^12 users per arm, as JSON: no number, the reason. */
    public String unreachableJson(String reason) {
        ObjectNode o = mapper.createObjectNode();
        o.putNull("per_arm");
        o.putNull("total");
        o.put("reachable", false);
        o.put("reason", reason);
        return write(o);
    }

    /** The warehouse's experiments as JSON, one object each. */
    public String listJson(List<ExperimentSummary> list) {
        ArrayNode a = mapper.createArrayNode();
        for (ExperimentSummary s : list) {
            ObjectNode o = a.addObject();
            o.put("experiment_id", s.info().id());
            o.put("name", s.info().name());
            o.put("primary_metric", s.info().primaryMetric());
            o.put("started_on", s.info().startedOn() == null ? null : s.info().startedOn().toString());
            o.put("ended_on", s.info().endedOn() == null ? null : s.info().endedOn().toString());
            o.put("status", s.running() ? "running" : "ended");
            ObjectNode arms = o.putObject("users_per_arm");
            s.arms().forEach(arm -> arms.put(arm.variant(), arm.users()));
            if (s.srm() == null) {
                o.putNull("srm_p_value");
                o.putNull("srm_mismatch");
            } else {
                o.put("srm_p_value", s.srm().pValue());
                o.put("srm_mismatch", s.srm().mismatch());
            }
        }
        return write(a);
    }

    public static String srmLine(Srm s) {
        if (s == null) {
            return "Sample ratio: not checked (no planned split given).";
        }
        return s.mismatch()
                ? "**Sample-ratio mismatch**: chi-square " + Format.plain(s.chiSquare()) + ", p "
                  + Format.pIs(s.pValue()) + " < 0.001. The split differs from the plan: do not trust this result."
                : "Sample ratio OK: chi-square " + Format.plain(s.chiSquare()) + ", p "
                  + Format.pIs(s.pValue()) + ".";
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
