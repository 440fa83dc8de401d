-- earn_spend_ratio_7d: for currency 'gold', sum of positive amount / -(sum of negative amount) in [D-6, D]; null when nothing was spent.
-- Parameters: every placeholder is the as-of day D, cast to date; timestamps are UTC timestamp without time zone. Another currency: override this file and change the literal.
SELECT COALESCE(SUM(amount) FILTER (WHERE amount > 0), 0) AS numerator,
       -COALESCE(SUM(amount) FILTER (WHERE amount < 0), 0) AS denominator
FROM economy_ledger
WHERE currency = 'gold' AND occurred_at >= CAST(? AS date) - 6 AND occurred_at < CAST(? AS date) + 1;
