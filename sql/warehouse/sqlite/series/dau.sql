-- dau: distinct sessions.user_id with started_at on day D.
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Day numbers (n) count days since 1970-01-01: unixepoch(ts) / 86400 is the UTC day of a timestamp.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n,
           date(first_day, '-0 days') AS since, date(last_day, '+1 day') AS until
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
)
, daily AS (
    SELECT unixepoch(started_at) / 86400 AS n, COUNT(DISTINCT user_id) AS users
    FROM sessions
    WHERE started_at >= date(?1) AND started_at < date(?2, '+1 day')
    GROUP BY 1
)
SELECT date(days.n * 86400, 'unixepoch') AS day, COALESCE(daily.users, 0) AS value
FROM days LEFT JOIN daily ON daily.n = days.n
ORDER BY days.n;
