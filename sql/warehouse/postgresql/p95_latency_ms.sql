-- p95_latency_ms: 95th percentile of api_requests.latency_ms on day D, linear interpolation between closest ranks (percentile_cont).
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone. No request on D gives null.
SELECT percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS value
FROM api_requests
WHERE occurred_at >= CAST(? AS date) AND occurred_at < CAST(? AS date) + 1;
