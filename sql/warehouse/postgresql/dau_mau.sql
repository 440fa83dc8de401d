-- dau_mau: dau / mau, 0 when mau = 0 (the contract's explicit rule; dau is then 0 too, hence 0 / 1).
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone. The console divides numerator by denominator.
WITH d AS (
    SELECT COUNT(DISTINCT user_id) AS n FROM sessions
    WHERE started_at >= CAST(? AS date) AND started_at < CAST(? AS date) + 1
), m AS (
    SELECT COUNT(*) AS n FROM (SELECT DISTINCT user_id FROM sessions
                               WHERE started_at >= CAST(? AS date) - 29 AND started_at < CAST(? AS date) + 1) active
)
SELECT d.n AS numerator, CASE WHEN m.n = 0 THEN 1 ELSE m.n END AS denominator
FROM d, m;
