package io.liveops.console.economy.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.liveops.console.kpi.core.KpiFormat;
import io.liveops.console.kpi.core.Unit;
import io.liveops.console.shared.DisplayFormats;
import java.util.List;
import java.util.Map;

/**
 * The {@code liveops economy} output: JSON with the keys issue 12 fixes (amounts as the ledger's integers, fractions as
 * fractions, numbers unrounded, null where a number is unknown), or Markdown for a person.
 */
public final class EconomyExport {

    private EconomyExport() {}

    public static ObjectNode json(EconomyReport r, List<Recommendation> recommendations) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("as_of", r.asOf().toString());
        root.put("currency", r.currency());
        if (r.season().present()) {
            Season s = r.season().value();
            ObjectNode season = root.putObject("season");
            season.put("season_id", s.seasonId());
            season.put("starts_on", s.startsOn().toString());
            season.put("ends_on", s.endsOn().toString());
            season.put("base_from", s.baseFrom().toString());
            season.put("base_to", s.baseTo().toString());
        } else {
            root.putNull("season");
        }
        root.put("earn_spend_ratio_7d", r.ratio().value());
        root.put("inflation_index", r.inflation().value());
        if (r.fraudFlags().value() == null) {
            root.putNull("fraud_flags_24h");
        } else {
            root.put("fraud_flags_24h", Math.round(r.fraudFlags().value()));
        }
        Ledger ledger = ledgerOrNull(r);
        amounts(root, "sources", ledger, Flow.SOURCE, false, r);
        amounts(root, "sinks", ledger, Flow.SINK, false, r);
        amounts(root, "sources_prev", ledger, Flow.SOURCE, true, r);
        amounts(root, "sinks_prev", ledger, Flow.SINK, true, r);
        if (r.prices().present()) {
            ArrayNode items = root.putArray("items");
            for (ItemPrice i : r.prices().value().items()) {
                ObjectNode item = items.addObject();
                item.put("item_id", i.itemId());
                item.put("base_price", i.basePrice());
                item.put("current_price", i.currentPrice());
                item.put("change", i.change());
                item.put("base_quantity", i.baseQuantity());
            }
            ArrayNode excluded = root.putArray("items_excluded");
            for (ExcludedItem e : r.prices().value().excluded()) {
                excluded.addObject().put("item_id", e.itemId()).put("reason", e.reason());
            }
        } else {
            root.putNull("items");
            root.putNull("items_excluded");
        }
        if (r.fraud().present()) {
            ObjectNode byRule = root.putObject("fraud_by_rule");
            r.fraud().value().byRuleToday().forEach(byRule::put);
        } else {
            root.putNull("fraud_by_rule");
        }
        ArrayNode recs = root.putArray("recommendations");
        for (Recommendation rec : recommendations) {
            recs.addObject().put("gauge", rec.gauge().kpiId()).put("text", rec.action() + ". " + rec.text());
        }
        return root;
    }

    public static String jsonText(EconomyReport r, List<Recommendation> recommendations) {
        try {
            return new ObjectMapper().writeValueAsString(json(r, recommendations));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the economy JSON", e);
        }
    }

    /** An empty ledger is known to be empty ({}); a missing table or a failed query is unknown (null). */
    private static Ledger ledgerOrNull(EconomyReport r) {
        return r.ledger().present() ? r.ledger().value() : null;
    }

    private static void amounts(ObjectNode root, String key, Ledger ledger, Flow flow, boolean previous, EconomyReport r) {
        if (ledger != null) {
            ObjectNode node = root.putObject(key);
            ledger.byReason(flow, previous).forEach(node::put);
        } else if (r.ledger().failed() || r.missingTables().contains(EconomyService.LEDGER)) {
            root.putNull(key);
        } else {
            root.putObject(key);
        }
    }

    /** A Markdown page: gauges, season, recommendations, sources and sinks, items, fraud. */
    public static String markdown(EconomyReport r, List<Recommendation> recommendations, KpiFormat format) {
        StringBuilder md = new StringBuilder();
        String nl = System.lineSeparator();
        md.append("# Economy as of ").append(r.asOf()).append(" (").append(r.currency()).append(")").append(nl).append(nl);
        md.append(r.season().present() ? "Season: " + r.season().value().name() + " (" + r.season().value().seasonId() + ", "
                + r.season().value().startsOn() + " to " + r.season().value().endsOn() + "); the index's base window is ["
                + r.season().value().baseFrom() + ", " + r.season().value().baseTo() + "]." : DisplayFormats.sentence("Season: " + r.season().problem()));
        md.append(nl).append(nl).append("| gauge | value | status |").append(nl).append("|---|---|---|").append(nl);
        for (GaugeReading g : r.gauges()) {
            Unit unit = switch (g.gauge()) {
                case INFLATION -> Unit.INDEX;
                case RATIO -> Unit.RATIO;
                case FRAUD -> Unit.COUNT;
            };
            md.append("| ").append(g.gauge().kpiId()).append(" | ").append(g.value() == null ? g.problem() : format.format(unit, g.value()))
                    .append(" | ").append(g.failed() ? "error" : g.status().id()).append(" |").append(nl);
        }
        md.append(nl).append("## Recommendations").append(nl).append(nl);
        if (recommendations.isEmpty()) {
            md.append("Every gauge is in its healthy range.").append(nl);
        }
        for (Recommendation rec : recommendations) {
            md.append("- **").append(rec.action()).append(".** ").append(rec.text()).append(nl);
        }
        md.append(nl).append("## Sources and sinks, 7 days against the 7 days before").append(nl).append(nl);
        if (r.ledger().present()) {
            md.append("| reason | flow | 7 days | share | previous 7 days | change |").append(nl).append("|---|---|---:|---:|---:|---:|").append(nl);
            for (Flow flow : Flow.values()) {
                for (ReasonTotal t : r.ledger().value().totals(flow)) {
                    md.append("| ").append(t.reason()).append(" | ").append(flow.label()).append(" | ").append(t.current()).append(" | ")
                            .append(format.format(Unit.FRACTION, t.share())).append(" | ").append(t.previous()).append(" | ")
                            .append(t.change() == null ? "new" : format.format(Unit.CHANGE, t.change())).append(" |").append(nl);
                }
            }
        } else {
            md.append(r.ledger().problem()).append(nl);
        }
        md.append(nl).append("## Items in the inflation index").append(nl).append(nl);
        if (r.prices().present()) {
            md.append("| item | base price | current price | change | base quantity | weight | contribution |").append(nl)
                    .append("|---|---:|---:|---:|---:|---:|---:|").append(nl);
            for (ItemPrice i : r.prices().value().items()) {
                md.append("| ").append(i.itemId()).append(" | ").append(String.format(java.util.Locale.ROOT, "%.4f", i.basePrice())).append(" | ")
                        .append(String.format(java.util.Locale.ROOT, "%.4f", i.currentPrice())).append(" | ")
                        .append(format.format(Unit.CHANGE, i.change())).append(" | ").append(i.baseQuantity()).append(" | ")
                        .append(format.format(Unit.FRACTION, i.weight())).append(" | ")
                        .append(i.contribution() == null ? "—" : String.format(java.util.Locale.ROOT, "%+.4f", i.contribution())).append(" |").append(nl);
            }
            for (ExcludedItem e : r.prices().value().excluded()) {
                md.append(nl).append("- Left out: ").append(e.itemId()).append(": ").append(e.reason());
            }
            md.append(nl);
        } else {
            md.append(r.prices().problem()).append(nl);
        }
        md.append(nl).append("## Fraud flags on ").append(r.asOf()).append(nl).append(nl);
        if (r.fraud().present()) {
            md.append("| rule | flags |").append(nl).append("|---|---:|").append(nl);
            for (Map.Entry<String, Long> e : r.fraud().value().rulesToday()) {
                md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |").append(nl);
            }
        } else {
            md.append(r.fraud().problem()).append(nl);
        }
        return md.toString();
    }
}
