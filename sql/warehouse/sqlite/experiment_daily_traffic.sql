-- Daily traffic for planning: mean distinct session users per day over the last 7 days of session data.
SELECT AVG(users) AS daily_users
FROM (SELECT substr(started_at, 1, 10) AS day, COUNT(DISTINCT user_id) AS users
      FROM sessions
      WHERE started_at >= (SELECT date(MAX(started_at), '-6 days') FROM sessions)
      GROUP BY substr(started_at, 1, 10)) t
