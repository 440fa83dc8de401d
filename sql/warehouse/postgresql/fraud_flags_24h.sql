-- fraud_flags_24h: fraud_flags (all rules and severities) raised on day D.
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone.
SELECT COUNT(*) AS value
FROM fraud_flags
WHERE occurred_at >= CAST(? AS date) AND occurred_at < CAST(? AS date) + 1;
