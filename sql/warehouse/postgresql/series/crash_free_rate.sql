-- crash_free_rate: 1 - crashed sessions / sessions, over sessions started on day D; null when there is no session.
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Double arithmetic matches the SQLite file bit for bit.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
, daily AS (
    SELECT CAST(started_at AS date) AS day, COUNT(*) AS sessions, COUNT(*) FILTER (WHERE crashed) AS crashed
    FROM sessions
    WHERE started_at >= (SELECT first_day FROM bounds) AND started_at < (SELECT last_day + 1 FROM bounds)
    GROUP BY 1
)
SELECT days.day,
       CASE WHEN COALESCE(daily.sessions, 0) = 0 THEN NULL
            ELSE CAST(1.0 AS double precision) - CAST(daily.crashed AS double precision) / CAST(daily.sessions AS double precision) END AS value
FROM days LEFT JOIN daily ON daily.day = days.day
ORDER BY days.day;
