-- wau: distinct session users with started_at in the window [D-6, D] (7 whole days).
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'.
SELECT COUNT(DISTINCT user_id) AS value
FROM sessions
WHERE started_at >= date(?, '-6 days') AND started_at < date(?, '+1 day');
