-- nps_30d: over nps_responses in [D-29, D]: 100 * (share scoring 9-10 - share scoring 0-6); null when there is no response.
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'. Double arithmetic matches the PostgreSQL file bit for bit.
WITH r AS (
    SELECT COUNT(*) AS n,
           COUNT(*) FILTER (WHERE score BETWEEN 9 AND 10) AS promoters,
           COUNT(*) FILTER (WHERE score BETWEEN 0 AND 6) AS detractors
    FROM nps_responses
    WHERE responded_at >= date(?, '-29 days') AND responded_at < date(?, '+1 day')
)
SELECT CASE WHEN n = 0 THEN NULL
            ELSE 100.0 * (CAST(promoters AS REAL) / n - CAST(detractors AS REAL) / n) END AS value
FROM r;
