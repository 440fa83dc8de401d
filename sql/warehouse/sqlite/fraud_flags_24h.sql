-- fraud_flags_24h: fraud_flags (all rules and severities) raised on day D.
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'.
SELECT COUNT(*) AS value
FROM fraud_flags
WHERE occurred_at >= ? AND occurred_at < date(?, '+1 day');
