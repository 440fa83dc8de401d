package io.liveops.console.app;

import io.liveops.console.background.Cancellation;
import io.liveops.console.experiment.core.ArmInputs;
import io.liveops.console.experiment.core.ExperimentQueries;
import io.liveops.console.experiment.core.ExperimentReport;
import io.liveops.console.experiment.core.ExperimentService;
import io.liveops.console.experiment.core.ExperimentSummary;
import io.liveops.console.experiment.core.GuardrailSpec;
import io.liveops.console.experiment.core.stats.Arm;
import io.liveops.console.experiment.core.stats.Correction;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.Format;
import io.liveops.console.experiment.core.stats.InvalidInputException;
import io.liveops.console.experiment.core.stats.SampleSize;
import io.liveops.console.experiment.core.stats.SequentialTest;
import io.liveops.console.experiment.core.stats.Srm;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import io.liveops.console.warehouse.WarehouseException;
import io.liveops.console.warehouse.WarehouseProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code experiment} and its subcommands: proportions, means, sample-size, srm, analyze, list. Each
 * prints its usage with {@code --help}/{@code -h} and exits 0.
 * Exit codes: 0 done, 2 bad input (one sentence on {@code err}), 3 warehouse failure.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "A/B experiment statistics: sample size, proportions, means, sample-ratio mismatch, warehouse analysis and list.")
