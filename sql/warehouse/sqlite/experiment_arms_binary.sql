-- Per arm, for one binary metric: users; users with at least one event of the metric after exposure (converted, post = 1)
-- and in the 14 days before exposure (pre = 1: CUPED's covariate); per arm the means, sums of squared deviations and sum
-- of cross products of these indicators; the first and last exposure. One scan, set-based. Parameters: metric, experiment_id.
WITH per_user AS (
    SELECT x.variant AS variant, x.exposed_at AS exposed_at,
           MAX(CASE WHEN e.occurred_at >= x.exposed_at THEN 1 ELSE 0 END) AS post,
           MAX(CASE WHEN e.occurred_at < x.exposed_at AND e.occurred_at >= datetime(x.exposed_at, '-14 days') THEN 1 ELSE 0 END) AS pre
    FROM experiment_exposures x
    LEFT JOIN experiment_events e
           ON e.experiment_id = x.experiment_id AND e.user_id = x.user_id AND e.metric = ?
    WHERE x.experiment_id = ?
    GROUP BY x.variant, x.user_id, x.exposed_at
), arm AS (
    SELECT variant, COUNT(*) AS n, SUM(post) AS converted, AVG(post * 1.0) AS mean_post, AVG(pre * 1.0) AS mean_pre
    FROM per_user
    GROUP BY variant
)
SELECT a.variant AS variant, a.n AS users, a.converted AS converted, a.mean_post AS mean_post, a.mean_pre AS mean_pre,
       SUM((p.post - a.mean_post) * (p.post - a.mean_post)) AS ss_post,
       SUM((p.pre - a.mean_pre) * (p.pre - a.mean_pre)) AS ss_pre,
       SUM((p.pre - a.mean_pre) * (p.post - a.mean_post)) AS sp_pre_post,
       MIN(p.exposed_at) AS first_exposed, MAX(p.exposed_at) AS last_exposed
FROM arm a
JOIN per_user p ON p.variant = a.variant
GROUP BY a.variant, a.n, a.converted, a.mean_post, a.mean_pre
ORDER BY a.variant
