-- earn_spend_ratio_7d: for currency 'gold', sum of positive amount / -(sum of negative amount) in [D-6, D]; null when nothing was spent.
-- Series convention: the two placeholders are the first and the last day (cast to date); one row per day, column day.
-- Daily sums, added up over each 7-day window. Another currency: override this file and change the literal.
WITH bounds AS MATERIALIZED (
    SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day
), days AS (
    SELECT CAST(d AS date) AS day FROM bounds, generate_series(first_day, last_day, INTERVAL '1 day') AS d
)
, daily AS (
    SELECT CAST(occurred_at AS date) AS day,
           COALESCE(SUM(amount) FILTER (WHERE amount > 0), 0) AS earned,
           COALESCE(SUM(amount) FILTER (WHERE amount < 0), 0) AS spent
    FROM economy_ledger
    WHERE currency = 'gold' AND occurred_at >= (SELECT first_day - 6 FROM bounds) AND occurred_at < (SELECT last_day + 1 FROM bounds)
    GROUP BY 1
)
SELECT days.day, COALESCE(SUM(d.earned), 0) AS numerator, -COALESCE(SUM(d.spent), 0) AS denominator
FROM days LEFT JOIN daily d ON d.day BETWEEN days.day - 6 AND days.day
GROUP BY days.day
ORDER BY days.day;
