-- crash_free_rate: 1 - crashed sessions / sessions, over sessions started on day D; null when there is no session.
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'. Double arithmetic matches the PostgreSQL file bit for bit.
WITH s AS (
    SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE crashed <> 0) AS c
    FROM sessions
    WHERE started_at >= ? AND started_at < date(?, '+1 day')
)
SELECT CASE WHEN n = 0 THEN NULL ELSE 1.0 - CAST(c AS REAL) / n END AS value
FROM s;
