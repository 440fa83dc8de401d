-- earn_spend_ratio_7d: for currency 'gold', sum of positive amount / -(sum of negative amount) in [D-6, D]; null when nothing was spent.
-- Parameters: every placeholder is the as-of day D as text 'YYYY-MM-DD'. Another currency: override this file and change the literal.
SELECT COALESCE(SUM(amount) FILTER (WHERE amount > 0), 0) AS numerator,
       -COALESCE(SUM(amount) FILTER (WHERE amount < 0), 0) AS denominator
FROM economy_ledger
WHERE currency = 'gold' AND occurred_at >= date(?, '-6 days') AND occurred_at < date(?, '+1 day');
