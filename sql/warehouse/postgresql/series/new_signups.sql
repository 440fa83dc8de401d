-- new_signups: users with created_at on day D.
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
, daily AS (
    SELECT CAST(created_at AS date) AS day, COUNT(*) AS c
    FROM users
    WHERE created_at >= (SELECT first_day FROM bounds) AND created_at < (SELECT last_day + 1 FROM bounds)
    GROUP BY 1
)
SELECT days.day, COALESCE(daily.c, 0) AS value
FROM days LEFT JOIN daily ON daily.day = days.day
ORDER BY days.day;
