-- churn_d30: among users created before asOfEnd - 30 days (= D-29 00:00), the share with no session started in [D-29 00:00, D+1 00:00).
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'. Counted as cohort minus cohort members active in the window.
WITH cohort AS (
    SELECT COUNT(*) AS n FROM users WHERE created_at < date(?, '-29 days')
), active AS (
    SELECT COUNT(*) AS n FROM users u
    WHERE u.created_at < date(?, '-29 days')
      AND u.user_id IN (SELECT s.user_id FROM sessions s
                        WHERE s.started_at >= date(?, '-29 days') AND s.started_at < date(?, '+1 day'))
)
SELECT cohort.n - active.n AS numerator, cohort.n AS denominator
FROM cohort, active;
