-- p95_latency_ms: 95th percentile of api_requests.latency_ms on day D, linear interpolation between closest ranks
-- (PostgreSQL percentile_cont(0.95)): pos = 0.95 * (n - 1); value = v[floor(pos)] + (v[ceil(pos)] - v[floor(pos)]) * (pos - floor(pos)).
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'. No request on D: no row, shown as null.
WITH r AS MATERIALIZED (
    SELECT latency_ms AS v, ROW_NUMBER() OVER (ORDER BY latency_ms) - 1 AS i
    FROM api_requests
    WHERE occurred_at >= ? AND occurred_at < date(?, '+1 day')
), p AS (
    SELECT 0.95 * (COUNT(*) - 1) AS pos FROM r HAVING COUNT(*) > 0
), k AS (
    SELECT pos, CAST(pos AS INTEGER) AS lo,
           CASE WHEN pos > CAST(pos AS INTEGER) THEN CAST(pos AS INTEGER) + 1 ELSE CAST(pos AS INTEGER) END AS hi
    FROM p
), b AS (
    SELECT k.pos, k.lo,
           MAX(CASE WHEN r.i = k.lo THEN r.v END) AS lo_v,
           MAX(CASE WHEN r.i = k.hi THEN r.v END) AS hi_v
    FROM k JOIN r ON r.i = k.lo OR r.i = k.hi
    GROUP BY k.pos, k.lo
)
SELECT lo_v + (hi_v - lo_v) * (pos - lo) AS value
FROM b;
