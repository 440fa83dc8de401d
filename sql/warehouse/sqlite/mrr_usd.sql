-- mrr_usd: sum of monthly_price_usd of subscriptions active at asOfEnd = D+1 00:00 (started before it, not ended before it); 0 when none.
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'. The console rounds the REAL sum to cents.
SELECT COALESCE(SUM(monthly_price_usd), 0) AS value
FROM subscriptions
WHERE started_at < datetime(?, '+1 day')
  AND (ended_at IS NULL OR ended_at >= datetime(?, '+1 day'));
