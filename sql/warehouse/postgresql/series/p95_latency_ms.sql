-- p95_latency_ms: 95th percentile of api_requests.latency_ms on day D, linear interpolation between closest ranks (percentile_cont).
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- No request on D gives null.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
, daily AS (
    SELECT CAST(occurred_at AS date) AS day, percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95
    FROM api_requests
    WHERE occurred_at >= (SELECT first_day FROM bounds) AND occurred_at < (SELECT last_day + 1 FROM bounds)
    GROUP BY 1
)
SELECT days.day, daily.p95 AS value
FROM days LEFT JOIN daily ON daily.day = days.day
ORDER BY days.day;
