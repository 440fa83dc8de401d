-- retention_d30: of the users created on day D-30 (the cohort), the share with at least one session on day D.
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Columns numerator and denominator; an empty cohort gives denominator 0, shown as null. The sessions of [first, last] are
-- collected once into a set (IN (SELECT ...) is materialised once), never searched per cohort member.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n,
           date(first_day, '-30 days') AS since, date(last_day, '+1 day') AS until
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
)
, cohort AS (
    SELECT user_id, unixepoch(created_at) / 86400 + 30 AS n
    FROM users
    WHERE created_at >= date(?1, '-30 days') AND created_at < date(?2, '-29 days')
), daily AS (
    SELECT n, COUNT(*) AS members,
           COUNT(*) FILTER (WHERE (user_id, n) IN (
               SELECT s.user_id, unixepoch(s.started_at) / 86400
               FROM sessions s
               WHERE s.started_at >= date(?1) AND s.started_at < date(?2, '+1 day'))) AS returned
    FROM cohort
    GROUP BY n
)
SELECT date(days.n * 86400, 'unixepoch') AS day, COALESCE(daily.returned, 0) AS numerator, COALESCE(daily.members, 0) AS denominator
FROM days LEFT JOIN daily ON daily.n = days.n
ORDER BY days.n;
