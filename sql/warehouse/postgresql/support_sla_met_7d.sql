-- support_sla_met_7d: tickets opened in [D-6, D] with targets critical 2 h, high 4 h, standard 24 h; a ticket counts when answered
-- before asOfEnd = D+1 00:00 or when its deadline is before asOfEnd; it is met when first_response_at - opened_at <= target. Met / counted.
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone. Tickets of other priorities have no target and are left out.
WITH t AS (
    SELECT first_response_at,
           opened_at + CASE priority
               WHEN 'critical' THEN INTERVAL '2 hours'
               WHEN 'high' THEN INTERVAL '4 hours'
               WHEN 'standard' THEN INTERVAL '24 hours'
           END AS deadline
    FROM support_tickets
    WHERE opened_at >= CAST(? AS date) - 6 AND opened_at < CAST(? AS date) + 1
), counted AS (
    SELECT first_response_at, deadline
    FROM t
    WHERE deadline IS NOT NULL
      AND ((first_response_at IS NOT NULL AND first_response_at < CAST(? AS date) + 1) OR deadline < CAST(? AS date) + 1)
)
SELECT COUNT(*) FILTER (WHERE first_response_at IS NOT NULL AND first_response_at <= deadline) AS numerator,
       COUNT(*) AS denominator
FROM counted;
