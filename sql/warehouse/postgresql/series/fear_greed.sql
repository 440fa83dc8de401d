-- fear_greed: fear_greed.value on day D; null when the day has no value.
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
SELECT f.day, f.value AS value
FROM fear_greed f
WHERE f.day BETWEEN (SELECT first_day FROM bounds) AND (SELECT last_day FROM bounds)
ORDER BY f.day;
