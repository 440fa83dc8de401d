-- errors_24h: error_events (all levels) that occurred on day D.
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone.
SELECT COUNT(*) AS value
FROM error_events
WHERE occurred_at >= CAST(? AS date) AND occurred_at < CAST(? AS date) + 1;
