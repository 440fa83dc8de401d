-- wau, mau and churn_d30: the three KPIs counted from who was active in a trailing window of days, read together in one
-- pass over the sessions (on a large warehouse that pass is the biggest cost of a refresh, so it is paid once, not three
-- times). One row per day, with a column per KPI: wau, mau, churn_d30_numerator and churn_d30_denominator.
--   wau: distinct session users with started_at in [D-6, D] (7 whole days);
--   mau: distinct session users with started_at in [D-29, D] (30 whole days);
--   churn_d30: among users created before asOfEnd - 30 days (= D-29 00:00), the share with no session started in
--   [D-29 00:00, D+1 00:00).
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Set-based: one scan of the sessions of [first-29, last] into one distinct set of (user, key). A visit counts its user on
-- the W days from its own (W = 7 or 30): each visit adds +1 on the first day it counts its user and -1 on the day after
-- (counted per span first), and a running sum gives the users per day. No per-user sub-query.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
), visits AS MATERIALIZED (
    -- each (user, day) with a session, except the visits before the range late enough to count on every day of it:
    -- '7' for both windows (from last-6 on), '30' for the 30-day window only (from last-29 on, and too early to count in
    -- the 7-day window on the first day); those collapse into one
    -- row per user and key. The key is cut from the text: no date parsing per row
    SELECT DISTINCT user_id,
           CASE WHEN started_at >= date(?1) THEN substr(started_at, 1, 10)
                WHEN started_at >= date(?2, '-6 days') THEN '7'
                WHEN started_at >= date(?2, '-29 days') AND started_at < date(?1, '-6 days') THEN '30'
                ELSE substr(started_at, 1, 10) END AS day
    FROM sessions
    WHERE started_at >= date(?1, '-29 days') AND started_at < date(?2, '+1 day') AND user_id IS NOT NULL
), held AS MATERIALIZED (
    -- users active on every day of the range: window 7 or 30 (the users held for 7 days are held for 30 as well)
    SELECT user_id, MAX(day) = '30' AS only30 FROM visits WHERE day IN ('7', '30') GROUP BY user_id
), numbered AS (
    -- the other visits, as day numbers; w is the window they count in (a visit held for 30 days still counts by day for 7)
    SELECT v.user_id, unixepoch(v.day) / 86400 AS n, h.only30
    FROM visits v LEFT JOIN held h ON h.user_id = v.user_id
    WHERE v.day NOT IN ('7', '30') AND (h.user_id IS NULL OR h.only30)
), lagged AS MATERIALIZED (
    -- each visit with the user's visit before it: one sort by user and day serves both windows (a user's visits are the
    -- same whichever window counts them)
    SELECT user_id, n, only30, LAG(n) OVER (PARTITION BY user_id ORDER BY n) AS p FROM numbered
), clipped7 AS (
    -- a visit on day n counts its user on the days n .. n+6 that no earlier visit covers already, within the range (a
    -- visit before first-6 covers no day of it, whether as the visit or as the one before)
    SELECT n, MAX(MAX(n, COALESCE(p + 7, n)), first_n) AS s, MIN(n + 7, last_n + 1) AS e
    FROM lagged, bounds
    WHERE n >= first_n - 6
), clipped30 AS MATERIALIZED (
    -- the same for 30 days, for the users not held for 30 days
    SELECT user_id, n, MAX(MAX(n, COALESCE(p + 30, n)), first_n) AS s, MIN(n + 30, last_n + 1) AS e
    FROM lagged, bounds
    WHERE only30 IS NULL
), spans(w, s, e, users) AS (
    SELECT 7, s, e, COUNT(*) FROM clipped7 WHERE s < e GROUP BY s, e
    UNION ALL
    SELECT 7, first_n, last_n + 1, COUNT(*) FROM held, bounds WHERE NOT only30
    UNION ALL
    SELECT 30, s, e, COUNT(*) FROM clipped30 WHERE s < e GROUP BY s, e
    UNION ALL
    SELECT 30, first_n, last_n + 1, COUNT(*) FROM held, bounds
), retained AS (
    -- churn_d30: a user active in the 30-day window is not churned while they belong to the cohort, from 30 days after
    -- their signup day
    SELECT s, e, COUNT(*) AS users
    FROM (SELECT MAX(c.s, unixepoch(u.created_at) / 86400 + 30) AS s, c.e
          FROM clipped30 c JOIN users u ON u.user_id = c.user_id
          WHERE c.s < c.e
          UNION ALL
          SELECT MAX(b.first_n, unixepoch(u.created_at) / 86400 + 30), b.last_n + 1
          FROM held h JOIN users u ON u.user_id = h.user_id, bounds b)
    WHERE s < e
    GROUP BY s, e
), changes(n, wau, mau, churned, cohort) AS (
    SELECT s, CASE w WHEN 7 THEN users ELSE 0 END, CASE w WHEN 30 THEN users ELSE 0 END, 0, 0 FROM spans
    UNION ALL
    SELECT e, CASE w WHEN 7 THEN -users ELSE 0 END, CASE w WHEN 30 THEN -users ELSE 0 END, 0, 0 FROM spans
    UNION ALL
    SELECT (unixepoch(?1) / 86400), 0, 0, COUNT(*), COUNT(*) FROM users WHERE created_at < date(?1, '-29 days')
    UNION ALL
    SELECT unixepoch(created_at) / 86400 + 30, 0, 0, 1, 1 FROM users WHERE created_at >= date(?1, '-29 days') AND created_at < date(?2, '-29 days')
    UNION ALL
    SELECT s, 0, 0, -users, 0 FROM retained
    UNION ALL
    SELECT e, 0, 0, users, 0 FROM retained
    UNION ALL
    SELECT n, 0, 0, 0, 0 FROM days
), counted AS (
    SELECT n, SUM(SUM(wau)) OVER (ORDER BY n) AS wau, SUM(SUM(mau)) OVER (ORDER BY n) AS mau,
           SUM(SUM(churned)) OVER (ORDER BY n) AS churned, SUM(SUM(cohort)) OVER (ORDER BY n) AS cohort
    FROM changes
    GROUP BY n
)
SELECT date(n * 86400, 'unixepoch') AS day, wau, mau, churned AS churn_d30_numerator, cohort AS churn_d30_denominator
FROM counted, bounds
WHERE n BETWEEN first_n AND last_n
ORDER BY n;
