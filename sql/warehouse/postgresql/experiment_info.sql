-- One experiment by id. Parameter: experiment_id.
SELECT experiment_id, name, primary_metric, started_on, ended_on
FROM experiments
WHERE experiment_id = ?
