-- calendar_inactive_7d: the push trigger "7-day inactivity" on day D. A user's last session is the latest
-- started before asOfEnd (D+1 00:00). inactive = users whose last session started before D-6 00:00, i.e. no
-- session in [D-6, D]; entering = those of them whose last session was on D-7 (they cross the line on D).
-- Users who never had a session are not counted. Set-based: one grouped pass over sessions.
-- Parameters: every placeholder is D as 'YYYY-MM-DD'.
WITH last_session AS (
    SELECT user_id, MAX(started_at) AS last_at
    FROM sessions
    WHERE started_at < datetime(?, '+1 day')
    GROUP BY user_id
)
SELECT COUNT(CASE WHEN last_at < datetime(?, '-6 days') THEN 1 END) AS inactive,
       COUNT(CASE WHEN last_at >= datetime(?, '-7 days') AND last_at < datetime(?, '-6 days') THEN 1 END) AS entering
FROM last_session;
