-- dau: distinct sessions.user_id with started_at on day D.
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD' (timestamps are TEXT 'YYYY-MM-DD HH:MM:SS').
SELECT COUNT(DISTINCT user_id) AS value
FROM sessions
WHERE started_at >= ? AND started_at < date(?, '+1 day');
