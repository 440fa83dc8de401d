-- crash_free_rate: 1 - crashed sessions / sessions, over sessions started on day D; null when there is no session.
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone. Double arithmetic matches the SQLite file bit for bit.
WITH s AS (
    SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE crashed) AS c
    FROM sessions
    WHERE started_at >= CAST(? AS date) AND started_at < CAST(? AS date) + 1
)
SELECT CASE WHEN n = 0 THEN NULL ELSE CAST(1.0 AS double precision) - CAST(c AS double precision) / CAST(n AS double precision) END AS value
FROM s;
