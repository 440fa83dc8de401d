-- economy_fraud_daily: fraud flags per UTC day and rule in [first, last] (the Economy tab's 30-day chart).
-- Parameters: first day, last day (cast to date). A flag without rule counts as 'unspecified'.
SELECT CAST(CAST(occurred_at AS date) AS text) AS day, COALESCE(rule, 'unspecified') AS rule, COUNT(*) AS flags
FROM fraud_flags
WHERE occurred_at >= CAST(? AS date) AND occurred_at < CAST(? AS date) + 1
GROUP BY 1, 2
ORDER BY 1, 2;
