-- mau: distinct session users with started_at in the window [D-29, D] (30 whole days).
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'.
SELECT COUNT(DISTINCT user_id) AS value
FROM sessions
WHERE started_at >= date(?, '-29 days') AND started_at < date(?, '+1 day');
