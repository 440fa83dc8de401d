-- dau: distinct sessions.user_id with started_at on day D.
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone.
SELECT COUNT(DISTINCT user_id) AS value
FROM sessions
WHERE started_at >= CAST(? AS date) AND started_at < CAST(? AS date) + 1;
