package io.liveops.console.kpi.core;

import static io.liveops.console.kpi.core.KpiGroup.ECONOMY;
import static io.liveops.console.kpi.core.KpiGroup.ENGAGEMENT;
import static io.liveops.console.kpi.core.KpiGroup.MONETIZATION;
import static io.liveops.console.kpi.core.KpiGroup.PRODUCT_AND_COMMUNITY;
import static io.liveops.console.kpi.core.KpiGroup.TECHNICAL_HEALTH;
import static io.liveops.console.kpi.core.KpiGroup.WATCHLIST;

import io.liveops.console.warehouse.SqlCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The KPIs of warehouse-contract.md, in the contract's order, with the contract's definitions. */
public final class KpiCatalog {

    private final List<KpiDefinition> all;
    private final Map<String, KpiDefinition> byId;

    public KpiCatalog(List<KpiDefinition> definitions) {
        this.all = List.copyOf(definitions);
        Map<String, KpiDefinition> map = new LinkedHashMap<>();
        for (KpiDefinition d : all) {
            if (map.put(d.id(), d) != null) {
                throw new IllegalArgumentException("Duplicate KPI id " + d.id());
            }
        }
        this.byId = Map.copyOf(map);
    }

    /** The contract's catalogue. */
    public static KpiCatalog standard() {
        return new KpiCatalog(List.of(
                def("dau", ENGAGEMENT, "DAU", Unit.COUNT, "Distinct sessions.user_id with started_at on D."),
                def("wau", ENGAGEMENT, "WAU", Unit.COUNT, "Distinct session users in [D-6, D]."),
                def("mau", ENGAGEMENT, "MAU", Unit.COUNT, "Distinct session users in [D-29, D]."),
                def("dau_mau", ENGAGEMENT, "DAU/MAU", Unit.FRACTION, "dau / mau (0 when mau = 0)."),
                def("new_signups", ENGAGEMENT, "New signups", Unit.COUNT, "users with created_at on D."),
                def("retention_d1", ENGAGEMENT, "Retention D1", Unit.FRACTION, retention(1)),
                def("retention_d7", ENGAGEMENT, "Retention D7", Unit.FRACTION, retention(7)),
                def("retention_d30", ENGAGEMENT, "Retention D30", Unit.FRACTION, retention(30)),
                def("churn_d30", ENGAGEMENT, "Churn D30", Unit.FRACTION,
                        "Among users with created_at < asOfEnd - 30 days, the share with no session whose started_at is in "
                                + "[asOfEnd - 30 days, asOfEnd)."),
                def("mrr_usd", MONETIZATION, "MRR", Unit.USD,
                        "Sum of monthly_price_usd of subscriptions active at asOfEnd (started_at < asOfEnd and (ended_at is null "
                                + "or ended_at >= asOfEnd))."),
                def("pro_conversion_7d", MONETIZATION, "Pro conversion 7d", Unit.FRACTION,
                        "Users created in [D-6, D] who started a subscription in [D-6, D], divided by users created in [D-6, D]."),
                def("crash_free_rate", TECHNICAL_HEALTH, "Crash-free sessions", Unit.FRACTION,
                        "1 - crashed sessions / sessions, over sessions started on D."),
                def("p95_latency_ms", TECHNICAL_HEALTH, "API p95 latency", Unit.MILLISECONDS,
                        "95th percentile of api_requests.latency_ms on D, linear interpolation between closest ranks "
                                + "(PostgreSQL percentile_cont(0.95); numpy's default)."),
                def("error_rate", TECHNICAL_HEALTH, "API error rate", Unit.FRACTION,
                        "Share of api_requests on D with status_code >= 500."),
                def("errors_24h", TECHNICAL_HEALTH, "Errors (24 h)", Unit.COUNT, "error_events on D."),
                def("nps_30d", PRODUCT_AND_COMMUNITY, "NPS 30d", Unit.SCORE,
                        "Over nps_responses in [D-29, D]: 100 × (share scoring 9–10 − share scoring 0–6)."),
                def("support_sla_met_7d", PRODUCT_AND_COMMUNITY, "Support SLA met 7d", Unit.FRACTION,
                        "Tickets opened in [D-6, D]; response targets critical 2 h, high 4 h, standard 24 h. A ticket counts when "
                                + "it was answered before asOfEnd, or when its deadline is before asOfEnd; it is met when "
                                + "first_response_at - opened_at <= its target. Value = met / counted."),
                def("discord_dau", PRODUCT_AND_COMMUNITY, "Discord DAU", Unit.COUNT,
                        "community_daily.active_users for discord on D."),
                def("earn_spend_ratio_7d", ECONOMY, "Earn/spend ratio 7d", Unit.RATIO,
                        "For currency gold: sum of positive amount / -(sum of negative amount) in [D-6, D]."),
                def("inflation_index", ECONOMY, "Inflation index", Unit.INDEX,
                        "Laspeyres price index. Base window: the first 7 days of the season that contains D; current window: "
                                + "[D-6, D]. For each item traded in both windows, p = volume-weighted mean unit_price in the window "
                                + "(Σ price·qty / Σ qty), w = the item's base-window quantity. Index = Σ w·p_current / Σ w·p_base."),
                def("fraud_flags_24h", ECONOMY, "Fraud flags (24 h)", Unit.COUNT, "fraud_flags on D."),
                new KpiDefinition("watch_change_24h", WATCHLIST, "24 h change", Unit.CHANGE,
                        "Latest price at or before asOfEnd divided by the latest price at or before asOfEnd - 24h, minus 1.", true),
                def("fear_greed", WATCHLIST, "Fear & Greed", Unit.POINTS, "fear_greed.value on D.")));
    }

