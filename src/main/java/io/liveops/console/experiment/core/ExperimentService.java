package io.liveops.console.experiment.core;

import io.liveops.console.background.Cancellation;
import io.liveops.console.experiment.core.ExperimentQueries.ArmData;
import io.liveops.console.experiment.core.ExperimentQueries.MetricInfo;
import io.liveops.console.experiment.core.ExperimentSummary.ArmSize;
import io.liveops.console.experiment.core.stats.Arm;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricData;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.Options;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.Role;
import io.liveops.console.experiment.core.stats.Guardrail;
import io.liveops.console.experiment.core.stats.InvalidInputException;
import io.liveops.console.experiment.core.stats.Srm;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The experiments of the warehouse in use: the list with users per arm and SRM, and the analysis of one
 * experiment with all its metrics (primary first), CUPED where pre-exposure data exists, and guardrails.
 * Built once in AppContext over the warehouse in use (asked at every call, so switching warehouses needs
 * no rewiring); the CLI builds one over its warehouse. Plain Java: call it from background work.
 */
public final class ExperimentService {

    /** One row of {@code experiments}. */
    public record ExperimentInfo(String id, String name, String primaryMetric, LocalDate startedOn, LocalDate endedOn) {}

    /**
     * What to analyse and how.
     *
     * @param plannedWeights the planned split in arm order (control first); null for an equal split
     * @param plannedPerArm  the planned users per arm (peeking check); null when none was planned
     */
    public record Request(String experimentId, double alpha, double[] plannedWeights, Long plannedPerArm, List<GuardrailSpec> guardrails,
                          Options options) {
        public Request {
            plannedWeights = plannedWeights == null ? null : plannedWeights.clone();
            guardrails = List.copyOf(guardrails);
            options = options == null ? Options.DEFAULT : options;
        }
    }

    /** What the analysis of a warehouse experiment was built from; {@code metrics} are all the metrics the experiment records. */
    public record Loaded(ExperimentInfo info, ExperimentAnalysis.Input input, List<String> metrics) {}

    private final Supplier<Optional<ExperimentQueries>> queries;
    private final ExperimentAnalysis analysis = new ExperimentAnalysis();

    /** @param queries the reads of the warehouse in use; empty when no warehouse is connected */
    public ExperimentService(Supplier<Optional<ExperimentQueries>> queries) {
        this.queries = queries;
    }

    /** A service over one warehouse, for the command line. */
    public static ExperimentService over(ExperimentQueries queries) {
        return new ExperimentService(() -> Optional.of(queries));
    }

    public boolean available() {
        return queries.get().isPresent();
    }

    private ExperimentQueries queries() {
        return queries.get().orElseThrow(() -> new InvalidInputException("warehouse", "No warehouse connected: type the counts by hand."));
    }

    /** The warehouse's experiments, newest first; running unless ended on or before {@code today}. */
    public List<ExperimentSummary> list(LocalDate today, Cancellation cancellation) {
        ExperimentQueries q = queries();
        List<ExperimentInfo> infos = q.list(cancellation);
        Map<String, List<ArmSize>> sizes = q.armSizes(cancellation);
        List<ExperimentSummary> out = new ArrayList<>(infos.size());
        for (ExperimentInfo i : infos) {
            List<ArmSize> arms = sizes.getOrDefault(i.id(), List.of());
            Srm srm = arms.size() < 2 || arms.stream().mapToLong(ArmSize::users).sum() == 0 ? null
                    : Srm.test(arms.stream().mapToLong(ArmSize::users).toArray(), null);
            boolean running = i.endedOn() == null || i.endedOn().isAfter(today);
            out.add(new ExperimentSummary(i, running, arms, srm));
        }
        return out;
    }

    public Optional<ExperimentInfo> find(String experimentId, Cancellation cancellation) {
        return queries().find(experimentId, cancellation);
    }

    /** Mean daily distinct session users over the last 7 days of data; empty when there are no sessions. */
    public OptionalDouble dailyTraffic(Cancellation cancellation) {
        return queries().dailyTraffic(cancellation);
    }

    public ExperimentAnalysis.Result analyze(Request request, Cancellation cancellation) {
        return analysis.analyze(load(request, cancellation).input());
    }

