-- economy_fraud_day: fraud flags raised on day D by rule and severity (the last 24 h, as fraud_flags_24h counts them).
-- Parameters: D, D (text 'YYYY-MM-DD'). Missing rule or severity counts as 'unspecified'.
SELECT COALESCE(rule, 'unspecified') AS rule, COALESCE(severity, 'unspecified') AS severity, COUNT(*) AS flags
FROM fraud_flags
WHERE occurred_at >= ? AND occurred_at < date(?, '+1 day')
GROUP BY COALESCE(rule, 'unspecified'), COALESCE(severity, 'unspecified')
ORDER BY 3 DESC, 1, 2;
