-- Experiments the Experiments tab offers, newest first.
SELECT experiment_id, name, primary_metric, started_on, ended_on
FROM experiments
ORDER BY started_on DESC, experiment_id
