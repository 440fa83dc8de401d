-- pro_conversion_7d: users created in [D-6, D] who started a subscription in [D-6, D], divided by users created in [D-6, D].
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Columns numerator and denominator (0 gives null). A newcomer with a subscription converts on the days D whose window holds
-- both the signup and the subscription start: from the later of the two to 6 days after the earlier.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
, newcomers AS MATERIALIZED (
    SELECT user_id, CAST(created_at AS date) AS day
    FROM users
    WHERE created_at >= (SELECT first_day - 6 FROM bounds) AND created_at < (SELECT last_day + 1 FROM bounds)
), subscribers AS (
    SELECT user_id, CAST(started_at AS date) AS day
    FROM subscriptions
    WHERE started_at >= (SELECT first_day - 6 FROM bounds) AND started_at < (SELECT last_day + 1 FROM bounds)
), converted AS (
    SELECT days.day, COUNT(DISTINCT u.user_id) AS users
    FROM newcomers u
    JOIN subscribers s ON s.user_id = u.user_id
    JOIN days ON days.day BETWEEN GREATEST(u.day, s.day) AND LEAST(u.day, s.day) + 6
    GROUP BY days.day
), signups AS (
    SELECT day, COUNT(*) AS c FROM newcomers GROUP BY day
), windowed AS (
    SELECT days.day, COALESCE(SUM(s.c), 0) AS signed_up
    FROM days LEFT JOIN signups s ON s.day BETWEEN days.day - 6 AND days.day
    GROUP BY days.day
)
SELECT w.day, COALESCE(c.users, 0) AS numerator, w.signed_up AS denominator
FROM windowed w LEFT JOIN converted c ON c.day = w.day
ORDER BY w.day;
