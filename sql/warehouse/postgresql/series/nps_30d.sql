-- nps_30d: over nps_responses in [D-29, D]: 100 * (share scoring 9-10 - share scoring 0-6); null when there is no response.
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Daily counts, summed over each 30-day window. Double arithmetic matches the SQLite file bit for bit.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
, daily AS (
    SELECT CAST(responded_at AS date) AS day, COUNT(*) AS responses,
           COUNT(*) FILTER (WHERE score BETWEEN 9 AND 10) AS promoters,
           COUNT(*) FILTER (WHERE score BETWEEN 0 AND 6) AS detractors
    FROM nps_responses
    WHERE responded_at >= (SELECT first_day - 29 FROM bounds) AND responded_at < (SELECT last_day + 1 FROM bounds)
    GROUP BY 1
), windowed AS (
    SELECT days.day, COALESCE(SUM(r.responses), 0) AS n, COALESCE(SUM(r.promoters), 0) AS promoters,
           COALESCE(SUM(r.detractors), 0) AS detractors
    FROM days LEFT JOIN daily r ON r.day BETWEEN days.day - 29 AND days.day
    GROUP BY days.day
)
SELECT day,
       CASE WHEN n = 0 THEN NULL
            ELSE CAST(100.0 AS double precision) * (CAST(promoters AS double precision) / CAST(n AS double precision)
                                                   - CAST(detractors AS double precision) / CAST(n AS double precision)) END AS value
FROM windowed
ORDER BY day;
