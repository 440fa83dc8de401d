-- calendar_inactive_7d: the push trigger "7-day inactivity" on day D. A user's last session is the latest
-- started before asOfEnd (D+1 00:00). inactive = users whose last session started before D-6 00:00, i.e. no
-- session in [D-6, D]; entering = those of them whose last session was on D-7 (they cross the line on D).
-- Users who never had a session are not counted. Set-based: one grouped pass over sessions.
-- Parameters: every placeholder is D, cast to date; timestamps are UTC timestamp without time zone.
WITH last_session AS (
    SELECT user_id, MAX(started_at) AS last_at
    FROM sessions
    WHERE started_at < CAST(CAST(? AS date) + 1 AS timestamp)
    GROUP BY user_id
)
SELECT COUNT(CASE WHEN last_at < CAST(CAST(? AS date) - 6 AS timestamp) THEN 1 END) AS inactive,
       COUNT(CASE WHEN last_at >= CAST(CAST(? AS date) - 7 AS timestamp) AND last_at < CAST(CAST(? AS date) - 6 AS timestamp) THEN 1 END) AS entering
FROM last_session;
