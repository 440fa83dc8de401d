package io.liveops.console.economy.core;

import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.Threshold;
import io.liveops.console.kpi.core.ThresholdText;
import io.liveops.console.kpi.core.Thresholds;
import io.liveops.console.kpi.core.Unit;
import io.liveops.console.shared.DisplayFormats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The playbook's economy advice (playbooks.md, Economy) for the gauges outside their healthy range: inflation above
 * warning → reduce earn limits, naming the sources that grew most; ratio below the band → raise drop rates or add
 * sources; above it → add sinks, naming the sinks that shrank; fraud at warning or above → a security investigation,
 * naming the top rule. Limits come from the one threshold store, never from constants here.
 */
public final class Recommendations {

    /** How many reasons, items or users a card names. */
    static final int NAMED = 3;

    private final KpiFormat format;
    private final ThresholdText thresholdText;

    public Recommendations(KpiFormat format) {
        this.format = format;
        this.thresholdText = new ThresholdText(format);
    }

    /** The cards for the gauges outside their healthy range, critical ones first. */
    public List<Recommendation> of(EconomyReport report, Thresholds thresholds) {
        List<Recommendation> cards = new ArrayList<>();
        inflation(report, thresholds).ifPresent(cards::add);
        ratio(report, thresholds).ifPresent(cards::add);
        fraud(report, thresholds).ifPresent(cards::add);
        // the most urgent first (critical before warning), then in the gauges' order
        cards.sort(Comparator.comparing((Recommendation c) -> c.status() != io.liveops.console.shared.Status.CRITICAL));
        return cards;
    }

    private Optional<Recommendation> inflation(EconomyReport r, Thresholds th) {
        GaugeReading g = r.inflation();
        if (!g.breached()) {
            return Optional.empty();
        }
        Optional<Threshold> t = th.get(Gauge.INFLATION.kpiId());
        boolean high = t.map(x -> isHigh(x, g.value())).orElse(g.value() > 1);
        StringBuilder text = new StringBuilder("The inflation index is ").append(format.format(Unit.INDEX, g.value()))
                .append(" (").append(thresholdText.describe(Unit.INDEX, t)).append("): the basket costs ")
                .append(format.format(Unit.FRACTION, Math.abs(g.value() - 1))).append(high ? " more" : " less")
                .append(" than in the season's base window");
        r.season().get().ifPresent(s -> text.append(" [").append(s.baseFrom()).append(", ").append(s.baseTo()).append("]"));
        text.append(".");
        r.prices().get().ifPresent(p -> {
            List<ItemPrice> drivers = high ? p.drivers(NAMED) : p.items().stream()
                    .filter(i -> i.contribution() != null && i.contribution() < 0)
                    .sorted(Comparator.comparingDouble(ItemPrice::contribution)).limit(NAMED).toList();
            if (!drivers.isEmpty()) {
                text.append(" Items moving it most: ").append(String.join(", ", drivers.stream().map(i -> i.itemId() + " "
                        + format.format(Unit.CHANGE, i.change())).toList())).append(".");
            }
        });
        if (high) {
            text.append(" ").append(reasons(r, Flow.SOURCE, ReasonTotal::growth, x -> x > 0, "sources that grew most",
                    "No " + r.currency() + " source grew week over week"));
        } else {
            text.append(" ").append(reasons(r, Flow.SINK, ReasonTotal::growth, x -> x > 0, "sinks that grew most",
                    "No " + r.currency() + " sink grew week over week"));
        }
        return Optional.of(new Recommendation(Gauge.INFLATION, g.status(), high ? "Reduce earn limits" : "Raise earn limits", text.toString()));
    }

