-- Per arm: exposed users, and users with at least one event of the metric (the conversions).
-- Parameters: experiment_id, metric, experiment_id.
SELECT x.variant AS variant,
       COUNT(*) AS users,
       SUM(CASE WHEN e.user_id IS NULL THEN 0 ELSE 1 END) AS converted
FROM experiment_exposures x
LEFT JOIN (SELECT DISTINCT user_id
           FROM experiment_events
           WHERE experiment_id = ? AND metric = ?) e ON e.user_id = x.user_id
WHERE x.experiment_id = ?
GROUP BY x.variant
ORDER BY x.variant
