-- economy_fraud_day: fraud flags raised on day D by rule and severity (the last 24 h, as fraud_flags_24h counts them).
-- Parameters: D, D (cast to date). Missing rule or severity counts as 'unspecified'.
SELECT COALESCE(rule, 'unspecified') AS rule, COALESCE(severity, 'unspecified') AS severity, COUNT(*) AS flags
FROM fraud_flags
WHERE occurred_at >= CAST(? AS date) AND occurred_at < CAST(? AS date) + 1
GROUP BY 1, 2
ORDER BY 3 DESC, 1, 2;
