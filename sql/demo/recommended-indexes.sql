-- Recommended indexes for a warehouse the console reads (same statements on SQLite and PostgreSQL).
-- The KPI queries filter by time ranges; without these a 10-million-session warehouse scans whole tables.
-- The extra trailing columns make the busiest KPIs (active users, crash-free rate, earn/spend) index-only scans.
CREATE INDEX IF NOT EXISTS idx_sessions_started_at ON sessions (started_at, user_id, crashed);
CREATE INDEX IF NOT EXISTS idx_sessions_user_started ON sessions (user_id, started_at);
CREATE INDEX IF NOT EXISTS idx_users_created_at ON users (created_at);
CREATE INDEX IF NOT EXISTS idx_subscriptions_started_at ON subscriptions (started_at);
CREATE INDEX IF NOT EXISTS idx_api_requests_occurred_at ON api_requests (occurred_at);
CREATE INDEX IF NOT EXISTS idx_error_events_occurred_at ON error_events (occurred_at);
CREATE INDEX IF NOT EXISTS idx_nps_responses_responded_at ON nps_responses (responded_at);
CREATE INDEX IF NOT EXISTS idx_support_tickets_opened_at ON support_tickets (opened_at);
CREATE INDEX IF NOT EXISTS idx_economy_ledger_currency_time ON economy_ledger (currency, occurred_at, amount);
CREATE INDEX IF NOT EXISTS idx_market_trades_occurred_at ON market_trades (occurred_at, item_id);
CREATE INDEX IF NOT EXISTS idx_fraud_flags_occurred_at ON fraud_flags (occurred_at);
CREATE INDEX IF NOT EXISTS idx_infra_metrics_occurred_at ON infra_metrics (metric, occurred_at);
CREATE INDEX IF NOT EXISTS idx_experiment_events ON experiment_events (experiment_id, metric, user_id);
