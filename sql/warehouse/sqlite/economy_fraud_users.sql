-- economy_fraud_users: the users with most fraud flags on day D (ids and counts only), most first, and in every row how
-- many distinct users were flagged that day.
-- Parameters: D, D (text 'YYYY-MM-DD'), how many users to list.
SELECT user_id, COUNT(*) AS flags, COUNT(*) OVER () AS users
FROM fraud_flags
WHERE occurred_at >= ? AND occurred_at < date(?, '+1 day') AND user_id IS NOT NULL
GROUP BY user_id
ORDER BY flags DESC, user_id
LIMIT ?;
