-- dau, retention_d1, retention_d7 and retention_d30: the KPIs counted from who had a session on the day, read together
-- in one pass over the day's sessions (without an index on started_at each of them would scan the whole table).
-- One row per day, with a column per KPI: dau, and retention_dN_numerator and retention_dN_denominator for N = 1, 7, 30.
--   dau: distinct sessions.user_id with started_at on day D;
--   retention_dN: of the users created on day D-N (the cohort), the share with at least one session on day D; an empty
--   cohort gives denominator 0, shown as null.
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Set-based: the (user, day) pairs of the sessions of [first, last] are collected once into one distinct set; the
-- cohorts are looked up in it (a hashed IN set), never searched per cohort member.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
), visits AS MATERIALIZED (
    SELECT DISTINCT user_id, CAST(started_at AS date) AS day
    FROM sessions
    WHERE started_at >= (SELECT first_day FROM bounds) AND started_at < (SELECT last_day + 1 FROM bounds) AND user_id IS NOT NULL
), active AS (
    SELECT day, COUNT(*) AS users FROM visits GROUP BY day
), cohort(user_id, day, after) AS (
    -- the users created N days before each day of the range, for N = 1, 7 and 30
    SELECT user_id, CAST(created_at AS date) + 1, 1
    FROM users WHERE created_at >= (SELECT first_day - 1 FROM bounds) AND created_at < (SELECT last_day FROM bounds)
    UNION ALL
    SELECT user_id, CAST(created_at AS date) + 7, 7
    FROM users WHERE created_at >= (SELECT first_day - 7 FROM bounds) AND created_at < (SELECT last_day - 6 FROM bounds)
    UNION ALL
    SELECT user_id, CAST(created_at AS date) + 30, 30
    FROM users WHERE created_at >= (SELECT first_day - 30 FROM bounds) AND created_at < (SELECT last_day - 29 FROM bounds)
), retained AS (
    SELECT day, after, COUNT(*) AS members, COUNT(*) FILTER (WHERE (user_id, day) IN (SELECT user_id, day FROM visits)) AS returned
    FROM cohort
    GROUP BY day, after
)
SELECT days.day, COALESCE(active.users, 0) AS dau,
       COALESCE(d1.returned, 0) AS retention_d1_numerator, COALESCE(d1.members, 0) AS retention_d1_denominator,
       COALESCE(d7.returned, 0) AS retention_d7_numerator, COALESCE(d7.members, 0) AS retention_d7_denominator,
       COALESCE(d30.returned, 0) AS retention_d30_numerator, COALESCE(d30.members, 0) AS retention_d30_denominator
FROM days
LEFT JOIN active ON active.day = days.day
LEFT JOIN retained d1 ON d1.day = days.day AND d1.after = 1
LEFT JOIN retained d7 ON d7.day = days.day AND d7.after = 7
LEFT JOIN retained d30 ON d30.day = days.day AND d30.after = 30
ORDER BY days.day;
