-- Daily traffic for planning: mean distinct session users per day over the last 7 days of session data.
SELECT CAST(AVG(users) AS DOUBLE PRECISION) AS daily_users
FROM (SELECT CAST(started_at AS DATE) AS day, COUNT(DISTINCT user_id) AS users
      FROM sessions
      WHERE started_at >= (SELECT CAST(MAX(started_at) AS DATE) - 6 FROM sessions)
      GROUP BY CAST(started_at AS DATE)) t
