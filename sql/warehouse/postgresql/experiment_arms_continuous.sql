-- Per arm: users, mean and sum of squared deviations of the per-user sum of the metric (0 for a user without events).
-- Two passes (mean first, then deviations) so the variance does not suffer the cancellation of sum-of-squares formulas.
-- Parameters: metric, experiment_id.
WITH per_user AS (
    SELECT x.variant AS variant, x.user_id AS user_id, CAST(COALESCE(SUM(e.value), 0) AS DOUBLE PRECISION) AS v
    FROM experiment_exposures x
    LEFT JOIN experiment_events e
           ON e.experiment_id = x.experiment_id AND e.user_id = x.user_id AND e.metric = ?
    WHERE x.experiment_id = ?
    GROUP BY x.variant, x.user_id
), arm AS (
    SELECT variant, COUNT(*) AS n, CAST(AVG(v) AS DOUBLE PRECISION) AS mean
    FROM per_user
    GROUP BY variant
)
SELECT a.variant AS variant, a.n AS users, a.mean AS mean, SUM((p.v - a.mean) * (p.v - a.mean)) AS ss
FROM arm a
JOIN per_user p ON p.variant = a.variant
GROUP BY a.variant, a.n, a.mean
ORDER BY a.variant
