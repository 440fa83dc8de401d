package io.liveops.console.experiment.core;

import io.liveops.console.background.Cancellation;
import io.liveops.console.experiment.core.ExperimentService.ExperimentInfo;
import io.liveops.console.experiment.core.ExperimentSummary.ArmSize;
import io.liveops.console.experiment.core.stats.Arm;
import io.liveops.console.experiment.core.stats.ArmCounts;
import io.liveops.console.experiment.core.stats.ArmMoments;
import io.liveops.console.experiment.core.stats.CupedArm;
import io.liveops.console.experiment.core.stats.ExperimentAnalysis.MetricKind;
import io.liveops.console.warehouse.SqlCatalog;
import io.liveops.console.warehouse.Warehouse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The experiment reads of one warehouse (tables {@code experiments}, {@code experiment_exposures},
 * {@code experiment_events}), each one file of {@code sql/warehouse/<dialect>/experiment_*.sql}. A binary
 * metric converts when the user has at least one event of it after exposure; a continuous metric is the
 * per-user sum of its event values after exposure, 0 without events; the same in the 14 days before
 * exposure is CUPED's covariate. Plain Java: call it from background work.
 */
public final class ExperimentQueries {

    /** A metric recorded for an experiment and its kind. */
    public record MetricInfo(String metric, MetricKind kind) {}

    /**
     * One metric's data per arm, control first (the arm named "control", else the first by name).
     *
     * @param cuped per arm pre/post moments; null when no user has a value before exposure
     */
    public record ArmData(List<Arm> arms, List<CupedArm> cuped, LocalDate firstExposure, LocalDate lastExposure) {}

    private final Warehouse warehouse;
    private final SqlCatalog catalog;
    private final Duration timeout;

    /**
     * @param catalog the SQL catalogue of the warehouse's dialect (user overrides included)
     * @param timeout per-query time limit
     */
    public ExperimentQueries(Warehouse warehouse, SqlCatalog catalog, Duration timeout) {
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

    /** Users per arm of every experiment, by experiment id. */
    public Map<String, List<ArmSize>> armSizes(Cancellation cancellation) {
        return warehouse.query(sql("experiment_arm_sizes"), List.of(), timeout, cancellation, rs -> {
            Map<String, List<ArmSize>> out = new LinkedHashMap<>();
            while (rs.next()) {
                out.computeIfAbsent(rs.getString("experiment_id"), k -> new ArrayList<>()).add(new ArmSize(rs.getString("variant"), rs.getLong("users")));
            }
            out.values().forEach(l -> l.sort(controlFirst(ArmSize::variant)));
            return out;
        });
    }

    /** The metrics recorded for the experiment; binary when every event value is NULL, 0 or 1. */
    public List<MetricInfo> metrics(String experimentId, Cancellation cancellation) {
        return warehouse.query(sql("experiment_metrics"), List.of(experimentId), timeout, cancellation, rs -> {
            List<MetricInfo> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new MetricInfo(rs.getString("metric"),
                        rs.getLong("events") == rs.getLong("binary_events") ? MetricKind.BINARY : MetricKind.CONTINUOUS));
            }
            return out;
        });
    }

    /** The arms of the experiment for {@code metric}, control first, with CUPED's pre-exposure moments where they exist. */
    public ArmData arms(String experimentId, String metric, MetricKind kind, Cancellation cancellation) {
        boolean binary = kind == MetricKind.BINARY;
        return warehouse.query(sql(binary ? "experiment_arms_binary" : "experiment_arms_continuous"), List.of(metric, experimentId), timeout,
                cancellation, rs -> {
                    List<Arm> arms = new ArrayList<>();
                    List<CupedArm> cuped = new ArrayList<>();
                    LocalDate first = null;
                    LocalDate last = null;
                    boolean anyPre = false;
                    while (rs.next()) {
                        String variant = rs.getString("variant");
                        long n = rs.getLong("users");
                        double ssPost = Math.max(0, rs.getDouble("ss_post"));
                        if (binary) {
                            arms.add(new ArmCounts(variant, rs.getLong("converted"), n));
                        } else {
                            // a one-user arm has no sample variance; ArmMoments then refuses it with its own message
                            arms.add(new ArmMoments(variant, rs.getDouble("mean_post"), n > 1 ? Math.sqrt(ssPost / (n - 1)) : 0, n));
                        }
                        double ssPre = Math.max(0, rs.getDouble("ss_pre"));
                        anyPre |= ssPre > 0 || rs.getDouble("mean_pre") != 0;
                        if (n > 1) {
                            cuped.add(new CupedArm(variant, n, rs.getDouble("mean_post"), rs.getDouble("mean_pre"), ssPost, ssPre, rs.getDouble("sp_pre_post")));
                        }
                        LocalDate f = date(rs.getString("first_exposed"));
                        LocalDate l = date(rs.getString("last_exposed"));
                        first = first == null || (f != null && f.isBefore(first)) ? f : first;
                        last = last == null || (l != null && l.isAfter(last)) ? l : last;
                    }
                    arms.sort(controlFirst(Arm::name));
                    cuped.sort(controlFirst(CupedArm::name));
                    return new ArmData(arms, anyPre && cuped.size() == arms.size() ? cuped : null, first, last);
                });
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

    private static <T> Comparator<T> controlFirst(java.util.function.Function<T, String> name) {
        return Comparator.comparing((T a) -> !"control".equals(name.apply(a).toLowerCase(Locale.ROOT))).thenComparing(name);
    }

    private String sql(String name) {
        return catalog.load(name).sql();
    }

    private static ExperimentInfo info(ResultSet rs) throws SQLException {
        return new ExperimentInfo(rs.getString("experiment_id"), rs.getString("name"), rs.getString("primary_metric"),
                date(rs.getString("started_on")), date(rs.getString("ended_on")));
    }

    private static LocalDate date(String text) {
        // SQLite stores 'YYYY-MM-DD' text, PostgreSQL's date and timestamp read back in the same form
        return text == null || text.isBlank() ? null : LocalDate.parse(text.substring(0, 10));
    }
}
