-- Warehouse schema of warehouse-contract.md, SQLite flavour (timestamps TEXT 'YYYY-MM-DD HH:MM:SS',
-- dates TEXT 'YYYY-MM-DD', booleans INTEGER 0/1, money REAL). Used by the demo warehouse and test fixtures.
CREATE TABLE users (user_id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, country TEXT, platform TEXT);
CREATE TABLE sessions (session_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, started_at TEXT NOT NULL, duration_s INTEGER, crashed INTEGER NOT NULL, client_version TEXT);
CREATE TABLE subscriptions (subscription_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, plan TEXT NOT NULL, started_at TEXT NOT NULL, ended_at TEXT, monthly_price_usd REAL NOT NULL);
CREATE TABLE api_requests (request_id INTEGER PRIMARY KEY, occurred_at TEXT NOT NULL, route TEXT, latency_ms REAL NOT NULL, status_code INTEGER NOT NULL);
CREATE TABLE error_events (error_id INTEGER PRIMARY KEY, occurred_at TEXT NOT NULL, level TEXT NOT NULL, message TEXT);
CREATE TABLE infra_metrics (occurred_at TEXT NOT NULL, metric TEXT NOT NULL, value REAL NOT NULL);
CREATE TABLE nps_responses (response_id INTEGER PRIMARY KEY, user_id INTEGER, responded_at TEXT NOT NULL, score INTEGER NOT NULL);
CREATE TABLE support_tickets (ticket_id INTEGER PRIMARY KEY, priority TEXT NOT NULL, opened_at TEXT NOT NULL, first_response_at TEXT, resolved_at TEXT);
CREATE TABLE community_daily (day TEXT NOT NULL, channel TEXT NOT NULL, members INTEGER, active_users INTEGER, mentions INTEGER, PRIMARY KEY (day, channel));
CREATE TABLE seasons (season_id TEXT PRIMARY KEY, name TEXT, starts_on TEXT NOT NULL, ends_on TEXT NOT NULL);
CREATE TABLE economy_ledger (entry_id INTEGER PRIMARY KEY, user_id INTEGER, occurred_at TEXT NOT NULL, currency TEXT NOT NULL, amount INTEGER NOT NULL, reason TEXT);
CREATE TABLE market_trades (trade_id INTEGER PRIMARY KEY, item_id TEXT NOT NULL, occurred_at TEXT NOT NULL, unit_price REAL NOT NULL, quantity INTEGER NOT NULL);
CREATE TABLE fraud_flags (flag_id INTEGER PRIMARY KEY, user_id INTEGER, occurred_at TEXT NOT NULL, rule TEXT, severity TEXT);
CREATE TABLE watchlist_prices (symbol TEXT NOT NULL, observed_at TEXT NOT NULL, price_usd REAL NOT NULL, PRIMARY KEY (symbol, observed_at));
CREATE TABLE fear_greed (day TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE experiments (experiment_id TEXT PRIMARY KEY, name TEXT, primary_metric TEXT, started_on TEXT, ended_on TEXT);
CREATE TABLE experiment_exposures (experiment_id TEXT NOT NULL, user_id INTEGER NOT NULL, variant TEXT NOT NULL, exposed_at TEXT NOT NULL, PRIMARY KEY (experiment_id, user_id));
CREATE TABLE experiment_events (experiment_id TEXT NOT NULL, user_id INTEGER NOT NULL, metric TEXT NOT NULL, value REAL, occurred_at TEXT NOT NULL);
