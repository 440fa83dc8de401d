-- error_rate: share of api_requests on day D with status_code >= 500; null when there is no request.
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone.
SELECT COUNT(*) FILTER (WHERE status_code >= 500) AS numerator, COUNT(*) AS denominator
FROM api_requests
WHERE occurred_at >= CAST(? AS date) AND occurred_at < CAST(? AS date) + 1;
