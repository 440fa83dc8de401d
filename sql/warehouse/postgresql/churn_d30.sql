-- churn_d30: among users created before asOfEnd - 30 days (= D-29 00:00), the share with no session started in [D-29 00:00, D+1 00:00).
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone. Counted as cohort minus cohort members active in the window.
WITH cohort AS (
    SELECT COUNT(*) AS n FROM users WHERE created_at < CAST(? AS date) - 29
), active AS (
    SELECT COUNT(*) AS n FROM users u
    WHERE u.created_at < CAST(? AS date) - 29
      AND u.user_id IN (SELECT s.user_id FROM sessions s
                        WHERE s.started_at >= CAST(? AS date) - 29 AND s.started_at < CAST(? AS date) + 1)
)
SELECT cohort.n - active.n AS numerator, cohort.n AS denominator
FROM cohort, active;
