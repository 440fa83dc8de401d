-- mau: distinct session users with started_at in the window [D-29, D] (30 whole days).
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Set-based: one pass over the sessions of [first-29, last]; each visit adds +1 on the first day it counts its user and -1
-- on the day after (counted per span first), and a running sum gives the users per day. No per-user sub-query.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
), visits AS MATERIALIZED (
    -- each (user, day) with a session, except that the visits before the range late enough to count on every day of it
    -- collapse into one per user (day ''): one scan into one distinct set, its key cut from the text, no date parsing per row
    SELECT DISTINCT user_id,
           CASE WHEN started_at >= date(?2, '-29 days') AND started_at < date(?1) THEN '' ELSE substr(started_at, 1, 10) END AS day
    FROM sessions
    WHERE started_at >= date(?1, '-29 days') AND started_at < date(?2, '+1 day')
), numbered AS (
    -- the other visits of the other users, as day numbers: a collapsed visit counts its user on every day of the range
    -- whatever else they did, so only these few need ordering per user (one uncorrelated NOT IN, built once)
    SELECT user_id, unixepoch(day) / 86400 AS n
    FROM visits
    WHERE day <> '' AND user_id NOT IN (SELECT user_id FROM visits WHERE day = '' AND user_id IS NOT NULL)
), clipped AS (
    -- a visit on day n counts its user on the days n .. n+29 that no earlier visit covers already, within the range
    SELECT user_id, n, MAX(MAX(n, COALESCE(LAG(n) OVER (PARTITION BY user_id ORDER BY n) + 30, n)), first_n) AS s, MIN(n + 30, last_n + 1) AS e
    FROM numbered, bounds
), spans AS (
    SELECT s, e, COUNT(*) AS users FROM clipped WHERE s < e GROUP BY s, e
    UNION ALL
    SELECT first_n, last_n + 1, COUNT(*) FROM visits, bounds WHERE day = ''
), changes(n, delta) AS (
    SELECT s, users FROM spans
    UNION ALL
    SELECT e, -users FROM spans
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
