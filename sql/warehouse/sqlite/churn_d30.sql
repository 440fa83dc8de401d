-- churn_d30: among users created before asOfEnd - 30 days (= D-29 00:00), the share with no session started in [D-29 00:00, D+1 00:00).
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'. One index seek per cohort member on
-- sessions(user_id, started_at): on 10 M sessions several times cheaper than collecting the window's distinct users.
SELECT COUNT(*) FILTER (WHERE NOT EXISTS (
           SELECT 1 FROM sessions s
           WHERE s.user_id = u.user_id AND s.started_at >= date(?, '-29 days') AND s.started_at < date(?, '+1 day'))) AS numerator,
       COUNT(*) AS denominator
FROM users u
WHERE u.created_at < date(?, '-29 days');
