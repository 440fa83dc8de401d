-- Connection check: which of the contract's tables this warehouse has on the search path (no parameters).
SELECT table_name AS value FROM information_schema.tables
WHERE table_schema = ANY (current_schemas(false))
  AND table_name IN ('users', 'sessions', 'subscriptions', 'api_requests', 'error_events', 'infra_metrics', 'nps_responses',
                     'support_tickets', 'community_daily', 'seasons', 'economy_ledger', 'market_trades', 'fraud_flags',
                     'watchlist_prices', 'fear_greed', 'experiments', 'experiment_exposures', 'experiment_events')
ORDER BY table_name
