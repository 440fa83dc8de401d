-- fraud_flags_24h: fraud_flags (all rules and severities) raised on day D.
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
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
    SELECT unixepoch(occurred_at) / 86400 AS n, COUNT(*) AS c
    FROM fraud_flags
    WHERE occurred_at >= date(?1) AND occurred_at < date(?2, '+1 day')
    GROUP BY 1
)
SELECT date(days.n * 86400, 'unixepoch') AS day, COALESCE(daily.c, 0) AS value
FROM days LEFT JOIN daily ON daily.n = days.n
ORDER BY days.n;
