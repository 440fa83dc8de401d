-- pro_conversion_7d: users created in [D-6, D] who started a subscription in [D-6, D], divided by users created in [D-6, D].
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'. Denominator 0 is shown as null.
SELECT COUNT(*) FILTER (WHERE u.user_id IN (
           SELECT s.user_id FROM subscriptions s
           WHERE s.started_at >= date(?, '-6 days') AND s.started_at < date(?, '+1 day'))) AS numerator,
       COUNT(*) AS denominator
FROM users u
WHERE u.created_at >= date(?, '-6 days') AND u.created_at < date(?, '+1 day');
