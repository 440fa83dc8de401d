-- retention_d1: of the users created on day D-1 (the cohort), the share with at least one session on day D.
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone. Empty cohort: denominator 0, shown as null.
SELECT COUNT(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM sessions s
           WHERE s.user_id = u.user_id AND s.started_at >= CAST(? AS date) AND s.started_at < CAST(? AS date) + 1)) AS numerator,
       COUNT(*) AS denominator
FROM users u
WHERE u.created_at >= CAST(? AS date) - 1 AND u.created_at < CAST(? AS date);
