-- mau: distinct session users with started_at in the window [D-29, D] (30 whole days).
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Set-based: one pass over the sessions of [first-29, last]; each visit adds +1 on the first day it counts its user and -1
-- on the day after, and a running sum gives the users per day. No per-user sub-query: the same cost with or without indexes.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n,
           date(first_day, '-29 days') AS since, date(last_day, '+1 day') AS until
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
)
, visits AS (
    -- each day with a session, except that a user seen before the range late enough to count on every day of it
    -- needs one visit only, on the day before the range: one scan, and a short list of visits to order per user
    SELECT DISTINCT user_id,
           CASE WHEN started_at >= max(date(?1, '-29 days'), date(?2, '-29 days')) AND started_at < date(?1)
                THEN unixepoch(?1) / 86400 - 1
                ELSE unixepoch(started_at) / 86400 END AS n
    FROM sessions
    WHERE started_at >= date(?1, '-29 days') AND started_at < date(?2, '+1 day')
), spans AS (
    -- a visit on day n counts its user on the days n .. n+29 that no earlier visit covers already
    SELECT n, MAX(n, COALESCE(LAG(n) OVER (PARTITION BY user_id ORDER BY n) + 30, n)) AS counted_from
    FROM visits
), clipped AS (
    SELECT MAX(counted_from, first_n) AS s, MIN(n + 30, last_n + 1) AS e
    FROM spans, bounds
)
, changes(n, delta) AS (
    SELECT s, 1 FROM clipped WHERE s < e
    UNION ALL
    SELECT e, -1 FROM clipped WHERE s < e
    UNION ALL
    SELECT n, 0 FROM days
), counted AS (
    SELECT n, SUM(SUM(delta)) OVER (ORDER BY n) AS users
    FROM changes
    GROUP BY n
)
SELECT date(n * 86400, 'unixepoch') AS day, users AS value
FROM counted, bounds
WHERE n BETWEEN first_n AND last_n
ORDER BY n;
