-- mau: distinct session users with started_at in the window [D-29, D] (30 whole days).
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Set-based: one pass over the sessions of [first-29, last]; each visit adds +1 on the first day it counts its user and -1
-- on the day after, and a running sum gives the users per day. No per-user sub-query: the same cost with or without indexes.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
), held AS MATERIALIZED (
    -- the users seen before the first day late enough to count on every day of the range: only who they are matters;
    -- distinct over sorted ids (one sort of one column), not a hash of every visit
    SELECT DISTINCT user_id FROM (
        SELECT user_id
        FROM sessions
        WHERE started_at >= (SELECT last_day - 29 FROM bounds) AND started_at < (SELECT first_day FROM bounds)
        ORDER BY user_id) AS sorted_ids
), visits AS MATERIALIZED (
    -- earlier visits: only a user's last one matters; from the first day on, each day with a session
    SELECT user_id, CAST(MAX(started_at) AS date) AS day
    FROM sessions
    WHERE (SELECT last_day > first_day FROM bounds) -- a single day has no such visits: no scan at all
      AND started_at >= (SELECT first_day - 29 FROM bounds) AND started_at < (SELECT LEAST(last_day - 29, first_day) FROM bounds)
    GROUP BY user_id
    UNION ALL
    SELECT DISTINCT user_id, CAST(started_at AS date)
    FROM sessions
    WHERE started_at >= (SELECT first_day FROM bounds) AND started_at < (SELECT last_day + 1 FROM bounds)
), spans AS (
    -- the other users: a visit on a day counts its user on that day and the 29 after it that no earlier visit covers already
    SELECT user_id, day, GREATEST(day, COALESCE(LAG(day) OVER (PARTITION BY user_id ORDER BY day) + 30, day)) AS counted_from
    FROM visits v
    WHERE NOT EXISTS (SELECT 1 FROM held h WHERE h.user_id = v.user_id)
), clipped AS (
    SELECT GREATEST(counted_from, first_day) AS s, LEAST(day + 30, last_day + 1) AS e, COUNT(*) AS users
    FROM spans, bounds
    WHERE GREATEST(counted_from, first_day) < LEAST(day + 30, last_day + 1)
    GROUP BY 1, 2
    UNION ALL
    -- a held user counts on every day of the range
    SELECT MIN(first_day), MIN(last_day) + 1, COUNT(*) FROM held, bounds
)
, changes(day, delta) AS (
    SELECT s, users FROM clipped
    UNION ALL
    SELECT e, -users FROM clipped
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
