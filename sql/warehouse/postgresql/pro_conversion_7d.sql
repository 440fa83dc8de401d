-- pro_conversion_7d: users created in [D-6, D] who started a subscription in [D-6, D], divided by users created in [D-6, D].
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone. Denominator 0 is shown as null.
SELECT COUNT(*) FILTER (WHERE u.user_id IN (
           SELECT s.user_id FROM subscriptions s
           WHERE s.started_at >= CAST(? AS date) - 6 AND s.started_at < CAST(? AS date) + 1)) AS numerator,
       COUNT(*) AS denominator
FROM users u
WHERE u.created_at >= CAST(? AS date) - 6 AND u.created_at < CAST(? AS date) + 1;
