-- support_sla_met_7d: tickets opened in [D-6, D] with targets critical 2 h, high 4 h, standard 24 h; a ticket counts when answered
-- before asOfEnd = D+1 00:00 or when its deadline is before asOfEnd; it is met when first_response_at - opened_at <= target. Met / counted.
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Each ticket of the range is judged for the 7 days D whose window holds its opening. Tickets of other priorities have no target.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
, tickets AS (
    SELECT CAST(opened_at AS date) AS opened_day, first_response_at,
           opened_at + CASE priority
               WHEN 'critical' THEN INTERVAL '2 hours'
               WHEN 'high' THEN INTERVAL '4 hours'
               WHEN 'standard' THEN INTERVAL '24 hours'
           END AS deadline
    FROM support_tickets
    WHERE opened_at >= (SELECT first_day - 6 FROM bounds) AND opened_at < (SELECT last_day + 1 FROM bounds)
), judged AS (
    SELECT days.day, t.first_response_at, t.deadline, CAST(days.day + 1 AS timestamp) AS as_of_end
    FROM days JOIN tickets t ON t.opened_day BETWEEN days.day - 6 AND days.day
    WHERE t.deadline IS NOT NULL
), daily AS (
    SELECT day,
           COUNT(*) FILTER (WHERE first_response_at IS NOT NULL AND first_response_at <= deadline) AS met,
           COUNT(*) AS counted
    FROM judged
    WHERE (first_response_at IS NOT NULL AND first_response_at < as_of_end) OR deadline < as_of_end
    GROUP BY day
)
SELECT days.day, COALESCE(daily.met, 0) AS numerator, COALESCE(daily.counted, 0) AS denominator
FROM days LEFT JOIN daily ON daily.day = days.day
ORDER BY days.day;
