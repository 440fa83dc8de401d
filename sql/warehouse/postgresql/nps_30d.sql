-- nps_30d: over nps_responses in [D-29, D]: 100 * (share scoring 9-10 - share scoring 0-6); null when there is no response.
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone. Double arithmetic matches the SQLite file bit for bit.
WITH r AS (
    SELECT COUNT(*) AS n,
           COUNT(*) FILTER (WHERE score BETWEEN 9 AND 10) AS promoters,
           COUNT(*) FILTER (WHERE score BETWEEN 0 AND 6) AS detractors
    FROM nps_responses
    WHERE responded_at >= CAST(? AS date) - 29 AND responded_at < CAST(? AS date) + 1
)
SELECT CASE WHEN n = 0 THEN NULL
            ELSE CAST(100.0 AS double precision) * (CAST(promoters AS double precision) / CAST(n AS double precision)
                                                   - CAST(detractors AS double precision) / CAST(n AS double precision)) END AS value
FROM r;
