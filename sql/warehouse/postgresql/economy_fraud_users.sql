-- economy_fraud_users: the users with most fraud flags on day D (ids and counts only), most first, and in every row how
-- many distinct users were flagged that day.
-- Parameters: D, D (cast to date), how many users to list.
SELECT user_id, COUNT(*) AS flags, COUNT(*) OVER () AS users
FROM fraud_flags
WHERE occurred_at >= CAST(? AS date) AND occurred_at < CAST(? AS date) + 1 AND user_id IS NOT NULL
GROUP BY user_id
ORDER BY flags DESC, user_id
LIMIT ?;
