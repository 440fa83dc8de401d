-- dau_mau: dau / mau, 0 when mau = 0 (the contract's explicit rule; dau is then 0 too, hence 0 / 1).
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'. The console divides numerator by denominator.
WITH d AS (
    SELECT COUNT(DISTINCT user_id) AS n FROM sessions
    WHERE started_at >= ? AND started_at < date(?, '+1 day')
), m AS (
    SELECT COUNT(DISTINCT user_id) AS n FROM sessions
    WHERE started_at >= date(?, '-29 days') AND started_at < date(?, '+1 day')
)
SELECT d.n AS numerator, CASE WHEN m.n = 0 THEN 1 ELSE m.n END AS denominator
FROM d, m;
