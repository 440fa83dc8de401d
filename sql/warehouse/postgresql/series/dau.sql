-- dau: distinct sessions.user_id with started_at on day D.
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Timestamps are UTC timestamp without time zone; bounds are read through scalar sub-queries so indexes on the time column still apply.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
, daily AS (
    SELECT CAST(started_at AS date) AS day, COUNT(DISTINCT user_id) AS users
    FROM sessions
    WHERE started_at >= (SELECT first_day FROM bounds) AND started_at < (SELECT last_day + 1 FROM bounds)
    GROUP BY 1
)
SELECT days.day, COALESCE(daily.users, 0) AS value
FROM days LEFT JOIN daily ON daily.day = days.day
ORDER BY days.day;
