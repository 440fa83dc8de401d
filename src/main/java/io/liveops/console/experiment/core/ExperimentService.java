package io.liveops.console.experiment.core;

import io.liveops.console.background.Cancellation;
import io.liveops.console.experiment.core.stats.Arm;
import io.liveops.console.experiment.core.stats.ArmCounts;
import io.liveops.console.experiment.core.stats.ArmMoments;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.experiment.core.stats.Guardrail;
import io.liveops.console.experiment.core.stats.InvalidInputException;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads experiments from the warehouse (tables {@code experiments}, {@code experiment_exposures},
 * {@code experiment_events}) into arm data for the statistics. A binary metric converts when the
 * user has at least one event of it; a continuous metric is the per-user sum of event values, 0
 * for users without events. The SQL lives in {@code sql/warehouse/<dialect>/experiment_*.sql}.
 * Plain Java: call it from background work.
 */
public final class ExperimentService {

    /** One row of {@code experiments}. */
    public record ExperimentInfo(String id, String name, String primaryMetric, LocalDate startedOn, LocalDate endedOn) {}

    /** What the analysis of a warehouse experiment was built from. */
    public record Loaded(ExperimentInfo info, ExperimentAnalysis.Input input, List<String> metrics) {}

    private final Warehouse warehouse;
    private final SqlCatalog catalog;
    private final Duration timeout;

    /**
     * @param catalog the SQL catalogue of the warehouse's dialect (user overrides included)
     * @param timeout per-query time limit
     */
    public ExperimentService(Warehouse warehouse, SqlCatalog catalog, Duration timeout) {
        this.warehouse = warehouse;
        this.catalog = catalog;
        this.timeout = timeout;
    }

    public List<ExperimentInfo> list(Cancellation cancellation) {
        return warehouse.query(sql("experiment_list"), List.of(), timeout, cancellation, rs -> {
            List<ExperimentInfo> out = new ArrayList<>();
            while (rs.next()) {
                out.add(info(rs));
            }
            return out;
        });
    }

    public Optional<ExperimentInfo> find(String experimentId, Cancellation cancellation) {
        return warehouse.query(sql("experiment_info"), List.of(experimentId), timeout, cancellation,
                rs -> rs.next() ? Optional.of(info(rs)) : Optional.empty());
    }

    public List<String> metrics(String experimentId, Cancellation cancellation) {
        return warehouse.query(sql("experiment_metrics"), List.of(experimentId), timeout, cancellation, rs -> {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        });
    }

    /** Binary when every event value of the metric is NULL, 0 or 1 (also when it has no events). */
    public MetricKind kindOf(String experimentId, String metric, Cancellation cancellation) {
        return warehouse.query(sql("experiment_metric_kind"), List.of(experimentId, metric), timeout, cancellation, rs -> {
            rs.next();
            return rs.getLong("events") == rs.getLong("binary_events") ? MetricKind.BINARY : MetricKind.CONTINUOUS;
        });
    }

