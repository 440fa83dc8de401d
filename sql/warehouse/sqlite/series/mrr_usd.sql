-- mrr_usd: sum of monthly_price_usd of subscriptions active at asOfEnd = D+1 00:00 (started before it, not ended before it); 0 when none.
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- A subscription counts from the day it starts until the day before it ends: +price on its start day, -price on its end day, and a
-- running sum per day (an end before the start never counts). The console rounds the REAL sum to cents. non_numeric counts active prices that are not numbers.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n,
           date(first_day, '-0 days') AS since, date(last_day, '+1 day') AS until
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
)
, changes(n, price, non_numeric) AS (
    SELECT MAX(unixepoch(started_at) / 86400, (unixepoch(?1) / 86400)), monthly_price_usd, typeof(monthly_price_usd) NOT IN ('integer', 'real', 'null')
    FROM subscriptions
    WHERE started_at < date(?2, '+1 day') AND (ended_at IS NULL OR (ended_at >= date(?1, '+1 day') AND ended_at >= started_at))
    UNION ALL
    SELECT unixepoch(ended_at) / 86400, -monthly_price_usd, -(typeof(monthly_price_usd) NOT IN ('integer', 'real', 'null'))
    FROM subscriptions
    WHERE started_at < date(?2, '+1 day') AND ended_at >= date(?1, '+1 day') AND ended_at >= started_at AND ended_at < date(?2, '+1 day')
    UNION ALL
    SELECT n, 0, 0 FROM days
), counted AS (
    SELECT n, SUM(SUM(price)) OVER (ORDER BY n) AS mrr, SUM(SUM(non_numeric)) OVER (ORDER BY n) AS non_numeric
    FROM changes
    GROUP BY n
)
SELECT date(n * 86400, 'unixepoch') AS day, COALESCE(mrr, 0) AS value, non_numeric, 'subscriptions.monthly_price_usd' AS non_numeric_in
FROM counted, bounds
WHERE n BETWEEN first_n AND last_n
ORDER BY n;
