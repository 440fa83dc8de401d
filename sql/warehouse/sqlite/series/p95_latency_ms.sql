-- p95_latency_ms: 95th percentile of api_requests.latency_ms on day D, linear interpolation between closest ranks
-- (PostgreSQL percentile_cont(0.95)): pos = 0.95 * (n - 1); value = v[floor(pos)] + (v[ceil(pos)] - v[floor(pos)]) * (pos - floor(pos)).
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- One sort of the range's requests by day and latency. No request on D gives null. non_numeric counts latencies that are not numbers.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n,
           date(first_day, '-0 days') AS since, date(last_day, '+1 day') AS until
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
)
, ranked AS (
    SELECT unixepoch(occurred_at) / 86400 AS n, latency_ms AS v, ROW_NUMBER() OVER w - 1 AS i, COUNT(*) OVER w_all AS requests,
           SUM(typeof(latency_ms) NOT IN ('integer', 'real', 'null')) OVER w_all AS non_numeric
    FROM api_requests
    WHERE occurred_at >= date(?1) AND occurred_at < date(?2, '+1 day')
    WINDOW w AS (PARTITION BY unixepoch(occurred_at) / 86400 ORDER BY latency_ms),
           w_all AS (w ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
), ranks AS (
    SELECT n, v, i, non_numeric, 0.95 * (requests - 1) AS pos FROM ranked
), picked AS (
    SELECT n, pos, CAST(pos AS INTEGER) AS lo, non_numeric,
           MAX(CASE WHEN i = CAST(pos AS INTEGER) THEN v END) AS lo_v,
           MAX(CASE WHEN i = CAST(pos AS INTEGER) + (pos > CAST(pos AS INTEGER)) THEN v END) AS hi_v
    FROM ranks
    WHERE i = CAST(pos AS INTEGER) OR i = CAST(pos AS INTEGER) + (pos > CAST(pos AS INTEGER))
    GROUP BY n
)
SELECT date(days.n * 86400, 'unixepoch') AS day, p.lo_v + (p.hi_v - p.lo_v) * (p.pos - p.lo) AS value,
       COALESCE(p.non_numeric, 0) AS non_numeric, 'api_requests.latency_ms' AS non_numeric_in
FROM days LEFT JOIN picked p ON p.n = days.n
ORDER BY days.n;
