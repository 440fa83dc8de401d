-- The metrics recorded for an experiment, with how many of their events hold NULL, 0 or 1 (a metric is binary when all do:
-- a user converts by having an event). Parameter: experiment_id.
SELECT metric,
       COUNT(*) AS events,
       SUM(CASE WHEN value IS NULL OR value = 0 OR value = 1 THEN 1 ELSE 0 END) AS binary_events
FROM experiment_events
WHERE experiment_id = ?
GROUP BY metric
ORDER BY metric
