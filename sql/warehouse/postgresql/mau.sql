-- mau: distinct session users with started_at in the window [D-29, D] (30 whole days).
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone.
SELECT COUNT(DISTINCT user_id) AS value
FROM sessions
WHERE started_at >= CAST(? AS date) - 29 AND started_at < CAST(? AS date) + 1;
