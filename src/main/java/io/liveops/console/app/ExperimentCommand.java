package io.liveops.console.app;

import io.liveops.console.experiment.core.ArmInputs;
import io.liveops.console.experiment.core.ExperimentReport;
import io.liveops.console.experiment.core.ExperimentService;
import io.liveops.console.experiment.core.GuardrailSpec;

import io.liveops.console.background.Cancellation;
import io.liveops.console.experiment.core.stats.Arm;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.Format;
import io.liveops.console.experiment.core.stats.InvalidInputException;
import io.liveops.console.experiment.core.stats.SampleSize;
import io.liveops.console.experiment.core.stats.Srm;
import io.liveops.console.warehouse.Dialect;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code experiment} and its five subcommands: proportions, means, sample-size, srm, analyze.
 * Usage from the top-level command: {@code new CommandLine(new ExperimentCommand(out, err, System.getenv(), configDir))},
 * or {@code topLevel.addSubcommand(new ExperimentCommand(...))}.
 * Exit codes: 0 done, 2 bad input (one sentence on {@code err}), 3 warehouse failure.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "A/B experiment statistics: sample size, proportions, means, sample-ratio mismatch, warehouse analysis.")
public final class ExperimentCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    public static final int WAREHOUSE_FAILURE = 3;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Path sqlOverrideRoot;
    private final ExperimentReport report = new ExperimentReport();
    private final ExperimentAnalysis analysis = new ExperimentAnalysis();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * @param out             where results go (the CLI's output writer)
     * @param err             where refusals and failures go, one sentence each
     * @param env             environment for warehouse password variables (System.getenv() in production)
     * @param sqlOverrideRoot the user's config folder, whose {@code sql/warehouse/<dialect>/} files override the shipped SQL; may be null
     */
    public ExperimentCommand(PrintWriter out, PrintWriter err, Map<String, String> env, Path sqlOverrideRoot) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.sqlOverrideRoot = sqlOverrideRoot;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out);
        return OK;
    }

    /** Output formats of the subcommands. */
    enum OutputFormat { json, md }

    @Command(name = "proportions", description = "Two-proportion z-test of each variant against control (Holm-corrected).")
    int proportions(
            @Option(names = "--control", required = true, paramLabel = "S/N", description = "control successes/trials, e.g. 450/1000") String control,
            @Option(names = "--variant", required = true, paramLabel = "S/N", description = "variant successes/trials; repeat for several variants") List<String> variants,
            @Option(names = "--alpha", defaultValue = "0.05") String alpha,
            @Option(names = "--weights", paramLabel = "W,W,...", description = "planned split per arm for the sample-ratio check; none = no check") String weights,
            @Option(names = "--planned", paramLabel = "N", description = "planned users per arm (peeking check)") String planned,
            @Option(names = "--id", defaultValue = "manual", description = "experiment id for the report") String id,
            @Option(names = "--format", defaultValue = "md", description = "json or md") OutputFormat format) {
        return guarded(() -> {
            List<String> names = ArmInputs.armNames(variants.size() + 1);
            List<Arm> arms = new ArrayList<>();
            arms.add(ArmInputs.counts("control", names.get(0), control));
            for (int i = 0; i < variants.size(); i++) {
                arms.add(ArmInputs.counts("variant", names.get(i + 1), variants.get(i)));
            }
            emit(analyse(id, "conversion", MetricKind.BINARY, arms, alpha, weights, planned), format);
            return OK;
        });
    }

    @Command(name = "means", description = "Welch's t-test of each variant against control (Holm-corrected).")
    int means(
            @Option(names = "--control", required = true, paramLabel = "MEAN,SD,N") String control,
            @Option(names = "--variant", required = true, paramLabel = "MEAN,SD,N", description = "repeat for several variants") List<String> variants,
            @Option(names = "--alpha", defaultValue = "0.05") String alpha,
            @Option(names = "--weights", paramLabel = "W,W,...") String weights,
            @Option(names = "--planned", paramLabel = "N") String planned,
            @Option(names = "--id", defaultValue = "manual") String id,
            @Option(names = "--format", defaultValue = "md") OutputFormat format) {
        return guarded(() -> {
            List<String> names = ArmInputs.armNames(variants.size() + 1);
            List<Arm> arms = new ArrayList<>();
            arms.add(ArmInputs.moments("control", names.get(0), control));
            for (int i = 0; i < variants.size(); i++) {
                arms.add(ArmInputs.moments("variant", names.get(i + 1), variants.get(i)));
            }
            emit(analyse(id, "value", MetricKind.CONTINUOUS, arms, alpha, weights, planned), format);
            return OK;
        });
    }

    @Command(name = "sample-size", description = "Users needed per arm for a conversion metric (or a continuous one with --sd).")
    int sampleSize(
            @Option(names = "--baseline", required = true, description = "baseline rate (or baseline mean with --sd)") String baseline,
            @Option(names = "--mde", required = true, description = "minimum detectable effect, absolute unless --relative") String mde,
            @Option(names = "--relative", description = "the MDE is a fraction of the baseline") boolean relative,
            @Option(names = "--sd", description = "standard deviation: plan a continuous metric") String sd,
            @Option(names = "--alpha", defaultValue = "0.05") String alpha,
            @Option(names = "--power", defaultValue = "0.8") String power,
            @Option(names = "--arms", defaultValue = "2") String arms,
            @Option(names = "--daily-traffic", paramLabel = "USERS", description = "users a day entering the experiment: adds the duration") String traffic,
            @Option(names = "--format", defaultValue = "md") OutputFormat format) {
        return guarded(() -> {
            double a = ArmInputs.probability("alpha", "Alpha", alpha);
            double pw = ArmInputs.probability("power", "Power", power);
            long k = ArmInputs.whole("arms", "The number of arms", arms);
            if (k < 2 || k > 1000) {
                throw new InvalidInputException("arms", "The number of arms must be between 2 and 1000, got " + k + ".");
            }
            double m = ArmInputs.number("mde", "The MDE", mde);
            SampleSize s;
            if (sd == null) {
                double b = ArmInputs.probability("baseline", "The baseline rate", baseline);
                s = SampleSize.proportions(b, m, relative, a, pw, (int) k);
            } else {
                double b = ArmInputs.number("baseline", "The baseline mean", baseline);
                double absolute = relative ? b * m : m;
                s = SampleSize.means(b, ArmInputs.number("sd", "The standard deviation", sd), absolute, a, pw, (int) k);
            }
            Double daily = traffic == null ? null : ArmInputs.number("traffic", "The daily traffic", traffic);
            if (daily != null && !(daily > 0)) {
                throw new InvalidInputException("traffic", "The daily traffic must be a positive number of users, got " + traffic.trim() + ".");
            }
            if (format == OutputFormat.json) {
                out.print(report.sampleSizeJson(s, daily));
            } else {
                out.println("# Sample size");
                out.println();
                out.printf(Locale.ROOT, "- %s, baseline %s → target %s, alpha %s (%s per comparison), power %s, %d arms%n",
                        s.kind() == SampleSize.Kind.PROPORTIONS ? "Conversion" : "Continuous metric (sd " + Format.plain(s.sd()) + ")",
                        Format.plain(s.baseline()), Format.plain(s.target()), Format.plain(s.alpha()), Format.plain(s.comparisonAlpha()),
                        Format.plain(s.power()), s.arms());
                out.printf(Locale.ROOT, "- **%d users per arm**, %d in all%n", s.perArm(), s.total());
                if (daily != null) {
                    out.printf(Locale.ROOT, "- %d days at %s users a day%n", s.days(daily), Format.plain(daily));
                }
                out.println("- Formula: " + (s.kind() == SampleSize.Kind.PROPORTIONS ? SampleSize.PROPORTIONS_FORMULA : SampleSize.MEANS_FORMULA));
            }
            return OK;
        });
    }

    @Command(name = "srm", description = "Sample-ratio mismatch: chi-square of arm sizes against the planned split.")
    int srm(
            @Option(names = "--counts", required = true, paramLabel = "N,N,...") String counts,
            @Option(names = "--weights", paramLabel = "W,W,...", description = "planned split; default equal") String weights,
            @Option(names = "--format", defaultValue = "md") OutputFormat format) {
        return guarded(() -> {
            long[] c = ArmInputs.wholes("counts", "Arm sizes", counts);
            double[] w = weights == null ? null : ArmInputs.numbers("weights", "Planned weights", weights);
            Srm s = Srm.test(c, w);
            if (format == OutputFormat.json) {
                out.print(report.srmJson(s));
            } else {
                out.println(ExperimentReport.srmLine(s));
            }
            return OK;
        });
    }

    @Command(name = "analyze", description = "Analyse an experiment of the warehouse: primary metric, guardrails, SRM, recommendation.")
    int analyze(
            @Option(names = "--warehouse", required = true, paramLabel = "JDBC-URL") String url,
            @Option(names = "--id", required = true, paramLabel = "EXPERIMENT_ID") String id,
            @Option(names = "--alpha", defaultValue = "0.05") String alpha,
            @Option(names = "--weights", paramLabel = "W,W,...", description = "planned split in arm order (control first); default equal") String weights,
            @Option(names = "--planned", paramLabel = "N", description = "planned users per arm (peeking check)") String planned,
            @Option(names = "--guardrail", paramLabel = "METRIC[:lower|higher[:TOL]]",
                    description = "guardrail metric; repeatable; default session_crash:lower:0") List<String> guardrails,
            @Option(names = "--format", defaultValue = "md") OutputFormat format) {
        return guarded(() -> {
            double a = ArmInputs.probability("alpha", "Alpha", alpha);
            double[] w = weights == null ? null : ArmInputs.numbers("weights", "Planned weights", weights);
            Long plan = planned == null ? null : ArmInputs.whole("planned", "The planned users per arm", planned);
            List<GuardrailSpec> specs = guardrails == null ? List.of(GuardrailSpec.sessionCrash())
                    : guardrails.stream().map(GuardrailSpec::parse).toList();
            WarehouseProfile profile = WarehouseProfile.ofUrl(url);
            Dialect dialect;
            try {
                dialect = profile.dialect();
            } catch (WarehouseException e) {
                // a URL of an unknown kind is a typing mistake, not a warehouse failure
                throw new InvalidInputException("warehouse", e.getMessage());
            }
            try (Warehouse warehouse = Warehouse.open(profile, env)) {
                ExperimentService service = new ExperimentService(warehouse, new SqlCatalog(dialect, sqlOverrideRoot), Duration.ofSeconds(30));
                ExperimentService.Loaded loaded = service.load(id, a, w, plan, specs, Cancellation.none());
                emit(analysis.analyze(loaded.input()), format);
            }
            return OK;
        });
    }

    private ExperimentAnalysis.Result analyse(String id, String metric, MetricKind kind, List<Arm> arms, String alpha, String weights, String planned) {
        double a = ArmInputs.probability("alpha", "Alpha", alpha);
        double[] w = weights == null ? null : ArmInputs.numbers("weights", "Planned weights", weights);
        Long plan = planned == null ? null : ArmInputs.whole("planned", "The planned users per arm", planned);
        return analysis.analyze(new ExperimentAnalysis.Input(id, metric, kind, arms, w, a, plan, List.of()));
    }

    private void emit(ExperimentAnalysis.Result r, OutputFormat format) {
        out.print(format == OutputFormat.json ? report.json(r) : report.markdown(r));
        out.flush();
    }

    private interface Body {
        int run();
    }

    private int guarded(Body body) {
        try {
            return body.run();
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (WarehouseException e) {
            err.println(e.getMessage());
            return WAREHOUSE_FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
