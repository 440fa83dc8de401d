-- churn_d30: among users created before asOfEnd - 30 days (= D-29 00:00), the share with no session started in [D-29 00:00, D+1 00:00).
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Columns numerator and denominator. Set-based: the cohort grows by the users whose signup day is 30 days back; a visit takes its
-- user out of the churned count for the days it keeps them active (as in series/mau.sql), from the day the user joins the cohort.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n,
           date(first_day, '-29 days') AS since, date(last_day, '-29 days') AS cohort_until, date(last_day, '+1 day') AS until
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
), visits AS (
    -- each day with a session, except that a user seen before the range late enough to count on every day of it
    -- needs one visit only, on the day before the range: one scan, and a short list of visits to order per user
    SELECT DISTINCT user_id,
           CASE WHEN started_at >= max(date(?1, '-29 days'), date(?2, '-29 days')) AND started_at < date(?1)
                THEN unixepoch(?1) / 86400 - 1
                ELSE unixepoch(started_at) / 86400 END AS n
    FROM sessions
    WHERE started_at >= date(?1, '-29 days') AND started_at < date(?2, '+1 day')
), spans AS (
    -- a visit on day n keeps its user active on the days n .. n+29 that no earlier visit covers already
    SELECT user_id, n, MAX(n, COALESCE(LAG(n) OVER (PARTITION BY user_id ORDER BY n) + 30, n)) AS active_from
    FROM visits
), clipped AS (
    SELECT user_id, MAX(active_from, first_n) AS s, MIN(n + 30, last_n + 1) AS e
    FROM spans, bounds
    WHERE MAX(active_from, first_n) < MIN(n + 30, last_n + 1)
), retained AS (
    -- only while the user belongs to the cohort: from 30 days after the signup day
    SELECT MAX(c.s, unixepoch(u.created_at) / 86400 + 30) AS s, c.e
    FROM clipped c JOIN users u ON u.user_id = c.user_id
), changes(n, churned, cohort) AS (
    SELECT (unixepoch(?1) / 86400), COUNT(*), COUNT(*) FROM users WHERE created_at < date(?1, '-29 days')
    UNION ALL
    SELECT unixepoch(created_at) / 86400 + 30, 1, 1 FROM users WHERE created_at >= date(?1, '-29 days') AND created_at < date(?2, '-29 days')
    UNION ALL
    SELECT s, -1, 0 FROM retained WHERE s < e
    UNION ALL
    SELECT e, 1, 0 FROM retained WHERE s < e
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
