-- error_rate: share of api_requests on day D with status_code >= 500; null when there is no request.
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'.
SELECT COUNT(*) FILTER (WHERE status_code >= 500) AS numerator, COUNT(*) AS denominator
FROM api_requests
WHERE occurred_at >= ? AND occurred_at < date(?, '+1 day');