    /**
     * KPIs read together by one shipped file, {@code series/<name>.sql}, because they are counted from the same rows: one
     * row per day with a column per member ({@code <id>}, or {@code <id>_numerator} and {@code <id>_denominator}).
     */
    public record SharedQuery(String name, List<String> members) {
        public SharedQuery {
            members = List.copyOf(members);
        }

        /** "wau, mau and churn_d30". */
        public String membersText() {
            return listed(members);
        }
    }

    /** Ids for a sentence: "mau", "wau and mau", "wau, mau and churn_d30". */
    public static String listed(List<String> ids) {
        return ids.size() < 2 ? String.join("", ids)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }

    /**
     * Two families. Who had a session on the day (dau, and who of a cohort came back: retention): without an index on
     * started_at each would scan the whole sessions table. Who had a session in a trailing window of 7 or 30 days (wau,
     * mau, churn_d30): on a large warehouse collecting those users is the biggest single cost of a refresh. Each family's
     * sessions are read once.
     */
    public static final List<SharedQuery> SHARED_QUERIES = List.of(
            new SharedQuery("daily_visitors", List.of("dau", "retention_d1", "retention_d7", "retention_d30")),
            new SharedQuery("active_users", List.of("wau", "mau", "churn_d30")));

    /** The shared query that reads a KPI with others, if any. */
    public static Optional<SharedQuery> sharedQueryOf(String id) {
        return SHARED_QUERIES.stream().filter(q -> q.members().contains(id)).findFirst();
    }

    /** The catalogue name of the shipped series file that reads a KPI: its shared query's, else its own. */
    public static String seriesFileOf(String id) {
        return SqlCatalog.seriesName(sharedQueryOf(id).map(SharedQuery::name).orElse(id));
    }

    private static KpiDefinition def(String id, KpiGroup group, String label, Unit unit, String definition) {
        return new KpiDefinition(id, group, label, unit, definition, false);
    }

    private static String retention(int n) {
        return "The cohort is the users created on day D-" + n + "; the share of that cohort with at least one session on day D "
                + "(exactly " + n + (n == 1 ? " day" : " days") + " after their signup day). Null when the cohort is empty.";
    }

    public List<KpiDefinition> all() {
        return all;
    }

    public List<String> ids() {
        return all.stream().map(KpiDefinition::id).toList();
    }

    /** Resolves a plain id, or a keyed id such as {@code watch_change_24h:BTC} to its keyed definition. */
    public Optional<KpiDefinition> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        KpiDefinition direct = byId.get(id);
        if (direct != null) {
            return Optional.of(direct);
        }
        int sep = id.indexOf(KpiDefinition.KEY_SEPARATOR);
        if (sep <= 0 || sep == id.length() - 1) {
            return Optional.empty();
        }
        KpiDefinition base = byId.get(id.substring(0, sep));
        return base != null && base.keyed() ? Optional.of(base) : Optional.empty();
    }

    /** The definition part of an id: {@code watch_change_24h} for {@code watch_change_24h:BTC}. */
    public static String baseId(String id) {
        int sep = id.indexOf(KpiDefinition.KEY_SEPARATOR);
        return sep < 0 ? id : id.substring(0, sep);
    }

    /** The key part of a keyed id, or empty for a plain id. */
    public static Optional<String> keyOf(String id) {
        int sep = id.indexOf(KpiDefinition.KEY_SEPARATOR);
        return sep < 0 ? Optional.empty() : Optional.of(id.substring(sep + 1));
    }
}
