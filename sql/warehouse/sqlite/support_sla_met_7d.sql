-- support_sla_met_7d: tickets opened in [D-6, D] with targets critical 2 h, high 4 h, standard 24 h; a ticket counts when answered
-- before asOfEnd = D+1 00:00 or when its deadline is before asOfEnd; it is met when first_response_at - opened_at <= target. Met / counted.
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'. Tickets of other priorities have no target and are left out.
WITH t AS (
    SELECT first_response_at,
           CASE priority
               WHEN 'critical' THEN datetime(opened_at, '+2 hours')
               WHEN 'high' THEN datetime(opened_at, '+4 hours')
               WHEN 'standard' THEN datetime(opened_at, '+24 hours')
           END AS deadline
    FROM support_tickets
    WHERE opened_at >= date(?, '-6 days') AND opened_at < date(?, '+1 day')
), counted AS (
    SELECT first_response_at, deadline
    FROM t
    WHERE deadline IS NOT NULL
      AND ((first_response_at IS NOT NULL AND first_response_at < datetime(?, '+1 day')) OR deadline < datetime(?, '+1 day'))
)
SELECT COUNT(*) FILTER (WHERE first_response_at IS NOT NULL AND first_response_at <= deadline) AS numerator,
       COUNT(*) AS denominator
FROM counted;
