-- crash_free_rate: 1 - crashed sessions / sessions, over sessions started on day D; null when there is no session.
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Double arithmetic matches the PostgreSQL file bit for bit. non_numeric counts crashed flags that are not numbers (SQLite keeps text).
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
    SELECT unixepoch(started_at) / 86400 AS n, COUNT(*) AS sessions, COUNT(*) FILTER (WHERE crashed <> 0) AS crashed,
           COUNT(*) FILTER (WHERE typeof(crashed) NOT IN ('integer', 'real', 'null')) AS non_numeric
    FROM sessions
    WHERE started_at >= date(?1) AND started_at < date(?2, '+1 day')
    GROUP BY 1
)
SELECT date(days.n * 86400, 'unixepoch') AS day,
       CASE WHEN COALESCE(daily.sessions, 0) = 0 THEN NULL ELSE 1.0 - CAST(daily.crashed AS REAL) / daily.sessions END AS value,
       COALESCE(daily.non_numeric, 0) AS non_numeric, 'sessions.crashed' AS non_numeric_in
FROM days LEFT JOIN daily ON daily.n = days.n
ORDER BY days.n;
