-- retention_d7: of the users created on day D-7 (the cohort), the share with at least one session on day D.
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Columns numerator and denominator; an empty cohort gives denominator 0, shown as null. The sessions of [first, last] are
-- collected once (a hashed IN set), never searched per cohort member.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
, cohort AS (
    SELECT user_id, CAST(created_at AS date) + 7 AS day
    FROM users
    WHERE created_at >= (SELECT first_day - 7 FROM bounds) AND created_at < (SELECT last_day - 6 FROM bounds)
), daily AS (
    SELECT day, COUNT(*) AS members,
           COUNT(*) FILTER (WHERE (user_id, day) IN (
               SELECT s.user_id, CAST(s.started_at AS date)
               FROM sessions s
               WHERE s.started_at >= (SELECT first_day FROM bounds) AND s.started_at < (SELECT last_day + 1 FROM bounds))) AS returned
    FROM cohort
    GROUP BY day
)
SELECT days.day, COALESCE(daily.returned, 0) AS numerator, COALESCE(daily.members, 0) AS denominator
FROM days LEFT JOIN daily ON daily.day = days.day
ORDER BY days.day;
