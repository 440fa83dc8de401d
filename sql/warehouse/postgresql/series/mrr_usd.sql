-- mrr_usd: sum of monthly_price_usd of subscriptions active at asOfEnd = D+1 00:00 (started before it, not ended before it); 0 when none.
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- A subscription counts from the day it starts until the day before it ends: +price on its start day, -price on its end day, and an
-- exact NUMERIC running sum per day (an end before the start never counts).
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
, changes(day, price) AS (
    SELECT GREATEST(CAST(started_at AS date), (SELECT first_day FROM bounds)), monthly_price_usd
    FROM subscriptions
    WHERE started_at < (SELECT last_day + 1 FROM bounds)
      AND (ended_at IS NULL OR (ended_at >= (SELECT first_day + 1 FROM bounds) AND ended_at >= started_at))
    UNION ALL
    SELECT CAST(ended_at AS date), -monthly_price_usd
    FROM subscriptions
    WHERE started_at < (SELECT last_day + 1 FROM bounds) AND ended_at >= (SELECT first_day + 1 FROM bounds)
      AND ended_at >= started_at AND ended_at < (SELECT last_day + 1 FROM bounds)
    UNION ALL
    SELECT day, 0 FROM days
), counted AS (
    SELECT day, SUM(SUM(price)) OVER (ORDER BY day) AS mrr
    FROM changes
    GROUP BY day
)
SELECT day, COALESCE(mrr, 0) AS value
FROM counted, bounds
WHERE day BETWEEN first_day AND last_day
ORDER BY day;