    /**
     * Everything the analysis of one warehouse experiment needs: every metric it records (primary first, with
     * CUPED moments), an equal planned split unless the request says otherwise, and the guardrails.
     *
     * @throws InvalidInputException for an unknown id, an experiment with fewer than two arms, or a guardrail
     *                               that is not a metric of the experiment (the message names its metrics)
     */
    public Loaded load(Request request, Cancellation cancellation) {
        ExperimentQueries q = queries();
        String id = request.experimentId();
        ExperimentInfo info = q.find(id, cancellation).orElseThrow(() -> new InvalidInputException("experiment",
                "There is no experiment '" + id + "' in the warehouse."));
        String primary = info.primaryMetric();
        if (primary == null || primary.isBlank()) {
            throw new InvalidInputException("experiment", "Experiment '" + id + "' has no primary metric in the warehouse.");
        }
        List<MetricInfo> recorded = q.metrics(id, cancellation);
        List<String> names = recorded.stream().map(MetricInfo::metric).toList();
        List<GuardrailSpec> rails = new ArrayList<>();
        for (GuardrailSpec g : request.guardrails()) {
            if (g.metric().equals(primary)) {
                throw new InvalidInputException("guardrail", "Guardrail " + g.metric() + " is the primary metric of experiment '" + id
                        + "'; a guardrail must be another of its metrics: " + others(names, primary) + ".");
            }
            if (!names.contains(g.metric())) {
                if (g.optional()) {
                    continue;
                }
                throw new InvalidInputException("guardrail", "Guardrail " + g.metric() + " is not a metric of experiment '" + id
                        + "'; its metrics are " + (names.isEmpty() ? "none (no events recorded)" : String.join(", ", names)) + ".");
            }
            rails.add(g);
        }
        MetricKind primaryKind = recorded.stream().filter(m -> m.metric().equals(primary)).map(MetricInfo::kind).findFirst().orElse(MetricKind.BINARY);
        ArmData main = q.arms(id, primary, primaryKind, cancellation);
        List<Arm> arms = main.arms();
        if (arms.size() < 2) {
            throw new InvalidInputException("experiment", "Experiment '" + id + "' has " + (arms.isEmpty() ? "no exposed users" : "only one arm ('"
                    + arms.get(0).name() + "')") + ": an analysis needs a control and at least one variant.");
        }
        List<MetricData> metrics = new ArrayList<>();
        metrics.add(new MetricData(primary, primaryKind, Role.GOAL, arms, main.cuped()));
        for (MetricInfo m : recorded) {
            if (m.metric().equals(primary) || rails.stream().anyMatch(g -> g.metric().equals(m.metric()))) {
                continue;
            }
            ArmData d = q.arms(id, m.metric(), m.kind(), cancellation);
            metrics.add(new MetricData(m.metric(), m.kind(), Role.SECONDARY, d.arms(), d.cuped()));
        }
        List<Guardrail> guardrails = new ArrayList<>();
        for (GuardrailSpec g : rails) {
            MetricKind kind = recorded.stream().filter(m -> m.metric().equals(g.metric())).map(MetricInfo::kind).findFirst().orElseThrow();
            guardrails.add(new Guardrail(g.metric(), g.direction(), g.tolerance(), q.arms(id, g.metric(), kind, cancellation).arms()));
        }
        double[] weights = request.plannedWeights() != null ? request.plannedWeights() : equal(arms.size());
        Integer days = main.firstExposure() == null || main.lastExposure() == null ? null
                : (int) ChronoUnit.DAYS.between(main.firstExposure(), main.lastExposure()) + 1;
        ExperimentAnalysis.Input input = new ExperimentAnalysis.Input(id, metrics, weights, request.alpha(), request.plannedPerArm(), guardrails,
                request.options(), days);
        return new Loaded(info, input, names);
    }

    private static String others(List<String> names, String primary) {
        String s = names.stream().filter(n -> !n.equals(primary)).collect(Collectors.joining(", "));
        return s.isEmpty() ? "none" : s;
    }

    private static double[] equal(int k) {
        double[] w = new double[k];
        Arrays.fill(w, 1.0);
        return w;
    }
}
