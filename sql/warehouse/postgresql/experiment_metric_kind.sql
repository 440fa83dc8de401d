-- Whether a metric is binary: it is when every event value is NULL, 0 or 1 (a user converts by having an event).
-- Parameters: experiment_id, metric.
SELECT COUNT(*) AS events,
       COALESCE(SUM(CASE WHEN value IS NULL OR value = 0 OR value = 1 THEN 1 ELSE 0 END), 0) AS binary_events
FROM experiment_events
WHERE experiment_id = ? AND metric = ?