    private Optional<Recommendation> ratio(EconomyReport r, Thresholds th) {
        GaugeReading g = r.ratio();
        if (!g.breached()) {
            return Optional.empty();
        }
        Optional<Threshold> t = th.get(Gauge.RATIO.kpiId());
        boolean high = t.map(x -> isHigh(x, g.value())).orElse(g.value() > 1);
        StringBuilder text = new StringBuilder();
        r.ledger().get().ifPresent(l -> text.append("Players earned ").append(format.format(Unit.COUNT, (double) l.earned())).append(" ")
                .append(r.currency()).append(" and spent ").append(format.format(Unit.COUNT, (double) l.spent())).append(" in [")
                .append(l.windowStart()).append(", ").append(r.asOf()).append("]: "));
        text.append(text.isEmpty() ? "The " : "the ").append("7-day earn/spend ratio is ").append(format.format(Unit.RATIO, g.value()))
                .append(" (").append(thresholdText.describe(Unit.RATIO, t)).append(").");
        if (high) {
            text.append(" More currency enters than leaves. ").append(reasons(r, Flow.SINK, x -> -x.growth(), x -> x > 0,
                    "sinks that shrank most", "No " + r.currency() + " sink shrank week over week"));
            return Optional.of(new Recommendation(Gauge.RATIO, g.status(), "Add sinks", text.toString()));
        }
        text.append(" Players spend more than they earn. ").append(reasons(r, Flow.SOURCE, x -> -x.growth(), x -> x > 0,
                "sources that shrank most", "No " + r.currency() + " source shrank week over week"));
        return Optional.of(new Recommendation(Gauge.RATIO, g.status(), "Raise drop rates or add sources", text.toString()));
    }

    private Optional<Recommendation> fraud(EconomyReport r, Thresholds th) {
        GaugeReading g = r.fraudFlags();
        if (!g.breached()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder().append(format.format(Unit.COUNT, g.value())).append(" fraud flags on ").append(r.asOf())
                .append(" (").append(thresholdText.describe(Unit.COUNT, th.get(Gauge.FRAUD.kpiId()))).append(").");
        r.fraud().get().ifPresent(f -> {
            List<Map.Entry<String, Long>> rules = f.rulesToday();
            if (!rules.isEmpty()) {
                Map.Entry<String, Long> top = rules.get(0);
                text.append(" Top rule: ").append(top.getKey()).append(" with ").append(top.getValue()).append(" flags (")
                        .append(format.format(Unit.FRACTION, top.getValue() / (double) f.flagsToday())).append(")");
                text.append(rules.size() > 1 ? "; then " + String.join(", ", rules.subList(1, Math.min(rules.size(), NAMED)).stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList()) + "." : ".");
            }
            text.append(" ").append(f.usersFlagged()).append(f.usersFlagged() == 1 ? " user" : " users").append(" flagged");
            if (!f.topUsers().isEmpty()) {
                text.append(", most: ").append(String.join(", ", f.topUsers().stream().limit(NAMED)
                        .map(u -> "user " + u.userId() + " (" + u.flags() + ")").toList()));
            }
            text.append(".");
        });
        return Optional.of(new Recommendation(Gauge.FRAUD, g.status(), "Start a security investigation", text.toString()));
    }

    /** True when a breached value is on the high side of its threshold. */
    private static boolean isHigh(Threshold t, double value) {
        return switch (t.direction()) {
            case LOWER_IS_BETTER -> true;
            case HIGHER_IS_BETTER -> false;
            case BAND -> value > t.warningHigh();
        };
    }

    /** Names the reasons of a flow that moved most by {@code key} (e.g. growth), or says there are none. */
    private String reasons(EconomyReport r, Flow flow, java.util.function.ToLongFunction<ReasonTotal> key, Predicate<Long> counts,
                           String what, String none) {
        if (!r.ledger().present()) {
            return DisplayFormats.sentence("The " + r.currency() + " ledger is not available: " + r.ledger().problem());
        }
        List<ReasonTotal> moved = r.ledger().value().totals(flow).stream().filter(t -> counts.test(key.applyAsLong(t)))
                .sorted(Comparator.comparingLong(key).reversed().thenComparing(ReasonTotal::reason)).limit(NAMED).toList();
        if (moved.isEmpty()) {
            return none + ".";
        }
        return "The " + r.currency() + " " + what + " week over week: " + String.join(", ", moved.stream().map(this::weekOverWeek).toList()) + ".";
    }

    private String weekOverWeek(ReasonTotal t) {
        String change = t.change() == null ? "new" : format.format(Unit.CHANGE, t.change());
        return t.reason() + " " + change + " (" + format.format(Unit.COUNT, (double) t.previous()) + " → "
                + format.format(Unit.COUNT, (double) t.current()) + ")";
    }
}
