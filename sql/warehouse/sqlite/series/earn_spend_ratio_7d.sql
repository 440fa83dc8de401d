-- earn_spend_ratio_7d: for currency 'gold', sum of positive amount / -(sum of negative amount) in [D-6, D]; null when nothing was spent.
-- Series convention: ?1 is the first and ?2 the last day, text 'YYYY-MM-DD' (used where needed: SQLite folds them into
-- constants); one row per day, column day.
-- Daily sums, added up over each 7-day window. Another currency: override this file and change the literal.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT first_day, last_day, unixepoch(first_day) / 86400 AS first_n, unixepoch(last_day) / 86400 AS last_n,
           date(first_day, '-6 days') AS since, date(last_day, '+1 day') AS until
    FROM (SELECT date(?1) AS first_day, date(?2) AS last_day)
), days(n) AS (
    SELECT first_n FROM bounds
    UNION ALL
    SELECT n + 1 FROM days, bounds WHERE n < last_n
)
, daily AS MATERIALIZED (
    SELECT unixepoch(occurred_at) / 86400 AS n,
           COALESCE(SUM(amount) FILTER (WHERE amount > 0), 0) AS earned,
           COALESCE(SUM(amount) FILTER (WHERE amount < 0), 0) AS spent,
           COUNT(*) FILTER (WHERE typeof(amount) NOT IN ('integer', 'real', 'null')) AS non_numeric
    FROM economy_ledger
    WHERE currency = 'gold' AND occurred_at >= date(?1, '-6 days') AND occurred_at < date(?2, '+1 day')
    GROUP BY 1
)
SELECT date(days.n * 86400, 'unixepoch') AS day, COALESCE(SUM(d.earned), 0) AS numerator, -COALESCE(SUM(d.spent), 0) AS denominator,
       COALESCE(SUM(d.non_numeric), 0) AS non_numeric, 'economy_ledger.amount' AS non_numeric_in
FROM days LEFT JOIN daily d ON d.n BETWEEN days.n - 6 AND days.n
GROUP BY days.n
ORDER BY days.n;
