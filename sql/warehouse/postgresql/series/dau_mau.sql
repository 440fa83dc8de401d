-- dau_mau: dau / mau, 0 when mau = 0 (the contract's explicit rule; dau is then 0 too, hence 0 / 1).
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Columns numerator (dau) and denominator (mau); the console divides. mau is counted as in series/mau.sql.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
, visits AS (
    -- before the first day only a user's last visit matters; from the first day on, each day with a session
    SELECT user_id, CAST(MAX(started_at) AS date) AS day
    FROM sessions
    WHERE started_at >= (SELECT first_day - 29 FROM bounds) AND started_at < (SELECT first_day FROM bounds)
    GROUP BY user_id
    UNION ALL
    SELECT DISTINCT user_id, CAST(started_at AS date)
    FROM sessions
    WHERE started_at >= (SELECT first_day FROM bounds) AND started_at < (SELECT last_day + 1 FROM bounds)
), spans AS (
    -- a visit on a day counts its user on that day and the 29 after it that no earlier visit covers already
    SELECT user_id, day, GREATEST(day, COALESCE(LAG(day) OVER (PARTITION BY user_id ORDER BY day) + 30, day)) AS counted_from
    FROM visits
), clipped AS (
    SELECT user_id, GREATEST(counted_from, first_day) AS s, LEAST(day + 30, last_day + 1) AS e
    FROM spans, bounds
)
, changes(day, daily, monthly) AS (
    SELECT day, 1, 0 FROM spans, bounds WHERE day >= first_day
    UNION ALL
    SELECT s, 0, 1 FROM clipped WHERE s < e
    UNION ALL
    SELECT e, 0, -1 FROM clipped WHERE s < e
    UNION ALL
    SELECT day, 0, 0 FROM days
), counted AS (
    SELECT day, SUM(daily) AS dau, SUM(SUM(monthly)) OVER (ORDER BY day) AS mau
    FROM changes
    GROUP BY day
)
SELECT day, dau AS numerator, CASE WHEN mau = 0 THEN 1 ELSE mau END AS denominator
FROM counted, bounds
WHERE day BETWEEN first_day AND last_day
ORDER BY day;
