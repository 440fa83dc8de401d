-- churn_d30: among users created before asOfEnd - 30 days (= D-29 00:00), the share with no session started in [D-29 00:00, D+1 00:00).
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Columns numerator and denominator. Set-based: the cohort grows by the users whose signup day is 30 days back; a visit takes its
-- user out of the churned count for the days it keeps them active (as in series/mau.sql), from the day the user joins the cohort.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
, visits AS (
    -- before the first day only a user's last visit matters; from the first day on, each day with a session
    SELECT user_id, CAST(MAX(started_at) AS date) AS day
    FROM sessions
    WHERE started_at >= (SELECT first_day - 29 FROM bounds) AND started_at < (SELECT first_day FROM bounds)
    GROUP BY user_id
    UNION ALL
    SELECT DISTINCT user_id, CAST(started_at AS date)
    FROM sessions
    WHERE started_at >= (SELECT first_day FROM bounds) AND started_at < (SELECT last_day + 1 FROM bounds)
), spans AS (
    -- a visit on a day counts its user on that day and the 29 after it that no earlier visit covers already
    SELECT user_id, day, GREATEST(day, COALESCE(LAG(day) OVER (PARTITION BY user_id ORDER BY day) + 30, day)) AS counted_from
    FROM visits
), clipped AS (
    SELECT user_id, GREATEST(counted_from, first_day) AS s, LEAST(day + 30, last_day + 1) AS e
    FROM spans, bounds
)
, retained AS (
    -- only while the user belongs to the cohort: from 30 days after the signup day
    SELECT GREATEST(c.s, CAST(u.created_at AS date) + 30) AS s, c.e
    FROM clipped c JOIN users u ON u.user_id = c.user_id
    WHERE c.s < c.e
), changes(day, churned, cohort) AS (
    SELECT (SELECT first_day FROM bounds), COUNT(*), COUNT(*) FROM users WHERE created_at < (SELECT first_day - 29 FROM bounds)
    UNION ALL
    SELECT CAST(created_at AS date) + 30, 1, 1
    FROM users
    WHERE created_at >= (SELECT first_day - 29 FROM bounds) AND created_at < (SELECT last_day - 29 FROM bounds)
    UNION ALL
    SELECT s, -1, 0 FROM retained WHERE s < e
    UNION ALL
    SELECT e, 1, 0 FROM retained WHERE s < e
    UNION ALL
    SELECT day, 0, 0 FROM days
), counted AS (
    SELECT day, SUM(SUM(churned)) OVER (ORDER BY day) AS churned, SUM(SUM(cohort)) OVER (ORDER BY day) AS cohort
    FROM changes
    GROUP BY day
)
SELECT day, churned AS numerator, cohort AS denominator
FROM counted, bounds
WHERE day BETWEEN first_day AND last_day
ORDER BY day;
