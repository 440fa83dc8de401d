-- The metrics recorded for an experiment (candidates for guardrails). Parameter: experiment_id.
SELECT DISTINCT metric
FROM experiment_events
WHERE experiment_id = ?
ORDER BY metric