    /** The arms of the experiment for {@code metric}, control first (the arm named "control", else the first by name). */
    public List<Arm> arms(String experimentId, String metric, MetricKind kind, Cancellation cancellation) {
        List<Arm> arms = kind == MetricKind.BINARY
                ? warehouse.query(sql("experiment_arms_binary"), List.of(experimentId, metric, experimentId), timeout, cancellation, rs -> {
                    List<Arm> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new ArmCounts(rs.getString("variant"), rs.getLong("converted"), rs.getLong("users")));
                    }
                    return out;
                })
                : warehouse.query(sql("experiment_arms_continuous"), List.of(metric, experimentId), timeout, cancellation, rs -> {
                    List<Arm> out = new ArrayList<>();
                    while (rs.next()) {
                        long n = rs.getLong("users");
                        double ss = rs.getDouble("ss");
                        // a one-user arm has no sample variance; ArmMoments then refuses it with its own message
                        double sd = n > 1 ? Math.sqrt(Math.max(0, ss) / (n - 1)) : 0;
                        out.add(new ArmMoments(rs.getString("variant"), rs.getDouble("mean"), sd, n));
                    }
                    return out;
                });
        List<Arm> ordered = new ArrayList<>(arms);
        ordered.sort(Comparator.comparing((Arm a) -> !"control".equals(a.name().toLowerCase(Locale.ROOT))).thenComparing(Arm::name));
        return ordered;
    }

    /** Mean daily distinct session users over the last 7 days of data; empty when there are no sessions. */
    public OptionalDouble dailyTraffic(Cancellation cancellation) {
        return warehouse.query(sql("experiment_daily_traffic"), List.of(), timeout, cancellation, rs -> {
            if (!rs.next()) {
                return OptionalDouble.empty();
            }
            double v = rs.getDouble(1);
            return rs.wasNull() || !(v > 0) ? OptionalDouble.empty() : OptionalDouble.of(v);
        });
    }

    /**
     * Everything the analysis of one warehouse experiment needs: its primary metric's arms, an equal
     * planned split unless {@code plannedWeights} says otherwise, and the guardrails that exist in its events.
     *
     * @param guardrails the guardrails wanted; those whose metric the experiment never recorded are skipped
     * @throws InvalidInputException for an unknown id or an experiment with fewer than two arms
     */
    public Loaded load(String experimentId, double alpha, double[] plannedWeights, Long plannedPerArm, List<GuardrailSpec> guardrails,
                       Cancellation cancellation) {
        ExperimentInfo info = find(experimentId, cancellation).orElseThrow(() -> new InvalidInputException("experiment",
                "There is no experiment '" + experimentId + "' in the warehouse."));
        String metric = info.primaryMetric();
        if (metric == null || metric.isBlank()) {
            throw new InvalidInputException("experiment", "Experiment '" + experimentId + "' has no primary metric in the warehouse.");
        }
        MetricKind kind = kindOf(experimentId, metric, cancellation);
        List<Arm> arms = arms(experimentId, metric, kind, cancellation);
        if (arms.size() < 2) {
            throw new InvalidInputException("experiment", "Experiment '" + experimentId + "' has " + (arms.isEmpty() ? "no exposed users" : "only one arm ('"
                    + arms.get(0).name() + "')") + ": an analysis needs a control and at least one variant.");
        }
        List<String> metrics = metrics(experimentId, cancellation);
        List<Guardrail> rails = new ArrayList<>();
        for (GuardrailSpec g : guardrails) {
            if (!metrics.contains(g.metric()) || g.metric().equals(metric)) {
                continue;
            }
            List<Arm> garms = arms(experimentId, g.metric(), kindOf(experimentId, g.metric(), cancellation), cancellation);
            rails.add(new Guardrail(g.metric(), g.direction(), g.tolerance(), alignTo(arms, garms)));
        }
        double[] weights = plannedWeights != null ? plannedWeights : equal(arms.size());
        ExperimentAnalysis.Input input = new ExperimentAnalysis.Input(experimentId, metric, kind, arms, weights, alpha, plannedPerArm, rails);
        return new Loaded(info, input, metrics);
    }

    private static List<Arm> alignTo(List<Arm> primary, List<Arm> guardrail) {
        List<Arm> out = new ArrayList<>(primary.size());
        for (Arm p : primary) {
            guardrail.stream().filter(g -> g.name().equals(p.name())).findFirst().ifPresent(out::add);
        }
        return out;
    }

    private static double[] equal(int k) {
        double[] w = new double[k];
        java.util.Arrays.fill(w, 1.0);
        return w;
    }

    private String sql(String name) {
        return catalog.load(name).sql();
    }

    private static ExperimentInfo info(ResultSet rs) throws SQLException {
        return new ExperimentInfo(rs.getString("experiment_id"), rs.getString("name"), rs.getString("primary_metric"),
                date(rs.getString("started_on")), date(rs.getString("ended_on")));
    }

    private static LocalDate date(String text) {
        // SQLite stores 'YYYY-MM-DD' text, PostgreSQL's date reads back in the same form
        return text == null || text.isBlank() ? null : LocalDate.parse(text.substring(0, 10));
    }
}
