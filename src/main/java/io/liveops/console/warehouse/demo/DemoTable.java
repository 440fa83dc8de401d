package io.liveops.console.warehouse.demo;

import java.util.List;

/**
 * The contract tables in the order the demo generator fills them, with the column order of every
 * row it emits. Both loaders build their INSERT / COPY column lists from here, so a row means the
 * same thing in SQLite and PostgreSQL.
 */
public enum DemoTable {
    USERS("users", "user_id", "created_at", "country", "platform"),
    SESSIONS("sessions", "session_id", "user_id", "started_at", "duration_s", "crashed", "client_version"),
    SUBSCRIPTIONS("subscriptions", "subscription_id", "user_id", "plan", "started_at", "ended_at", "monthly_price_usd"),
    NPS_RESPONSES("nps_responses", "response_id", "user_id", "responded_at", "score"),
    ECONOMY_LEDGER("economy_ledger", "entry_id", "user_id", "occurred_at", "currency", "amount", "reason"),
    EXPERIMENTS("experiments", "experiment_id", "name", "primary_metric", "started_on", "ended_on"),
    EXPERIMENT_EXPOSURES("experiment_exposures", "experiment_id", "user_id", "variant", "exposed_at"),
    EXPERIMENT_EVENTS("experiment_events", "experiment_id", "user_id", "metric", "value", "occurred_at"),
    API_REQUESTS("api_requests", "request_id", "occurred_at", "route", "latency_ms", "status_code"),
    ERROR_EVENTS("error_events", "error_id", "occurred_at", "level", "message"),
    INFRA_METRICS("infra_metrics", "occurred_at", "metric", "value"),
    SUPPORT_TICKETS("support_tickets", "ticket_id", "priority", "opened_at", "first_response_at", "resolved_at"),
    COMMUNITY_DAILY("community_daily", "day", "channel", "members", "active_users", "mentions"),
    SEASONS("seasons", "season_id", "name", "starts_on", "ends_on"),
    MARKET_TRADES("market_trades", "trade_id", "item_id", "occurred_at", "unit_price", "quantity"),
    FRAUD_FLAGS("fraud_flags", "flag_id", "user_id", "occurred_at", "rule", "severity"),
    WATCHLIST_PRICES("watchlist_prices", "symbol", "observed_at", "price_usd"),
    FEAR_GREED("fear_greed", "day", "value");

    private final String tableName;
    private final List<String> columns;

    DemoTable(String tableName, String... columns) {
        this.tableName = tableName;
        this.columns = List.of(columns);
    }

    public String tableName() {
        return tableName;
    }

    public List<String> columns() {
        return columns;
    }
}
