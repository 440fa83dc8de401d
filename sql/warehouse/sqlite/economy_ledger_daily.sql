-- economy_ledger_daily: per UTC day and reason, what one currency earned (amount > 0) and spent (amount < 0, as a positive
-- number) in [first, last]. Feeds the sources/sinks chart, the 7-day totals per reason and the daily 7-day ratio.
-- Parameters: currency, first day, last day (days as text 'YYYY-MM-DD'). A row without reason counts as 'unspecified'.
SELECT substr(occurred_at, 1, 10) AS day,
       COALESCE(reason, 'unspecified') AS reason,
       SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END) AS earned,
       -SUM(CASE WHEN amount < 0 THEN amount ELSE 0 END) AS spent
FROM economy_ledger
WHERE currency = ? AND occurred_at >= ? AND occurred_at < date(?, '+1 day')
GROUP BY substr(occurred_at, 1, 10), COALESCE(reason, 'unspecified')
ORDER BY 1, 2;
