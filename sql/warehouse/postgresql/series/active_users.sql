-- wau, mau and churn_d30: the three KPIs counted from who was active in a trailing window of days, read together in one
-- pass over the sessions (on a large warehouse that pass is the biggest cost of a refresh, so it is paid once, not three
-- times). One row per day, with a column per KPI: wau, mau, churn_d30_numerator and churn_d30_denominator.
--   wau: distinct session users with started_at in [D-6, D] (7 whole days);
--   mau: distinct session users with started_at in [D-29, D] (30 whole days);
--   churn_d30: among users created before asOfEnd - 30 days (= D-29 00:00), the share with no session started in
--   [D-29 00:00, D+1 00:00).
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Set-based: a visit counts its user on the W days from its own (W = 7 or 30); each visit adds +1 on the first day it
-- counts its user and -1 on the day after, and a running sum gives the users per day. No per-user sub-query: the same
-- cost with or without indexes.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
), earlier AS MATERIALIZED (
    -- before the first day only a user's last visit matters (it covers the most days of the range, for either window)
    SELECT user_id, CAST(MAX(started_at) AS date) AS day
    FROM sessions
    WHERE started_at >= (SELECT first_day - 29 FROM bounds) AND started_at < (SELECT first_day FROM bounds)
      AND user_id IS NOT NULL
    GROUP BY user_id
), visits AS MATERIALIZED (
    -- from the first day on, each day with a session
    SELECT DISTINCT user_id, CAST(started_at AS date) AS day
    FROM sessions
    WHERE started_at >= (SELECT first_day FROM bounds) AND started_at < (SELECT last_day + 1 FROM bounds)
      AND user_id IS NOT NULL
), held7 AS (
    -- users whose last earlier visit counts them on every day of the range: only who they are matters
    SELECT user_id FROM earlier, bounds WHERE day >= last_day - 6
), held30 AS (
    SELECT user_id FROM earlier, bounds WHERE day >= last_day - 29
), lagged AS MATERIALIZED (
    -- the other users: each visit with the user's visit before it, one sort by user and day for both windows
    SELECT user_id, day, LAG(day) OVER (PARTITION BY user_id ORDER BY day) AS visit_before
    FROM (SELECT user_id, day FROM earlier UNION ALL SELECT user_id, day FROM visits) AS v
    WHERE NOT EXISTS (SELECT 1 FROM held7 h WHERE h.user_id = v.user_id)
), spans7 AS (
    -- a visit on a day counts its user on that day and the 6 after it that no earlier visit covers already (a visit
    -- before first_day - 6 covers no day of the range)
    SELECT day, GREATEST(day, COALESCE(visit_before + 7, day)) AS counted_from FROM lagged
), spans30 AS MATERIALIZED (
    -- the same for 30 days, for the users not held for 30 days
    SELECT user_id, day, GREATEST(day, COALESCE(visit_before + 30, day)) AS counted_from
    FROM lagged l
    WHERE NOT EXISTS (SELECT 1 FROM held30 h WHERE h.user_id = l.user_id)
), clipped(w, s, e, users) AS (
    SELECT 7, GREATEST(counted_from, first_day), LEAST(day + 7, last_day + 1), COUNT(*)
    FROM spans7, bounds
    WHERE GREATEST(counted_from, first_day) < LEAST(day + 7, last_day + 1)
    GROUP BY 2, 3
    UNION ALL
    SELECT 7, MIN(first_day), MIN(last_day) + 1, COUNT(*) FROM held7, bounds
    UNION ALL
    SELECT 30, GREATEST(counted_from, first_day), LEAST(day + 30, last_day + 1), COUNT(*)
    FROM spans30, bounds
    WHERE GREATEST(counted_from, first_day) < LEAST(day + 30, last_day + 1)
    GROUP BY 2, 3
    UNION ALL
    -- a held user counts on every day of the range
    SELECT 30, MIN(first_day), MIN(last_day) + 1, COUNT(*) FROM held30, bounds
), retained AS (
    -- churn_d30: a user active in the 30-day window is not churned while they belong to the cohort, from 30 days after
    -- their signup day; a held user is active all range long
    SELECT s, e, COUNT(*) AS users
    FROM (SELECT GREATEST(GREATEST(sp.counted_from, b.first_day), CAST(u.created_at AS date) + 30) AS s, LEAST(sp.day + 30, b.last_day + 1) AS e
          FROM spans30 sp JOIN users u ON u.user_id = sp.user_id, bounds b
          UNION ALL
          SELECT GREATEST(b.first_day, CAST(u.created_at AS date) + 30), b.last_day + 1
          FROM held30 h JOIN users u ON u.user_id = h.user_id, bounds b) AS r
    WHERE s < e
    GROUP BY s, e
), changes(day, wau, mau, churned, cohort) AS (
    SELECT s, CASE w WHEN 7 THEN users ELSE 0 END, CASE w WHEN 30 THEN users ELSE 0 END, 0, 0 FROM clipped
    UNION ALL
    SELECT e, CASE w WHEN 7 THEN -users ELSE 0 END, CASE w WHEN 30 THEN -users ELSE 0 END, 0, 0 FROM clipped
    UNION ALL
    SELECT (SELECT first_day FROM bounds), 0, 0, COUNT(*), COUNT(*) FROM users WHERE created_at < (SELECT first_day - 29 FROM bounds)
    UNION ALL
    SELECT CAST(created_at AS date) + 30, 0, 0, 1, 1
    FROM users
    WHERE created_at >= (SELECT first_day - 29 FROM bounds) AND created_at < (SELECT last_day - 29 FROM bounds)
    UNION ALL
    SELECT s, 0, 0, -users, 0 FROM retained
    UNION ALL
    SELECT e, 0, 0, users, 0 FROM retained
    UNION ALL
    SELECT day, 0, 0, 0, 0 FROM days
), counted AS (
    SELECT day, SUM(SUM(wau)) OVER (ORDER BY day) AS wau, SUM(SUM(mau)) OVER (ORDER BY day) AS mau,
           SUM(SUM(churned)) OVER (ORDER BY day) AS churned, SUM(SUM(cohort)) OVER (ORDER BY day) AS cohort
    FROM changes
    GROUP BY day
)
SELECT day, wau, mau, churned AS churn_d30_numerator, cohort AS churn_d30_denominator
FROM counted, bounds
WHERE day BETWEEN first_day AND last_day
ORDER BY day;
