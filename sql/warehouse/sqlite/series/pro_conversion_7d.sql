-- pro_conversion_7d: users created in [D-6, D] who started a subscription in [D-6, D], divided by users created in [D-6, D].
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Columns numerator and denominator (0 gives null). A newcomer with a subscription converts on the days D whose window holds
-- both the signup and the subscription start: from the later of the two to 6 days after the earlier.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n,
           date(first_day, '-6 days') AS since, date(last_day, '+1 day') AS until
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
)
, newcomers AS MATERIALIZED (
    SELECT user_id, unixepoch(created_at) / 86400 AS n
    FROM users
    WHERE created_at >= date(?1, '-6 days') AND created_at < date(?2, '+1 day')
), subscribers AS MATERIALIZED (
    SELECT user_id, unixepoch(started_at) / 86400 AS n
    FROM subscriptions
    WHERE started_at >= date(?1, '-6 days') AND started_at < date(?2, '+1 day')
), converted AS (
    SELECT days.n, COUNT(DISTINCT u.user_id) AS users
    FROM newcomers u
    JOIN subscribers s ON s.user_id = u.user_id
    JOIN days ON days.n BETWEEN MAX(u.n, s.n) AND MIN(u.n, s.n) + 6
    GROUP BY days.n
), signups AS (
    SELECT n, COUNT(*) AS c FROM newcomers GROUP BY n
), windowed AS (
    SELECT days.n, COALESCE(SUM(s.c), 0) AS signed_up
    FROM days LEFT JOIN signups s ON s.n BETWEEN days.n - 6 AND days.n
    GROUP BY days.n
)
SELECT date(w.n * 86400, 'unixepoch') AS day, COALESCE(c.users, 0) AS numerator, w.signed_up AS denominator
FROM windowed w LEFT JOIN converted c ON c.n = w.n
ORDER BY w.n;
