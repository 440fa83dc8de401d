-- new_signups: users with created_at on day D.
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone.
SELECT COUNT(*) AS value
FROM users
WHERE created_at >= CAST(? AS date) AND created_at < CAST(? AS date) + 1;
