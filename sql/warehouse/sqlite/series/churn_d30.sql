-- churn_d30: among users created before asOfEnd - 30 days (= D-29 00:00), the share with no session started in [D-29 00:00, D+1 00:00).
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Columns numerator and denominator. Set-based: the cohort grows by the users whose signup day is 30 days back; a visit takes its
-- user out of the churned count for the days it keeps them active (as in series/mau.sql), from the day the user joins the cohort.
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
    -- a visit on day n keeps its user active on the days n .. n+29 that no earlier visit covers already, within the range
    SELECT user_id, n, MAX(MAX(n, COALESCE(LAG(n) OVER (PARTITION BY user_id ORDER BY n) + 30, n)), first_n) AS s, MIN(n + 30, last_n + 1) AS e
    FROM numbered, bounds
), retained AS (
    -- only while the user belongs to the cohort: from 30 days after the signup day
    SELECT s, e, COUNT(*) AS users
    FROM (SELECT MAX(c.s, unixepoch(u.created_at) / 86400 + 30) AS s, c.e
          FROM clipped c JOIN users u ON u.user_id = c.user_id
          WHERE c.s < c.e
          UNION ALL
          SELECT MAX(b.first_n, unixepoch(u.created_at) / 86400 + 30), b.last_n + 1
          FROM visits v JOIN users u ON u.user_id = v.user_id, bounds b
          WHERE v.day = '')
    WHERE s < e
    GROUP BY s, e
), changes(n, churned, cohort) AS (
    SELECT (unixepoch(?1) / 86400), COUNT(*), COUNT(*) FROM users WHERE created_at < date(?1, '-29 days')
    UNION ALL
    SELECT unixepoch(created_at) / 86400 + 30, 1, 1 FROM users WHERE created_at >= date(?1, '-29 days') AND created_at < date(?2, '-29 days')
    UNION ALL
    SELECT s, -users, 0 FROM retained
    UNION ALL
    SELECT e, users, 0 FROM retained
    UNION ALL
    SELECT n, 0, 0 FROM days
), counted AS (
    SELECT n, SUM(SUM(churned)) OVER (ORDER BY n) AS churned, SUM(SUM(cohort)) OVER (ORDER BY n) AS cohort
    FROM changes
    GROUP BY n
)
SELECT date(n * 86400, 'unixepoch') AS day, churned AS numerator, cohort AS denominator
FROM counted, bounds
WHERE n BETWEEN first_n AND last_n
ORDER BY n;
