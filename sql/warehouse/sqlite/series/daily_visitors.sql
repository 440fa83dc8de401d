-- dau, retention_d1, retention_d7 and retention_d30: the KPIs counted from who had a session on the day, read together
-- in one pass over the day's sessions (without an index on started_at each of them would scan the whole table).
-- One row per day, with a column per KPI: dau, and retention_dN_numerator and retention_dN_denominator for N = 1, 7, 30.
--   dau: distinct sessions.user_id with started_at on day D;
--   retention_dN: of the users created on day D-N (the cohort), the share with at least one session on day D; an empty
--   cohort gives denominator 0, shown as null.
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Set-based: the (user, day) pairs of the sessions of [first, last] are collected once into one distinct set; the
-- cohorts are looked up in it (IN (SELECT ...) is materialised once), never searched per cohort member.
-- Day numbers (n) count days since 1970-01-01: unixepoch(ts) / 86400 is the UTC day of a timestamp.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
), visits AS MATERIALIZED (
    SELECT DISTINCT user_id, unixepoch(started_at) / 86400 AS n
    FROM sessions
    WHERE started_at >= date(?1) AND started_at < date(?2, '+1 day') AND user_id IS NOT NULL
), active AS (
    SELECT n, COUNT(*) AS users FROM visits GROUP BY n
), cohort(user_id, n, after) AS (
    -- the users created N days before each day of the range, for N = 1, 7 and 30
    SELECT user_id, unixepoch(created_at) / 86400 + 1, 1 FROM users WHERE created_at >= date(?1, '-1 days') AND created_at < date(?2)
    UNION ALL
    SELECT user_id, unixepoch(created_at) / 86400 + 7, 7 FROM users WHERE created_at >= date(?1, '-7 days') AND created_at < date(?2, '-6 days')
    UNION ALL
    SELECT user_id, unixepoch(created_at) / 86400 + 30, 30 FROM users WHERE created_at >= date(?1, '-30 days') AND created_at < date(?2, '-29 days')
), retained AS (
    SELECT n, after, COUNT(*) AS members, COUNT(*) FILTER (WHERE (user_id, n) IN (SELECT user_id, n FROM visits)) AS returned
    FROM cohort
    GROUP BY n, after
)
SELECT date(days.n * 86400, 'unixepoch') AS day, COALESCE(active.users, 0) AS dau,
       COALESCE(d1.returned, 0) AS retention_d1_numerator, COALESCE(d1.members, 0) AS retention_d1_denominator,
       COALESCE(d7.returned, 0) AS retention_d7_numerator, COALESCE(d7.members, 0) AS retention_d7_denominator,
       COALESCE(d30.returned, 0) AS retention_d30_numerator, COALESCE(d30.members, 0) AS retention_d30_denominator
FROM days
LEFT JOIN active ON active.n = days.n
LEFT JOIN retained d1 ON d1.n = days.n AND d1.after = 1
LEFT JOIN retained d7 ON d7.n = days.n AND d7.after = 7
LEFT JOIN retained d30 ON d30.n = days.n AND d30.after = 30
ORDER BY days.n;
