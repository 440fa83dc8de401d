-- support_sla_met_7d: tickets opened in [D-6, D] with targets critical 2 h, high 4 h, standard 24 h; a ticket counts when answered
-- before asOfEnd = D+1 00:00 or when its deadline is before asOfEnd; it is met when first_response_at - opened_at <= target. Met / counted.
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Each ticket of the range is judged for the 7 days D whose window holds its opening. Tickets of other priorities have no target.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n,
           date(first_day, '-6 days') AS since, date(last_day, '+1 day') AS until
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
)
, tickets AS MATERIALIZED (
    SELECT unixepoch(opened_at) / 86400 AS opened_n, first_response_at,
           CASE priority
               WHEN 'critical' THEN datetime(opened_at, '+2 hours')
               WHEN 'high' THEN datetime(opened_at, '+4 hours')
               WHEN 'standard' THEN datetime(opened_at, '+24 hours')
           END AS deadline
    FROM support_tickets
    WHERE opened_at >= date(?1, '-6 days') AND opened_at < date(?2, '+1 day')
), judged AS (
    SELECT days.n, t.first_response_at, t.deadline, date((days.n + 1) * 86400, 'unixepoch') AS as_of_end
    FROM days JOIN tickets t ON t.opened_n BETWEEN days.n - 6 AND days.n
    WHERE t.deadline IS NOT NULL
), daily AS (
    SELECT n,
           COUNT(*) FILTER (WHERE first_response_at IS NOT NULL AND first_response_at <= deadline) AS met,
           COUNT(*) AS counted
    FROM judged
    WHERE (first_response_at IS NOT NULL AND first_response_at < as_of_end) OR deadline < as_of_end
    GROUP BY n
)
SELECT date(days.n * 86400, 'unixepoch') AS day, COALESCE(daily.met, 0) AS numerator, COALESCE(daily.counted, 0) AS denominator
FROM days LEFT JOIN daily ON daily.n = days.n
ORDER BY days.n;
