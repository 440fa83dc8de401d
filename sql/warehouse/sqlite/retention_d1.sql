-- retention_d1: of the users created on day D-1 (the cohort), the share with at least one session on day D.
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'. Empty cohort: denominator 0, shown as null.
SELECT COUNT(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM sessions s
           WHERE s.user_id = u.user_id AND s.started_at >= ? AND s.started_at < date(?, '+1 day'))) AS numerator,
       COUNT(*) AS denominator
FROM users u
WHERE u.created_at >= date(?, '-1 day') AND u.created_at < ?;
