-- mau: distinct session users with started_at in the window [D-29, D] (30 whole days).
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone.
-- Counted over a DISTINCT subquery: PostgreSQL can hash it in parallel, which COUNT(DISTINCT …) never does.
SELECT COUNT(*) AS value
FROM (SELECT DISTINCT user_id
      FROM sessions
      WHERE started_at >= CAST(? AS date) - 29 AND started_at < CAST(? AS date) + 1) active;
