-- churn_d30: among users created before asOfEnd - 30 days (= D-29 00:00), the share with no session started in [D-29 00:00, D+1 00:00).
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Columns numerator and denominator. Set-based: the cohort grows by the users whose signup day is 30 days back; a visit takes its
-- user out of the churned count for the days it keeps them active (as in series/mau.sql), from the day the user joins the cohort.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
), held AS MATERIALIZED (
    -- the users seen before the first day late enough to count on every day of the range: only who they are matters;
    -- distinct over sorted ids (one sort of one column), not a hash of every visit
    SELECT DISTINCT user_id FROM (
        SELECT user_id
        FROM sessions
        WHERE started_at >= (SELECT last_day - 29 FROM bounds) AND started_at < (SELECT first_day FROM bounds)
        ORDER BY user_id) AS sorted_ids
), visits AS MATERIALIZED (
    -- earlier visits: only a user's last one matters; from the first day on, each day with a session
    SELECT user_id, CAST(MAX(started_at) AS date) AS day
    FROM sessions
    WHERE (SELECT last_day > first_day FROM bounds) -- a single day has no such visits: no scan at all
      AND started_at >= (SELECT first_day - 29 FROM bounds) AND started_at < (SELECT LEAST(last_day - 29, first_day) FROM bounds)
    GROUP BY user_id
    UNION ALL
    SELECT DISTINCT user_id, CAST(started_at AS date)
    FROM sessions
    WHERE started_at >= (SELECT first_day FROM bounds) AND started_at < (SELECT last_day + 1 FROM bounds)
), spans AS (
    -- the other users: a visit on a day keeps its user active on that day and the 29 after it that no earlier visit covers already
    SELECT user_id, day, GREATEST(day, COALESCE(LAG(day) OVER (PARTITION BY user_id ORDER BY day) + 30, day)) AS counted_from
    FROM visits v
    WHERE NOT EXISTS (SELECT 1 FROM held h WHERE h.user_id = v.user_id)
), retained AS (
    -- only while the user belongs to the cohort: from 30 days after the signup day; a held user is active all range long
    SELECT s, e, COUNT(*) AS users
    FROM (SELECT GREATEST(GREATEST(sp.counted_from, b.first_day), CAST(u.created_at AS date) + 30) AS s, LEAST(sp.day + 30, b.last_day + 1) AS e
          FROM spans sp JOIN users u ON u.user_id = sp.user_id, bounds b
          UNION ALL
          SELECT GREATEST(b.first_day, CAST(u.created_at AS date) + 30), b.last_day + 1
          FROM held h JOIN users u ON u.user_id = h.user_id, bounds b) AS r
    WHERE s < e
    GROUP BY s, e
), changes(day, churned, cohort) AS (
    SELECT (SELECT first_day FROM bounds), COUNT(*), COUNT(*) FROM users WHERE created_at < (SELECT first_day - 29 FROM bounds)
    UNION ALL
    SELECT CAST(created_at AS date) + 30, 1, 1
    FROM users
    WHERE created_at >= (SELECT first_day - 29 FROM bounds) AND created_at < (SELECT last_day - 29 FROM bounds)
    UNION ALL
    SELECT s, -users, 0 FROM retained
    UNION ALL
    SELECT e, users, 0 FROM retained
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
