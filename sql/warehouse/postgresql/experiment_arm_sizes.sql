-- Users per arm of every experiment, for the experiment list. One scan of the exposures, set-based.
SELECT experiment_id, variant, COUNT(*) AS users
FROM experiment_exposures
GROUP BY experiment_id, variant
ORDER BY experiment_id, variant
