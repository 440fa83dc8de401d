-- economy_fraud_daily: fraud flags per UTC day and rule in [first, last] (the Economy tab's 30-day chart).
-- Parameters: first day, last day (text 'YYYY-MM-DD'). A flag without rule counts as 'unspecified'.
SELECT substr(occurred_at, 1, 10) AS day, COALESCE(rule, 'unspecified') AS rule, COUNT(*) AS flags
FROM fraud_flags
WHERE occurred_at >= ? AND occurred_at < date(?, '+1 day')
GROUP BY substr(occurred_at, 1, 10), COALESCE(rule, 'unspecified')
ORDER BY 1, 2;
