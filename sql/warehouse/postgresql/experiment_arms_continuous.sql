-- Per arm, for one continuous metric: users; per user the sum of the metric's event values after exposure (post, 0 without
-- events) and in the 14 days before exposure (pre: CUPED's covariate); per arm their means, sums of squared deviations and
-- sum of cross products; the first and last exposure. Two passes (means first, then deviations) so the variances do not
-- suffer the cancellation of sum-of-squares formulas. One scan, set-based. Parameters: metric, experiment_id.
WITH per_user AS (
    SELECT x.variant AS variant, x.exposed_at AS exposed_at,
           CAST(COALESCE(SUM(CASE WHEN e.occurred_at >= x.exposed_at THEN e.value END), 0) AS DOUBLE PRECISION) AS post,
           CAST(COALESCE(SUM(CASE WHEN e.occurred_at < x.exposed_at AND e.occurred_at >= x.exposed_at - INTERVAL '14 days' THEN e.value END), 0) AS DOUBLE PRECISION) AS pre
    FROM experiment_exposures x
    LEFT JOIN experiment_events e
           ON e.experiment_id = x.experiment_id AND e.user_id = x.user_id AND e.metric = ?
    WHERE x.experiment_id = ?
    GROUP BY x.variant, x.user_id, x.exposed_at
), arm AS (
    SELECT variant, COUNT(*) AS n, CAST(AVG(post) AS DOUBLE PRECISION) AS mean_post, CAST(AVG(pre) AS DOUBLE PRECISION) AS mean_pre
    FROM per_user
    GROUP BY variant
)
SELECT a.variant AS variant, a.n AS users, a.mean_post AS mean_post, a.mean_pre AS mean_pre,
       SUM((p.post - a.mean_post) * (p.post - a.mean_post)) AS ss_post,
       SUM((p.pre - a.mean_pre) * (p.pre - a.mean_pre)) AS ss_pre,
       SUM((p.pre - a.mean_pre) * (p.post - a.mean_post)) AS sp_pre_post,
       MIN(p.exposed_at) AS first_exposed, MAX(p.exposed_at) AS last_exposed
FROM arm a
JOIN per_user p ON p.variant = a.variant
GROUP BY a.variant, a.n, a.mean_post, a.mean_pre
ORDER BY a.variant
