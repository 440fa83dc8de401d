-- calendar_drip_signups: users who signed up on each UTC day of [first, last], for the email drip panel
-- (a user enters the day-N email on the day N days after the day of signup). Days without signups have no row.
-- Parameters: 1 = the first day, 2 = the last day, cast to date.
SELECT CAST(CAST(created_at AS date) AS text) AS day, COUNT(*) AS users
FROM users
WHERE created_at >= CAST(CAST(? AS date) AS timestamp) AND created_at < CAST(CAST(? AS date) + 1 AS timestamp)
GROUP BY CAST(created_at AS date)
ORDER BY day;
