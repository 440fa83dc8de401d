-- new_signups: users with created_at on day D.
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'.
SELECT COUNT(*) AS value
FROM users
WHERE created_at >= ? AND created_at < date(?, '+1 day');
