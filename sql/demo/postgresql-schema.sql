-- Warehouse schema of warehouse-contract.md, PostgreSQL flavour. Used by the demo loader and test fixtures.
CREATE TABLE users (user_id BIGINT PRIMARY KEY, created_at TIMESTAMP NOT NULL, country TEXT, platform TEXT);
CREATE TABLE sessions (session_id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL, started_at TIMESTAMP NOT NULL, duration_s INT, crashed BOOLEAN NOT NULL, client_version TEXT);
CREATE TABLE subscriptions (subscription_id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL, plan TEXT NOT NULL, started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP, monthly_price_usd NUMERIC(12,2) NOT NULL);
CREATE TABLE api_requests (request_id BIGINT PRIMARY KEY, occurred_at TIMESTAMP NOT NULL, route TEXT, latency_ms DOUBLE PRECISION NOT NULL, status_code INT NOT NULL);
CREATE TABLE error_events (error_id BIGINT PRIMARY KEY, occurred_at TIMESTAMP NOT NULL, level TEXT NOT NULL, message TEXT);
CREATE TABLE infra_metrics (occurred_at TIMESTAMP NOT NULL, metric TEXT NOT NULL, value DOUBLE PRECISION NOT NULL);
CREATE TABLE nps_responses (response_id BIGINT PRIMARY KEY, user_id BIGINT, responded_at TIMESTAMP NOT NULL, score INT NOT NULL);
CREATE TABLE support_tickets (ticket_id BIGINT PRIMARY KEY, priority TEXT NOT NULL, opened_at TIMESTAMP NOT NULL, first_response_at TIMESTAMP, resolved_at TIMESTAMP);
CREATE TABLE community_daily (day DATE NOT NULL, channel TEXT NOT NULL, members INT, active_users INT, mentions INT, PRIMARY KEY (day, channel));
CREATE TABLE seasons (season_id TEXT PRIMARY KEY, name TEXT, starts_on DATE NOT NULL, ends_on DATE NOT NULL);
CREATE TABLE economy_ledger (entry_id BIGINT PRIMARY KEY, user_id BIGINT, occurred_at TIMESTAMP NOT NULL, currency TEXT NOT NULL, amount BIGINT NOT NULL, reason TEXT);
CREATE TABLE market_trades (trade_id BIGINT PRIMARY KEY, item_id TEXT NOT NULL, occurred_at TIMESTAMP NOT NULL, unit_price DOUBLE PRECISION NOT NULL, quantity INT NOT NULL);
CREATE TABLE fraud_flags (flag_id BIGINT PRIMARY KEY, user_id BIGINT, occurred_at TIMESTAMP NOT NULL, rule TEXT, severity TEXT);
CREATE TABLE watchlist_prices (symbol TEXT NOT NULL, observed_at TIMESTAMP NOT NULL, price_usd DOUBLE PRECISION NOT NULL, PRIMARY KEY (symbol, observed_at));
CREATE TABLE fear_greed (day DATE PRIMARY KEY, value INT NOT NULL);
CREATE TABLE experiments (experiment_id TEXT PRIMARY KEY, name TEXT, primary_metric TEXT, started_on DATE, ended_on DATE);
CREATE TABLE experiment_exposures (experiment_id TEXT NOT NULL, user_id BIGINT NOT NULL, variant TEXT NOT NULL, exposed_at TIMESTAMP NOT NULL, PRIMARY KEY (experiment_id, user_id));
CREATE TABLE experiment_events (experiment_id TEXT NOT NULL, user_id BIGINT NOT NULL, metric TEXT NOT NULL, value DOUBLE PRECISION, occurred_at TIMESTAMP NOT NULL);
