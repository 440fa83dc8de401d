-- calendar_drip_signups: users who signed up on each UTC day of [first, last], for the email drip panel
-- (a user enters the day-N email on the day N days after the day of signup). Days without signups have no row.
-- Parameters: 1 = the first day, 2 = the last day, both 'YYYY-MM-DD'.
SELECT substr(created_at, 1, 10) AS day, COUNT(*) AS users
FROM users
WHERE created_at >= datetime(?) AND created_at < datetime(?, '+1 day')
GROUP BY substr(created_at, 1, 10)
ORDER BY day;
