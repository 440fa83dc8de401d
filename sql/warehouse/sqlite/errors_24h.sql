-- errors_24h: error_events (all levels) that occurred on day D.
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'.
SELECT COUNT(*) AS value
FROM error_events
WHERE occurred_at >= ? AND occurred_at < date(?, '+1 day');