public final class ExperimentCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    public static final int WAREHOUSE_FAILURE = 3;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Path sqlOverrideRoot;
    private final Clock clock;
    private final ExperimentReport report = new ExperimentReport();
    private final ExperimentAnalysis analysis = new ExperimentAnalysis();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public ExperimentCommand(PrintWriter out, PrintWriter err, Map<String, String> env, Path sqlOverrideRoot) {
        this(out, err, env, sqlOverrideRoot, Clock.systemUTC());
    }

    /**
     * @param out             where results go (the CLI's output writer)
     * @param err             where refusals and failures go, one sentence each
     * @param env             environment for warehouse password variables (System.getenv() in production)
     * @param sqlOverrideRoot the user's config folder, whose {@code sql/warehouse/<dialect>/} files override the shipped SQL; may be null
     * @param clock           today's date for the list's running/ended status
     */
    public ExperimentCommand(PrintWriter out, PrintWriter err, Map<String, String> env, Path sqlOverrideRoot, Clock clock) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.sqlOverrideRoot = sqlOverrideRoot;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(out);
        return OK;
    }

    /** Output formats of the subcommands. */
    enum OutputFormat { json, md }

    /** Output formats of {@code list}. */
    enum ListFormat { json, table }

    /** The inference options every analysing subcommand shares. */
    static final class InferenceOptions {
        @Option(names = "--correction", defaultValue = "holm", paramLabel = "holm|bh|none",
                description = "multiple-testing correction across variants (and metrics): holm, bh (Benjamini-Hochberg) or none (default: ${DEFAULT-VALUE})")
        String correction;

        @Option(names = "--sequential", description = "always-valid (sequential) intervals and p-values, which may be read at any time")
        boolean sequential;

        @Option(names = "--n-star", paramLabel = "N", description = "sequential tuning: the sample size the interval is tightest at (default 5000)")
        String nStar;

        ExperimentAnalysis.Options options(boolean cuped) {
            Correction c = Correction.parse(correction);
            if (nStar != null && !sequential) {
                throw new InvalidInputException("n_star", "--n-star tunes the sequential results: add --sequential.");
            }
            Double n = sequential ? (nStar == null ? SequentialTest.DEFAULT_N_STAR
                    : SequentialTest.checkNStar(ArmInputs.number("n_star", "N*", nStar))) : null;
            return new ExperimentAnalysis.Options(c, n, cuped);
        }
    }

    /** The connection options of every command that reads a warehouse, as {@code kpi} has them. */
    static final class ConnectionOptions {
        @Option(names = "--warehouse", required = true, paramLabel = "JDBC-URL",
                description = "jdbc:postgresql://host:5432/db or jdbc:sqlite:/path/file.db")
        String url;

        @Option(names = "--user", description = "database user (PostgreSQL)")
        String user;

        @Option(names = "--password-env", paramLabel = "VAR", description = "environment variable holding the password (else ~/.pgpass is used by the driver)")
        String passwordEnv;

        @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "time limit per query (default: ${DEFAULT-VALUE})")
        String timeout;

        WarehouseProfile profile() {
            if (url.toLowerCase(Locale.ROOT).matches(".*[?&;](ssl)?password=.*")) {
                throw new InvalidInputException("warehouse", "A warehouse URL must not contain a password: use --password-env VAR or ~/.pgpass.");
            }
            WarehouseProfile profile = new WarehouseProfile("command line", url, user, passwordEnv);
            try {
                profile.dialect();
            } catch (WarehouseException e) {
                // a URL of an unknown kind is a typing mistake, not a warehouse failure
                throw new InvalidInputException("warehouse", e.getMessage());
            }
            return profile;
        }

        Duration limit() {
            long s = ArmInputs.whole("timeout", "The time limit", timeout);
            if (s < 1) {
                throw new InvalidInputException("timeout", "The time limit must be 1 second or more, got " + s + ".");
            }
            return Duration.ofSeconds(s);
        }
    }

    @Command(name = "proportions", mixinStandardHelpOptions = true,
            description = "Two-proportion z-test of each variant against control (corrected across variants).")
    int proportions(
            @Option(names = "--control", required = true, paramLabel = "S/N", description = "control successes/trials, e.g. 450/1000") String control,
            @Option(names = "--variant", required = true, paramLabel = "S/N", description = "variant successes/trials; repeat for several variants") List<String> variants,
            @Option(names = "--alpha", defaultValue = "0.05") String alpha,
            @Option(names = "--weights", paramLabel = "W,W,...", description = "planned split per arm for the sample-ratio check; none = no check") String weights,
            @Option(names = "--planned", paramLabel = "N", description = "planned users per arm (peeking check)") String planned,
            @Option(names = "--id", defaultValue = "manual", description = "experiment id for the report") String id,
            @Mixin InferenceOptions inference,
            @Option(names = "--format", defaultValue = "md", description = "json or md") OutputFormat format) {
        return guarded(() -> {
            List<String> names = ArmInputs.armNames(variants.size() + 1);
            List<Arm> arms = new ArrayList<>();
            arms.add(ArmInputs.counts("control", names.get(0), control));
            for (int i = 0; i < variants.size(); i++) {
                arms.add(ArmInputs.counts("variant", names.get(i + 1), variants.get(i)));
            }
            emit(analyse(id, "conversion", MetricKind.BINARY, arms, alpha, weights, planned, inference), format);
            return OK;
        });
    }

    @Command(name = "means", mixinStandardHelpOptions = true, description = "Welch's t-test of each variant against control (corrected across variants).")
    int means(
            @Option(names = "--control", required = true, paramLabel = "MEAN,SD,N") String control,
            @Option(names = "--variant", required = true, paramLabel = "MEAN,SD,N", description = "repeat for several variants") List<String> variants,
            @Option(names = "--alpha", defaultValue = "0.05") String alpha,
            @Option(names = "--weights", paramLabel = "W,W,...") String weights,
            @Option(names = "--planned", paramLabel = "N") String planned,
            @Option(names = "--id", defaultValue = "manual") String id,
            @Mixin InferenceOptions inference,
            @Option(names = "--format", defaultValue = "md") OutputFormat format) {
        return guarded(() -> {
            List<String> names = ArmInputs.armNames(variants.size() + 1);
            List<Arm> arms = new ArrayList<>();
            arms.add(ArmInputs.moments("control", names.get(0), control));
            for (int i = 0; i < variants.size(); i++) {
                arms.add(ArmInputs.moments("variant", names.get(i + 1), variants.get(i)));
            }
            emit(analyse(id, "value", MetricKind.CONTINUOUS, arms, alpha, weights, planned, inference), format);
            return OK;
        });
    }

    @Command(name = "sample-size", mixinStandardHelpOptions = true,
            description = "Users needed per arm for a conversion metric (or a continuous one with --sd).")
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
            Double daily = traffic == null ? null : ArmInputs.number("traffic", "The daily traffic", traffic);
            if (daily != null && !(daily > 0)) {
                throw new InvalidInputException("traffic", "The daily traffic must be a positive number of users, got " + traffic.trim() + ".");
            }
            SampleSize s;
            try {
                if (sd == null) {
                    double b = ArmInputs.probability("baseline", "The baseline rate", baseline);
                    s = SampleSize.proportions(b, m, relative, a, pw, (int) k);
                } else {
                    double b = ArmInputs.number("baseline", "The baseline mean", baseline);
                    double absolute = relative ? b * m : m;
                    s = SampleSize.means(b, ArmInputs.number("sd", "The standard deviation", sd), absolute, a, pw, (int) k);
                }
            } catch (InvalidInputException e) {
                if (!"unreachable".equals(e.field())) {
                    throw e;
                }
                // a valid question whose answer is "no": no number, the reason, exit 0
                out.print(format == OutputFormat.json ? report.unreachableJson(SampleSize.UNREACHABLE) : "# Sample size\n\n- **" + SampleSize.UNREACHABLE
                        + "**: choose a larger minimum detectable effect.\n");
                return OK;
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
                    out.println(s.reachableAt(daily) ? String.format(Locale.ROOT, "- %d days at %s users a day", s.days(daily), Format.plain(daily))
                            : String.format(Locale.ROOT, "- not reachable with this traffic: over %d days at %s users a day", SampleSize.MAX_DAYS,
                            Format.plain(daily)));
                }
                out.println("- Formula: " + (s.kind() == SampleSize.Kind.PROPORTIONS ? SampleSize.PROPORTIONS_FORMULA : SampleSize.MEANS_FORMULA));
            }
            return OK;
        });
    }

    @Command(name = "srm", mixinStandardHelpOptions = true, description = "Sample-ratio mismatch: chi-square of arm sizes against the planned split.")
    int srm(
            @Option(names = "--counts", required = true, paramLabel = "N,N,...") String counts,
            @Option(names = "--weights", paramLabel = "W,W,...", description = "planned split; default equal") String weights,
            @Option(names = "--format", defaultValue = "md") OutputFormat format) {
        return guarded(() -> {
            long[] c = ArmInputs.wholes("counts", "Arm sizes", counts);
            double[] w = weights == null ? null : ArmInputs.numbers("weights", "Planned weights", weights);
            Srm s = Srm.test(c, w);
            out.print(format == OutputFormat.json ? report.srmJson(s) : ExperimentReport.srmLine(s) + "\n");
            return OK;
        });
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = "Analyse an experiment of the warehouse: every metric (primary first, CUPED where pre-exposure data exists), guardrails, SRM, recommendation.")
    int analyze(
            @Mixin ConnectionOptions connection,
            @Option(names = "--id", required = true, paramLabel = "EXPERIMENT_ID") String id,
            @Option(names = "--alpha", defaultValue = "0.05") String alpha,
            @Option(names = "--weights", paramLabel = "W,W,...", description = "planned split in arm order (control first); default equal") String weights,
            @Option(names = "--planned", paramLabel = "N", description = "planned users per arm (peeking check)") String planned,
            @Option(names = "--guardrail", paramLabel = "METRIC[:lower|higher[:TOL]]",
                    description = "guardrail metric of the experiment; repeatable; default session_crash:lower:0 when recorded") List<String> guardrails,
            @Option(names = "--no-cuped", description = "do not adjust metrics with their pre-exposure values") boolean noCuped,
            @Mixin InferenceOptions inference,
            @Option(names = "--format", defaultValue = "md") OutputFormat format) {
        return guarded(() -> {
            double a = ArmInputs.probability("alpha", "Alpha", alpha);
            double[] w = weights == null ? null : ArmInputs.numbers("weights", "Planned weights", weights);
            Long plan = planned == null ? null : ArmInputs.whole("planned", "The planned users per arm", planned);
            List<GuardrailSpec> specs = guardrails == null ? List.of(GuardrailSpec.sessionCrash())
                    : guardrails.stream().map(GuardrailSpec::parse).toList();
            ExperimentAnalysis.Options options = inference.options(!noCuped);
            WarehouseProfile profile = connection.profile();
            Duration limit = connection.limit();
            try (Warehouse warehouse = Warehouse.open(profile, env)) {
                ExperimentService service = service(warehouse, limit);
                emit(service.analyze(new ExperimentService.Request(id, a, w, plan, specs, options), Cancellation.none()), format);
            }
            return OK;
        });
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The warehouse's experiments: id, name, primary metric, start and end, status, users per arm, sample-ratio check.")
    int list(
            @Mixin ConnectionOptions connection,
            @Option(names = "--format", defaultValue = "table", description = "json or table (default: ${DEFAULT-VALUE})") ListFormat format) {
        return guarded(() -> {
            WarehouseProfile profile = connection.profile();
            Duration limit = connection.limit();
            try (Warehouse warehouse = Warehouse.open(profile, env)) {
                List<ExperimentSummary> list = service(warehouse, limit).list(LocalDate.now(clock.withZone(ZoneOffset.UTC)), Cancellation.none());
                out.print(format == ListFormat.json ? report.listJson(list) : table(list));
            }
            return OK;
        });
    }

    private ExperimentService service(Warehouse warehouse, Duration limit) {
        return ExperimentService.over(new ExperimentQueries(warehouse, new SqlCatalog(warehouse.dialect(), sqlOverrideRoot), limit));
    }

    static String table(List<ExperimentSummary> list) {
        if (list.isEmpty()) {
            return "The warehouse has no experiments.\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"id", "name", "primary metric", "started", "ended", "status", "users per arm", "SRM"});
        for (ExperimentSummary s : list) {
            rows.add(new String[] {s.info().id(), s.info().name() == null ? "" : s.info().name(), s.info().primaryMetric(),
                    s.info().startedOn() == null ? "" : s.info().startedOn().toString(), s.info().endedOn() == null ? "" : s.info().endedOn().toString(),
                    s.running() ? "running" : "ended",
                    s.arms().stream().map(a -> a.variant() + " " + a.users()).collect(Collectors.joining(", ")),
                    s.srm() == null ? "not checked" : s.srm().mismatch() ? "MISMATCH (p " + Format.pIs(s.srm().pValue()) + ")" : "ok"});
        }
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                sb.append(i == r.length - 1 ? r[i] : String.format(Locale.ROOT, "%-" + widths[i] + "s  ", r[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private ExperimentAnalysis.Result analyse(String id, String metric, MetricKind kind, List<Arm> arms, String alpha, String weights, String planned,
                                              InferenceOptions inference) {
        double a = ArmInputs.probability("alpha", "Alpha", alpha);
        double[] w = weights == null ? null : ArmInputs.numbers("weights", "Planned weights", weights);
        Long plan = planned == null ? null : ArmInputs.whole("planned", "The planned users per arm", planned);
        return analysis.analyze(new ExperimentAnalysis.Input(id, metric, kind, arms, w, a, plan, List.of()).withOptions(inference.options(true)));
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
