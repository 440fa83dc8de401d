-- mau: distinct session users with started_at in the window [D-29, D] (30 whole days).
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Set-based: one pass over the sessions of [first-29, last]; each visit adds +1 on the first day it counts its user and -1
-- on the day after, and a running sum gives the users per day. No per-user sub-query: the same cost with or without indexes.
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
, changes(day, delta) AS (
    SELECT s, 1 FROM clipped WHERE s < e
    UNION ALL
    SELECT e, -1 FROM clipped WHERE s < e
    UNION ALL
    SELECT day, 0 FROM days
), counted AS (
    SELECT day, SUM(SUM(delta)) OVER (ORDER BY day) AS users
    FROM changes
    GROUP BY day
)
SELECT day, users AS value
FROM counted, bounds
WHERE day BETWEEN first_day AND last_day
ORDER BY day;
