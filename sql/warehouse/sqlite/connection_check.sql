-- Connection check: which of the contract's tables this warehouse has (no parameters).
SELECT name AS value FROM sqlite_master
WHERE type IN ('table', 'view')
  AND name IN ('users', 'sessions', 'subscriptions', 'api_requests', 'error_events', 'infra_metrics', 'nps_responses',
               'support_tickets', 'community_daily', 'seasons', 'economy_ledger', 'market_trades', 'fraud_flags',
               'watchlist_prices', 'fear_greed', 'experiments', 'experiment_exposures', 'experiment_events')
ORDER BY name
